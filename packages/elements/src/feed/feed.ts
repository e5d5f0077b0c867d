import { html, LitElement } from 'lit';
import type { TemplateResult, PropertyDeclarations, PropertyValues } from 'lit';
import { getDefaultSharedClient } from '@ogp-embed/sdk/internal';
import type { FeedClient } from '@ogp-embed/sdk';
import { FeedContextProvider } from '../shared/feed-context-protocol.js';
import type { FeedContextValue } from '../shared/feed-context.js';
import { feedStyles } from './feed.styles.js';

/**
 * @summary An optional provider: the ogp-embed elements inside it that have no `src` of their
 * own show this feed, through one shared client (one request, one poll loop, one cache), and
 * follow its `live` and `refresh`. It renders nothing of its own.
 *
 * Elements anywhere on a page with the same `src` share one client anyway; the provider saves
 * repeating `src` and lets a page switch every element to another feed at once.
 *
 * @attr {string} src - URL of the feed (absolute, or relative to the page).
 * @attr {boolean} live - Keep the data up to date: poll every `refresh` seconds (default 60).
 * @attr {number} refresh - Seconds between polls; setting it turns `live` on.
 *
 * @slot - The elements that show the feed, and any other content.
 */
export class OgpFeed extends LitElement {
  static override styles = feedStyles;

  static override properties: PropertyDeclarations = {
    src: {},
    live: { type: Boolean },
    refresh: { type: Number },
  };

  declare src: string | undefined;
  declare live: boolean;
  declare refresh: number | undefined;

  readonly #provider = new FeedContextProvider(this);

  constructor() {
    super();
    this.live = false;
  }

  /** The shared client of `src`, for code that wants the data itself. */
  get client(): FeedClient | undefined {
    return this.#provider.value?.client;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('src') && !changed.has('live') && !changed.has('refresh')) return;
    let value: FeedContextValue | undefined;
    if (this.src) {
      const src = new URL(this.src, document.baseURI).href;
      value = { src, client: getDefaultSharedClient(src), live: this.live };
      if (this.refresh != null) value.refresh = this.refresh;
    }
    this.#provider.setValue(value);
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
