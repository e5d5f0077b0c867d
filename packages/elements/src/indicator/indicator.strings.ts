import type { Lang } from '../shared/strings.js';

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

export const INDICATOR_STRINGS: Record<Lang, IndicatorStrings> = {
  en: {
    baseline: 'Baseline',
    target: 'Target',
    latest: 'Latest measurement',
    direction: 'Expected change',
    toTarget: 'Progress toward the target',
    date: 'Date',
    value: 'Value',
    measurements: 'Measurements',
    noMeasurements: 'No measurements have been published yet.',
    verification: 'Means of verification',
    assumptions: 'Assumptions',
    chart: (name) => `Chart of ${name}; the figures are in the table below.`,
  },
  es: {
    baseline: 'Línea base',
    target: 'Meta',
    latest: 'Última medición',
    direction: 'Cambio esperado',
    toTarget: 'Avance hacia la meta',
    date: 'Fecha',
    value: 'Valor',
    measurements: 'Mediciones',
    noMeasurements: 'Aún no se han publicado mediciones.',
    verification: 'Medio de verificación',
    assumptions: 'Supuestos',
    chart: (name) => `Gráfico de ${name}; las cifras están en la tabla siguiente.`,
  },
};
