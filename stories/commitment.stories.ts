import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@ogp-embed/elements/commitment';
import { cutSlices, findCommitment, getSharedClient, parseFeed } from '@ogp-embed/sdk';
import type { FeedInput } from '@ogp-embed/sdk';
import chile from '../examples/feeds/chile.json';
import { fromSample, illustrative, simulated } from './support/captions.js';
import { simulatedFeed } from './support/simulated-feed.js';
import { disagreeingCommitment, longTextCommitment } from './support/illustrative.js';
import { SAMPLE_SRC, sampleFeed, STORY_NOW } from './support/sample.js';
import { stateStories } from './support/states.js';

type Variant = 'card' | 'compact' | 'full';

interface Args {
  commitment: string;
  variant: Variant;
  expanded: boolean;
}

/** A commitment of the real sample, by property: the page already holds the feed. */
const fromFeed = ({ commitment, variant, expanded }: Args) => html`<ogp-commitment
  .feed=${sampleFeed}
  commitment=${commitment}
  variant=${variant}
  ?expanded=${expanded}
  .now=${STORY_NOW}
></ogp-commitment>`;

const meta = {
  title: 'Elements/Commitment',
  component: 'ogp-commitment',
  args: { commitment: 'CL0069', variant: 'card', expanded: false },
  argTypes: {
    commitment: {
      control: 'select',
      options: sampleFeed.plans.flatMap((plan) => plan.commitments.map((c) => c.id)),
    },
    variant: { control: 'inline-radio', options: ['card', 'compact', 'full'] },
  },
  render: (args) => html`${fromSample(`${args.commitment}, por propiedad / by property`)}${fromFeed(args)}`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const Card: Story = { name: 'Card (CL0069)' };

export const Expanded: Story = { name: 'Card, details open (CL0069)', args: { expanded: true } };

/** The sample's one commitment with reported progress, an update and an indicator (all marked illustrative in the feed). */
export const Full: Story = { name: 'Full (CL0081)', args: { commitment: 'CL0081', variant: 'full' } };

export const FullWithIrm: Story = { name: 'Full, IRM assessment (CL0069)', args: { variant: 'full' } };

export const Compact: Story = {
  name: 'Compact, in a list',
  render: () => html`${fromSample('tres compromisos del 5° plan / three commitments of the 5th plan')}
    <div class="story-stack">
      ${['CL0069', 'CL0070', 'CL0063'].map((commitment) => fromFeed({ commitment, variant: 'compact', expanded: false }))}
    </div>`,
};

/*
 * The best-known verdict (issue 14): the government's report first, else the IRM's assessment,
 * named as the IRM's; both when they disagree; "No information" only when neither exists.
 */

/** The 6th plan (active): the government's own report (marked illustrative in the feed). */
export const SelfReportOnly: Story = {
  name: 'Verdict: self-report only, active plan (CL0081)',
  args: { commitment: 'CL0081' },
};

/** The 5th plan (closed): no report, the IRM's end-of-term verdict; it ended, so no next milestone. */
export const IrmOnly: Story = { name: 'Verdict: IRM only, closed plan (CL0069)' };

export const BothDisagreeing: Story = {
  name: 'Verdict: self-report and IRM disagree (illustrative)',
  render:
    () => html`${illustrative('CL0069 con un reporte “cumplido” inventado frente al “limitado” real del MRI / with an invented “completed” report against the IRM’s real “limited”')}
    <ogp-commitment .feed=${sampleFeed} .commitment=${disagreeingCommitment()} .now=${STORY_NOW}></ogp-commitment>`,
};

/** The 5th plan: neither a report nor an IRM assessment in the data. */
export const Neither: Story = { name: 'Verdict: neither, closed plan (CL0063)', args: { commitment: 'CL0063' } };

/** 4th plan: no lead institution, no dates, no milestones in the data. Unknown stays unknown. */
export const MissingData: Story = {
  name: 'Missing data (CL0052)',
  args: { commitment: 'CL0052', expanded: true },
};

/** Only an English title is known: on a Spanish page it is marked `lang="en"`. */
export const OneLanguageOnly: Story = {
  name: 'Title in one language only (CL0066)',
  args: { commitment: 'CL0066' },
};

export const LongTexts: Story = {
  name: 'Long texts (illustrative)',
  render: () => html`${illustrative('CL0069 con textos muy largos / with very long texts')}
    <div style="max-width: 32rem">
      <ogp-commitment .feed=${sampleFeed} .commitment=${longTextCommitment()} expanded .now=${STORY_NOW}></ogp-commitment>
    </div>`,
};

export const NotInFeed: Story = {
  name: 'Error: not in the feed (CL9999)',
  render: () => html`${fromSample('CL9999 no está en la muestra / is not in the sample')}
    ${fromFeed({ commitment: 'CL9999', variant: 'card', expanded: false })}`,
};

/** As a webmaster writes it: the feed by address, fetched from Storybook's static files. */
export const FromSrc: Story = {
  name: 'Loaded by src (the sample feed)',
  render: () => html`${fromSample(`src="${SAMPLE_SRC}"`)}
    <ogp-commitment src=${SAMPLE_SRC} commitment="CL0081" .now=${STORY_NOW}></ogp-commitment>`,
};

const states = stateStories(
  'commitment',
  (src, live) => html`<ogp-commitment
  src=${src}
  commitment="CL0069"
  ?live=${live}
  refresh=${live ? 1 : nothing}
  .now=${STORY_NOW}
  ><a href="https://www.opengovpartnership.org/members/chile/commitments/CL0069/">CL0069 en opengovpartnership.org</a></ogp-commitment
>`,
);

export const Loading: Story = states.loading;
export const HttpError: Story = { ...states.httpError, name: 'Error: HTTP 500' };
export const Offline: Story = { ...states.offline, name: 'Error: offline' };
export const NotAFeed: Story = { ...states.notAFeed, name: 'Error: not a feed' };
/** Real data first, then the server fails: the card keeps the data and says it may be old. */
export const Stale: Story = { ...states.stale, name: 'Stale (refresh failed)' };

/** Before the element has data, and when scripts are off, the page's own link shows. */
export const Fallback: Story = {
  name: 'Fallback content (no feed)',
  render:
    () => html`${illustrative('sin src ni feed: se ve el contenido de la página / no src nor feed: the page’s content shows')}
    <ogp-commitment commitment="CL0069">
      <a href="https://www.opengovpartnership.org/members/chile/commitments/CL0069/">Compromiso CL0069 en opengovpartnership.org</a>
    </ogp-commitment>`,
};

export const Themed: Story = {
  name: 'Themed with custom properties',
  render: () => html`${fromSample('CL0081 con tokens propios / with custom tokens')}
    <ogp-commitment
      .feed=${sampleFeed}
      commitment="CL0081"
      .now=${STORY_NOW}
      style="--ogp-font-family: Georgia, serif; --ogp-color-accent: #6f42c1; --ogp-radius: 0; --ogp-card-padding: 1.5rem; --ogp-color-surface: color-mix(in srgb, #6f42c1 6%, transparent)"
    ></ogp-commitment>`,
};

/*
 * A card as `<ogp-plan>` lists it from a plan's published part (docs/feed-format.md#published-slices):
 * a row without texts or updates, whose details come from the commitment's own part when opened.
 */
const planPartOfSample = (() => {
  const part = cutSlices(chile as FeedInput, { generatedAt: chile.generatedAt, sha256: 'sample' }).find(
    (p) => p.kind === 'plan' && p.id === 'AP_CHL05',
  )!;
  const feed = parseFeed(part.document, { mode: 'lenient' }).feed!;
  return { feed, row: findCommitment(feed, 'CL0069')!.commitment };
})();

const rowCard = (server: 'loading' | 'http-500', caption: string) => {
  const src = simulatedFeed(server, `row-details-${server}`);
  return html`${simulated(caption)}
    <ogp-commitment .feed=${planPartOfSample.feed} .commitment=${planPartOfSample.row} .listedFrom=${getSharedClient(src)} expanded .now=${STORY_NOW}></ogp-commitment>`;
};

export const RowDetailsLoading: Story = {
  name: 'In a plan read by parts: details loading',
  render: () =>
    rowCard(
      'loading',
      'la fila del plan; sus detalles, de un servidor que no responde / the plan’s row; its details from a server that never answers',
    ),
};

export const RowDetailsError: Story = {
  name: 'In a plan read by parts: details could not be loaded',
  render: () =>
    rowCard(
      'http-500',
      'la fila del plan; sus detalles, de un servidor que responde 500 / the plan’s row; its details from a server answering 500',
    ),
};
