/**
 * What `<ogp-feed>` gives the elements inside it. The key is a global symbol so that two copies
 * of the bundle on one page still find each other's provider.
 */
import type { FeedClient } from '@ogp-embed/sdk';

export type { FeedClient };

export interface FeedContextValue {
  /** The absolute feed URL. */
  src: string;
  client: FeedClient;
  /** Elements inside follow the provider's `live` and `refresh` unless they set their own. */
  live: boolean;
  refresh?: number;
}

/**
 * The context key. Its type has the shape of @lit/context's `Context<symbol, FeedContextValue |
 * undefined>`, so a page's own `@consume({ context: feedContext })` still type-checks.
 */
export const feedContext = Symbol.for('ogp-embed.feed') as symbol & { __context__: FeedContextValue | undefined };
