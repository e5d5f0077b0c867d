import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { Indicator } from '@ogp-embed/sdk';
import '@ogp-embed/elements/indicator';
import { fromSample, illustrative } from './support/captions.js';
import { SAMPLE_SRC, sampleFeed, STORY_NOW } from './support/sample.js';
import { stateStories } from './support/states.js';

/** An indicator invented for a story; its name says so. */
function invented(name: string, overrides: Partial<Indicator>): Indicator {
  return {
    level: 'purpose',
    name: { es: `Ilustrativo: ${name}`, en: `Illustrative: ${name}` },
    measurements: [],
    evidence: [],
    ...overrides,
  } as Indicator;
}

const byProperty = (indicator: Indicator) =>
  html`<ogp-indicator .feed=${sampleFeed} .indicator=${indicator} .now=${STORY_NOW} style="max-width: 40rem"></ogp-indicator>`;

const meta = {
  title: 'Elements/Indicator',
  component: 'ogp-indicator',
  render:
    () => html`${fromSample('el indicador de CL0081 (marcado ilustrativo en la muestra) / CL0081’s indicator (marked illustrative in the sample)')}
    <ogp-indicator .feed=${sampleFeed} commitment="CL0081" .now=${STORY_NOW} style="max-width: 40rem"></ogp-indicator>`,
} satisfies Meta;
export default meta;

type Story = StoryObj;

export const FromTheSample: Story = { name: 'Logical Framework indicator (CL0081)' };

export const UnitsByLanguage: Story = {
  name: 'Units in the reader’s language, singular and plural (fr, pt-PT, es)',
  render:
    () => html`${fromSample('el indicador de CL0081 en tres idiomas: 0, 1 y 2 herramientas / CL0081’s indicator in three languages: 0, 1 and 2 tools')}
    ${['fr', 'pt-PT', 'es'].map(
      (lang) =>
        html`<ogp-indicator lang=${lang} .feed=${sampleFeed} commitment="CL0081" .now=${STORY_NOW} style="max-width: 40rem"></ogp-indicator>`,
    )}`,
};

export const UndatedTarget: Story = {
  name: 'Target without a date: its value at the line’s end (illustrative)',
  render: () => html`${illustrative('meta sin fecha / a target without a date')}
    ${byProperty(
      invented('solicitudes respondidas en plazo', {
        unit: { es: '%', en: '%' },
        baseline: { value: 62, date: '2023' },
        target: { value: 90 },
        measurements: [
          { date: '2024-06', value: 71 },
          { date: '2025-06', value: 78 },
        ],
      }),
    )}`,
};

export const Decreasing: Story = {
  name: 'Decreasing, several measurements (illustrative)',
  render:
    () => html`${illustrative('días de respuesta a solicitudes de información / days to answer information requests')}
    ${byProperty(
      invented('días promedio de respuesta a solicitudes de acceso a la información', {
        unit: { es: 'días', en: 'days' },
        direction: 'decrease',
        baseline: { value: 18, date: '2022' },
        target: { value: 10, date: '2026-12' },
        measurements: [
          { date: '2023-06', value: 16 },
          { date: '2023-12', value: 15.5 },
          { date: '2024-06', value: 13 },
          { date: '2025-06', value: 12 },
        ],
      }),
    )}`,
};

export const NoMeasurements: Story = {
  name: 'Empty: no measurement yet (illustrative)',
  render: () => html`${illustrative('línea base y meta, sin mediciones / baseline and target, no measurements')}
    ${byProperty(
      invented('proyectos de ley publicados como datos abiertos', {
        level: 'output',
        unit: { es: '%', en: '%' },
        direction: 'increase',
        baseline: { value: 0, date: '2024' },
        target: { value: 100, date: '2026-12' },
      }),
    )}`,
};

export const MissingData: Story = {
  name: 'Missing baseline and target (illustrative)',
  render: () => html`${illustrative('solo mediciones / measurements only')}
    ${byProperty(
      invented('personas participantes en consultas del Congreso Virtual', {
        measurements: [
          { date: '2025-03', value: 1200 },
          { date: '2025-06', value: 1850 },
        ],
      }),
    )}`,
};

export const LongName: Story = {
  name: 'Long name, narrow (illustrative)',
  render: () => html`${illustrative('nombre muy largo en 18rem / a very long name in 18rem')}
    <div style="max-width: 18rem">
      ${byProperty(
        invented(
          'porcentaje de instituciones del Estado central, regional y municipal que publican sus compromisos de gobierno abierto con indicadores verificables en formato de datos abiertos',
          {
            unit: { es: '%', en: '%' },
            baseline: { value: 12, date: '2023' },
            target: { value: 60, date: '2027' },
            measurements: [{ date: '2025', value: 31 }],
          },
        ),
      )}
    </div>`,
};

export const NoIndicator: Story = {
  name: 'Error: commitment without indicators (CL0069)',
  render: () => html`${fromSample('CL0069 no tiene indicadores / has no indicators')}
    <ogp-indicator .feed=${sampleFeed} commitment="CL0069" .now=${STORY_NOW}></ogp-indicator>`,
};

export const FromSrc: Story = {
  name: 'Loaded by src (the sample feed)',
  render: () => html`${fromSample(`src="${SAMPLE_SRC}"`)}
    <ogp-indicator src=${SAMPLE_SRC} commitment="CL0081" .now=${STORY_NOW} style="max-width: 40rem"></ogp-indicator>`,
};

const states = stateStories(
  'indicator',
  (src, live) => html`<ogp-indicator
  src=${src}
  commitment="CL0081"
  ?live=${live}
  refresh=${live ? 1 : nothing}
  .now=${STORY_NOW}
></ogp-indicator>`,
);

export const Loading: Story = states.loading;
export const HttpError: Story = { ...states.httpError, name: 'Error: HTTP 500' };
export const Stale: Story = { ...states.stale, name: 'Stale (refresh failed)' };
