import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@ogp-embed/elements/plan';
import { cutSlices, parseFeed } from '@ogp-embed/sdk';
import type { FeedInput } from '@ogp-embed/sdk';
import chile from '../examples/feeds/chile.json';
import { fromSample, illustrative } from './support/captions.js';
import { emptyPlan, feedWith, largePlan } from './support/illustrative.js';
import { SAMPLE_SRC, sampleFeed, STORY_NOW } from './support/sample.js';
import { stateStories } from './support/states.js';

interface Args {
  plan: string;
  pageSize: number;
  cardVariant: 'card' | 'compact';
  status?: string;
  query?: string;
}

const plan = ({ plan, pageSize, cardVariant, status, query }: Args) => html`<ogp-plan
  .feed=${sampleFeed}
  plan=${plan}
  page-size=${pageSize}
  card-variant=${cardVariant}
  status=${status ?? nothing}
  query=${query ?? nothing}
  .now=${STORY_NOW}
></ogp-plan>`;

const meta = {
  title: 'Elements/Plan',
  component: 'ogp-plan',
  args: { plan: 'AP_CHL05', pageSize: 20, cardVariant: 'compact' },
  argTypes: {
    plan: { control: 'select', options: sampleFeed.plans.map((p) => p.id) },
    cardVariant: { control: 'inline-radio', options: ['card', 'compact'] },
  },
  render: (args) =>
    html`${fromSample(`${args.plan}: los compromisos verificados, no todos los del plan / the verified commitments, not all the plan's`)}${plan(args)}`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** Closed: no government report; the IRM's verdicts, named as the IRM's, counted by source. */
export const FifthPlan: Story = { name: '5th plan, closed: IRM verdicts (AP_CHL05)' };

/** Filtered to the IRM's "limited completion" from the attribute. */
export const FilteredByIrm: Story = {
  name: 'Closed plan filtered to an IRM verdict',
  args: { status: 'irmCompletion:limited' },
};

/** Active: the government's report where there is one. */
export const SixthPlan: Story = { name: '6th plan, active: self-report (AP_CHL06)', args: { plan: 'AP_CHL06' } };

export const Cards: Story = { name: '6th plan as cards (AP_CHL06)', args: { plan: 'AP_CHL06', cardVariant: 'card' } };

/** The 4th plan: most commitments have no lead, no dates and no status in the data. */
export const MissingData: Story = { name: 'Missing data (AP_CHL04)', args: { plan: 'AP_CHL04' } };

export const Filtered: Story = { name: 'Starts filtered and searched', args: { plan: 'AP_CHL04', query: 'datos' } };

export const NoMatch: Story = { name: 'Empty: no commitment matches', args: { query: 'zzz-sin-resultados' } };

export const HundredCommitments: Story = {
  name: 'A plan of 100 commitments (illustrative)',
  render: () => {
    const big = largePlan(100);
    return html`${illustrative('100 compromisos inventados, 20 por página / 100 invented commitments, 20 a page')}
      <ogp-plan .feed=${feedWith(big)} .plan=${big} page-size="20" card-variant="compact" .now=${STORY_NOW}></ogp-plan>`;
  },
};

export const Empty: Story = {
  name: 'Empty: no commitments yet (illustrative)',
  render: () => html`${illustrative('un plan sin compromisos / a plan with no commitments')}
    <ogp-plan .feed=${sampleFeed} .plan=${emptyPlan()} .now=${STORY_NOW}></ogp-plan>`,
};

export const NotInFeed: Story = { name: 'Error: not in the feed (AP_CHL99)', args: { plan: 'AP_CHL99' } };

export const FromSrc: Story = {
  name: 'Loaded by src (the sample feed)',
  render: () => html`${fromSample(`src="${SAMPLE_SRC}"`)}
    <ogp-plan src=${SAMPLE_SRC} plan="AP_CHL06" .now=${STORY_NOW}></ogp-plan>`,
};

/*
 * A plan read by parts starts on its digest (docs/feed-format.md#published-slices): every
 * commitment's figures, the first page's rows. A search needs every title: until the plan's list
 * comes, the summary and the form stay and "Loading" stands where the results go.
 */
const digestOfSample = (() => {
  const part = cutSlices(chile as FeedInput, { generatedAt: chile.generatedAt, sha256: 'sample' }).find(
    (p) => p.kind === 'plan-digest' && p.id === 'AP_CHL05',
  )!;
  return parseFeed(part.document, { mode: 'lenient' }).feed!;
})();

export const DigestListLoading: Story = {
  name: 'Read by parts: searched, its list loading',
  render:
    () => html`${fromSample('el resumen de AP_CHL05 (su digest); la lista, en camino / AP_CHL05’s digest; its list on its way')}
    <ogp-plan .feed=${digestOfSample} plan="AP_CHL05" query="datos" card-variant="compact" .now=${STORY_NOW}></ogp-plan>`,
};

const states = stateStories(
  'plan',
  (src, live) => html`<ogp-plan
  src=${src}
  plan="AP_CHL05"
  card-variant="compact"
  ?live=${live}
  refresh=${live ? 1 : nothing}
  .now=${STORY_NOW}
></ogp-plan>`,
);

export const Loading: Story = states.loading;
export const HttpError: Story = { ...states.httpError, name: 'Error: HTTP 500' };
export const Offline: Story = { ...states.offline, name: 'Error: offline' };
export const Stale: Story = { ...states.stale, name: 'Stale (refresh failed)' };
