import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@ogp-embed/elements/timeline';
import { fromSample, illustrative } from './support/captions.js';
import { longTextCommitment } from './support/illustrative.js';
import { SAMPLE_SRC, sampleFeed, STORY_NOW } from './support/sample.js';
import { stateStories } from './support/states.js';

interface Args {
  commitment?: string;
  plan?: string;
  /** Width of the container: the timeline is vertical when narrow, horizontal when wide. */
  width: string;
}

const timeline = ({ commitment, plan, width }: Args) => html`<div style="max-width: ${width}">
  <ogp-timeline .feed=${sampleFeed} commitment=${commitment ?? nothing} plan=${plan ?? nothing} .now=${STORY_NOW}></ogp-timeline>
</div>`;

const meta = {
  title: 'Elements/Timeline',
  component: 'ogp-timeline',
  args: { commitment: 'CL0069', width: '60rem' },
  argTypes: {
    commitment: { control: 'select', options: sampleFeed.plans.flatMap((p) => p.commitments.map((c) => c.id)) },
    plan: { control: 'select', options: [undefined, ...sampleFeed.plans.map((p) => p.id)] },
    width: { control: 'inline-radio', options: ['20rem', '40rem', '60rem'] },
  },
  render: (args) => html`${fromSample(`${args.plan ?? args.commitment}, ${args.width}`)}${timeline(args)}`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** Eight milestones, dated by month, none reported done: all overdue on the story's day. */
export const CommitmentMilestones: Story = { name: 'Milestones, wide (CL0069)' };

export const Narrow: Story = { name: 'Milestones, narrow container (CL0069)', args: { width: '20rem' } };

/** A progress update (illustrative in the sample) and the "today" marker between milestones. */
export const WithUpdateAndToday: Story = { name: 'Update and today marker (CL0081)', args: { commitment: 'CL0081' } };

export const PlanCocreation: Story = {
  name: 'Co-creation phases (AP_CHL06)',
  args: { commitment: undefined, plan: 'AP_CHL06' },
};

/** The 4th plan's commitments have no milestones in the data. */
export const Empty: Story = { name: 'Empty: no milestones (CL0052)', args: { commitment: 'CL0052' } };

export const LongTexts: Story = {
  name: 'Long texts (illustrative)',
  render: () => html`${illustrative('CL0069 con títulos de hitos muy largos / with very long milestone titles')}
    <div style="max-width: 40rem">
      <ogp-timeline .feed=${sampleFeed} .commitment=${longTextCommitment()} .now=${STORY_NOW}></ogp-timeline>
    </div>`,
};

export const NotInFeed: Story = {
  name: 'Error: not in the feed (AP_CHL99)',
  args: { commitment: undefined, plan: 'AP_CHL99' },
};

export const FromSrc: Story = {
  name: 'Loaded by src (the sample feed)',
  render: () => html`${fromSample(`src="${SAMPLE_SRC}"`)}
    <ogp-timeline src=${SAMPLE_SRC} commitment="CL0070" .now=${STORY_NOW}></ogp-timeline>`,
};

const states = stateStories(
  'timeline',
  (src, live) => html`<ogp-timeline
  src=${src}
  commitment="CL0069"
  ?live=${live}
  refresh=${live ? 1 : nothing}
  .now=${STORY_NOW}
></ogp-timeline>`,
);

export const Loading: Story = states.loading;
export const HttpError: Story = { ...states.httpError, name: 'Error: HTTP 500' };
export const Offline: Story = { ...states.offline, name: 'Error: offline' };
export const Stale: Story = { ...states.stale, name: 'Stale (refresh failed)' };
