import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@ogp-embed/elements/define-all';
import { fromSample, simulated } from './support/captions.js';
import { SAMPLE_SRC, STORY_NOW } from './support/sample.js';
import { simulatedFeed } from './support/simulated-feed.js';

const meta = {
  title: 'Elements/Feed provider',
  component: 'ogp-feed',
  render:
    () => html`${fromSample(`<ogp-feed src="${SAMPLE_SRC}">: tres elementos sin src propio / three elements without their own src`)}
    <ogp-feed src=${SAMPLE_SRC}>
      <div class="story-stack">
        <ogp-commitment commitment="CL0081" variant="compact" .now=${STORY_NOW}></ogp-commitment>
        <ogp-commitment commitment="CL0069" variant="compact" .now=${STORY_NOW}></ogp-commitment>
        <ogp-agreements .now=${STORY_NOW}></ogp-agreements>
      </div>
    </ogp-feed>`,
} satisfies Meta;
export default meta;

type Story = StoryObj;

/** One request for all three: they share the provider's client. */
export const SharedFeed: Story = { name: 'Elements sharing one feed' };

/** The provider's `live` reaches the elements inside: after the first load every refresh fails. */
export const LiveStale: Story = {
  name: 'Live provider, refresh failing (stale)',
  render: () => html`${simulated('la muestra real, luego 503 / the real sample, then 503')}
    <ogp-feed src=${simulatedFeed('outage-after-first-load', 'feed-provider')} live refresh="1">
      <ogp-commitment commitment="CL0070" variant="compact" .now=${STORY_NOW}></ogp-commitment>
    </ogp-feed>`,
};
