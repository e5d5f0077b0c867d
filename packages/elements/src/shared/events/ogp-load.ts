import type { Feed } from '@ogp-embed/sdk';

/** `ogp-load`: the element has data to show for the first time (per data source). */
export interface OgpLoadDetail<T = unknown> {
  /** What the element shows: the commitment, the plan, the forum, the indicator... */
  data: T;
  /** The whole feed it came from, when there is one. */
  feed?: Feed;
  /** The feed URL, when the data came from one. */
  src?: string;
  /** When the feed was fetched. */
  fetchedAt?: Date;
}

export type OgpLoadEvent<T = unknown> = CustomEvent<OgpLoadDetail<T>>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ogp-load': OgpLoadEvent;
  }
}
