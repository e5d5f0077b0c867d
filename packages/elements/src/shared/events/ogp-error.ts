/** `ogp-error`: the data could not be loaded or refreshed, or what was asked for is not in it. */
export interface OgpErrorDetail {
  /** The SDK's error (`FeedHttpError`, `NotFoundError`, ...; see `isOgpError`). */
  error: Error;
  /** A stable code: the SDK error's `code`, else `unknown`. */
  code: string;
  /** The message shown to the reader, in the element's language. */
  message: string;
  /** True when older data is still on screen (marked stale). */
  stale: boolean;
  src?: string;
}

export type OgpErrorEvent = CustomEvent<OgpErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ogp-error': OgpErrorEvent;
  }
}
