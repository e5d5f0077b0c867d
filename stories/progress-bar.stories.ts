import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { commitmentProgress, DISPLAY_STATUSES, milestoneState } from '@ogp-embed/sdk';
import '@ogp-embed/elements/progress-bar';
import '@ogp-embed/elements/status-badge';
import { fromSample, illustrative } from './support/captions.js';
import { sampleCommitment, STORY_NOW } from './support/sample.js';
import type { ProgressSegment } from '@ogp-embed/elements';

interface Args {
  value?: number;
  max: number;
  status?: string;
  label?: string;
  segments?: ProgressSegment[];
}

const bar = (args: Args) => html`<ogp-progress-bar
  .value=${args.value}
  .max=${args.max}
  status=${args.status ?? nothing}
  label=${args.label ?? nothing}
  .segments=${args.segments}
></ogp-progress-bar>`;

/** Milestone segments of a sample commitment, in the state each is in on STORY_NOW. */
function milestoneSegments(id: string): ProgressSegment[] {
  return sampleCommitment(id).milestones.map((m) => ({ state: milestoneState(m, STORY_NOW), weight: m.weight }));
}

function reportedPercent(id: string): number | undefined {
  const progress = commitmentProgress(sampleCommitment(id));
  return progress.kind === 'unknown' ? undefined : progress.percent;
}

const meta = {
  title: 'Elements/Progress bar',
  component: 'ogp-progress-bar',
  args: { max: 100 },
  render: (args) => bar(args),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {
  args: { value: 45, status: 'in-progress' },
  render: (args) => html`${illustrative('45 de 100, en curso / 45 out of 100, in progress')}${bar(args)}`,
};

/** CL0081's reported figure: the sample marks it as invented, and so does this story. */
export const ReportedProgress: Story = {
  name: 'Reported progress (CL0081)',
  args: { value: reportedPercent('CL0081'), status: sampleCommitment('CL0081').reported?.status },
  render: (args) =>
    html`${fromSample('CL0081, 30 % reportado en 2025-06 (cifra ilustrativa de la muestra / illustrative figure of the sample)')}${bar(args)}`,
};

/** No commitment of the 5th plan has a reported figure: unknown is not 0 %. */
export const UnknownProgress: Story = {
  name: 'Unknown progress (CL0069, missing data)',
  args: { value: reportedPercent('CL0069') },
  render: (args) => html`${fromSample('CL0069, sin avance reportado / no progress reported')}${bar(args)}`,
};

/** Eight milestones, none reported done, every due date past on the story's day. */
export const MilestoneSegments: Story = {
  name: 'Milestone segments (CL0069)',
  args: { segments: milestoneSegments('CL0069'), label: 'CL0069' },
  render: (args) =>
    html`${fromSample('hitos de CL0069 al 2025-07-01 / CL0069 milestones as of 2025-07-01')}${bar(args)}`,
};

export const MixedSegments: Story = {
  name: 'Percentage and milestones apart (CL0081: 30 %, 0 of 4 done)',
  args: {
    value: reportedPercent('CL0081'),
    status: 'in-progress',
    segments: milestoneSegments('CL0081'),
    label: 'CL0081',
  },
  render: (args) =>
    html`${fromSample('hitos de CL0081 al 2025-07-01 / CL0081 milestones as of 2025-07-01')}${bar(args)}`,
};

export const EveryStatus: Story = {
  name: 'Every status',
  render: () => html`${illustrative('un valor por estado / one value per status')}
    <div class="story-stack">
      ${DISPLAY_STATUSES.map(
        (status, i) => html`<div>
          <ogp-status-badge status=${status}></ogp-status-badge>
          <ogp-progress-bar value=${(i + 1) * 12} status=${status} label=${status}></ogp-progress-bar>
        </div>`,
      )}
    </div>`,
};

export const Bounds: Story = {
  name: 'Zero, complete, beyond max',
  render:
    () => html`${illustrative('0, 100 y 130 de 100 (se muestra 100 %) / 0, 100 and 130 out of 100 (shown as 100 %)')}
    <div class="story-stack">
      <ogp-progress-bar value="0" status="not-started" label="0"></ogp-progress-bar>
      <ogp-progress-bar value="100" status="completed" label="100"></ogp-progress-bar>
      <ogp-progress-bar value="130" status="completed" label="130"></ogp-progress-bar>
      <ogp-progress-bar value="3" max="8" status="in-progress" label="3 / 8"></ogp-progress-bar>
    </div>`,
};

export const LongLabel: Story = {
  name: 'Long accessible name, narrow container',
  render: () => html`${illustrative('nombre largo en 12rem / a long name in 12rem')}
    <div style="max-width: 12rem">
      <ogp-progress-bar
        value="62"
        status="delayed"
        label="Avance del compromiso de diseño de plataforma integrada e interoperable de gestión e información legislativa"
      ></ogp-progress-bar>
    </div>`,
};

export const Themed: Story = {
  name: 'Themed with custom properties',
  render: () => html`${illustrative('colores y altura propios / own colours and height')}
    <ogp-progress-bar
      value="70"
      status="in-progress"
      style="--ogp-progress-height: 1rem; --ogp-progress-fill-color: #6f42c1; --ogp-progress-track-color: #e8e0f5"
    ></ogp-progress-bar>`,
};
