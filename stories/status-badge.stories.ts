import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  AGREEMENT_STATUSES,
  commitmentStatus,
  DISPLAY_STATUSES,
  MILESTONE_STATUSES,
  milestoneState,
  PHASE_STATUSES,
} from '@ogp-embed/sdk';
import '@ogp-embed/elements/status-badge';
import { fromSample, illustrative } from './support/captions.js';
import { sampleCommitment, sampleForum, samplePlan, STORY_NOW } from './support/sample.js';

type Kind = 'commitment' | 'milestone' | 'agreement' | 'phase';

interface Args {
  status: string;
  kind: Kind;
}

const badge = ({ status, kind }: Args) => html`<ogp-status-badge status=${status} kind=${kind}></ogp-status-badge>`;

const row = (kind: Kind, statuses: readonly string[]) =>
  html`<div class="story-row">${statuses.map((status) => badge({ status, kind }))}</div>`;

const meta = {
  title: 'Elements/Status badge',
  component: 'ogp-status-badge',
  args: { status: 'in-progress', kind: 'commitment' },
  argTypes: {
    status: { control: 'select', options: [...DISPLAY_STATUSES, 'overdue', 'due-soon', 'pending', 'done'] },
    kind: { control: 'inline-radio', options: ['commitment', 'milestone', 'agreement', 'phase'] },
  },
  render: (args) => badge(args),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {
  render: (args) =>
    html`${illustrative('un estado elegido en los controles / a status picked in the controls')}${badge(args)}`,
};

/** What the sample's data says, through the SDK's derived status, on the story's day. */
export const FromTheSample: Story = {
  name: 'Statuses in the Chile sample',
  render: () => {
    const cl0081 = sampleCommitment('CL0081');
    const cl0069 = sampleCommitment('CL0069');
    const agreement = sampleForum().meetings[0]?.agreements[0];
    const phase = samplePlan('AP_CHL06').cocreation[0];
    return html`${fromSample('CL0081, CL0069, su primer hito, un acuerdo de la Mesa y la co-creación del 6° plan')}
      <dl class="story-stack">
        <dt>CL0081</dt>
        <dd>${badge({ status: commitmentStatus(cl0081, STORY_NOW), kind: 'commitment' })}</dd>
        <dt>CL0069</dt>
        <dd>${badge({ status: commitmentStatus(cl0069, STORY_NOW), kind: 'commitment' })}</dd>
        <dt>CL0069-m1</dt>
        <dd>${badge({ status: milestoneState(cl0069.milestones[0]!, STORY_NOW), kind: 'milestone' })}</dd>
        <dt>${agreement?.id}</dt>
        <dd>${badge({ status: agreement?.status ?? 'unknown', kind: 'agreement' })}</dd>
        <dt>AP_CHL06 ${phase?.id ?? ''}</dt>
        <dd>${badge({ status: phase?.status ?? 'unknown', kind: 'phase' })}</dd>
      </dl>`;
  },
};

export const EveryCommitmentStatus: Story = {
  name: 'Every commitment status',
  render: () =>
    html`${illustrative('el vocabulario completo / the whole vocabulary')}${row('commitment', DISPLAY_STATUSES)}`,
};

export const EveryMilestoneStatus: Story = {
  name: 'Every milestone status and state',
  render: () => html`${illustrative('el vocabulario completo / the whole vocabulary')}
    ${row('milestone', MILESTONE_STATUSES)}
    ${row('milestone', ['completed', 'cancelled', 'overdue', 'due-soon', 'upcoming', 'undated'])}`,
};

export const EveryAgreementAndPhaseStatus: Story = {
  name: 'Every agreement and phase status',
  render: () => html`${illustrative('el vocabulario completo / the whole vocabulary')}
    ${row('agreement', AGREEMENT_STATUSES)} ${row('phase', PHASE_STATUSES)}`,
};

export const UnknownStatus: Story = {
  name: 'Missing or unknown status',
  render:
    () => html`${illustrative('sin estado, y un estado que el vocabulario no tiene / none, and one the vocabulary lacks')}
    <div class="story-row">
      <ogp-status-badge></ogp-status-badge>
      <ogp-status-badge status="en-revisión"></ogp-status-badge>
    </div>`,
};

export const InRunningText: Story = {
  name: 'Inline, in a long paragraph',
  render: () => html`${illustrative('texto inventado / invented text')}
    <p style="max-width: 28rem">
      El compromiso de diseño de una plataforma integrada e interoperable de gestión e información legislativa
      <ogp-status-badge status="delayed" style="display: inline-block"></ogp-status-badge> sigue en revisión por la
      mesa de trabajo, que pidió un nuevo calendario de hitos con fechas verificables.
    </p>`,
};
