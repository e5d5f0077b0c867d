/**
 * The feed's server said nothing for the client's `timeout`: no answer at all, or (`stalled`) a
 * body that stopped arriving half-way. A body that keeps arriving, however slowly, is no timeout.
 * The words are the same for both ("did not answer within 15 seconds"): a reader cannot act on
 * the difference; code reads `stalled`.
 */
import { OgpError, type OgpErrorOptions } from './ogp-error.js';

export interface FeedTimeoutErrorOptions extends OgpErrorOptions {
  /** The server answered, then its body stopped arriving. */
  stalled?: boolean;
}

export class FeedTimeoutError extends OgpError {
  override name = 'FeedTimeoutError';
  declare readonly url: string;
  /** The silence that was too long, in ms. */
  declare readonly timeout: number;
  /** True when the answer began and then stopped; false when no answer came at all. */
  declare readonly stalled: boolean;

  constructor(url: string, timeout: number, options: FeedTimeoutErrorOptions = {}) {
    const { stalled = false, ...rest } = options;
    super('feed-timeout', { url, timeout, stalled: stalled === true }, rest);
  }
}
