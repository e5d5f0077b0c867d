import type { Feed } from '@ogp-embed/sdk';

/** `ogp-change`: a later fetch (a live update or a new source) changed what the element shows. */
export interface OgpChangeDetail<T = unknown> {
  data: T;
  /** What was shown before. */
  previous: T;
  feed?: Feed;
  src?: string;
  fetchedAt?: Date;
}

export type OgpChangeEvent<T = unknown> = CustomEvent<OgpChangeDetail<T>>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ogp-change': OgpChangeEvent;
  }
}
