import { bilingual } from '../shared/strings.js';

export interface IndicatorStrings {
  baseline: string;
  target: string;
  latest: string;
  direction: string;
  toTarget: string;
  date: string;
  value: string;
  measurements: string;
  noMeasurements: string;
  verification: string;
  assumptions: string;
  chart: (name: string) => string;
}

export const INDICATOR_STRINGS = /* @__PURE__ */ bilingual<IndicatorStrings>({
  baseline: ['Línea base', 'Baseline'],
  target: ['Meta', 'Target'],
  latest: ['Última medición', 'Latest measurement'],
  direction: ['Cambio esperado', 'Expected change'],
  toTarget: ['Avance hacia la meta', 'Progress toward the target'],
  date: ['Fecha', 'Date'],
  value: ['Valor', 'Value'],
  measurements: ['Mediciones', 'Measurements'],
  noMeasurements: ['Aún no se han publicado mediciones.', 'No measurements have been published yet.'],
  verification: ['Medio de verificación', 'Means of verification'],
  assumptions: ['Supuestos', 'Assumptions'],
  chart: [(name) => `Gráfico de ${name}; las cifras están en la tabla siguiente.`, (name) => `Chart of ${name}; the figures are in the table below.`],
});
