/**
 * The feed's server said nothing for the client's `timeout`: no answer at all, or (`stalled`) a
 * body that stopped arriving half-way. A body that keeps arriving, however slowly, is no timeout.
 * The message is the same for both ("did not answer within 15 seconds"): a reader cannot act on
 * the difference, and the embed has no bytes to spare; code reads `stalled`.
 */
import { numberFormat } from '../dates/intl-cache.js';
import { OgpError, type OgpErrorOptions } from './ogp-error.js';

/** "1 second", "2.5 seconds", "1 segundo", "2,5 segundos". */
function seconds(ms: number, lang: 'en' | 'es'): string {
  const value = ms / 1000;
  const figure = numberFormat(lang, { maximumFractionDigits: 1 }).format(value);
  return `${figure} ${lang === 'en' ? 'second' : 'segundo'}${value === 1 ? '' : 's'}`;
}

export interface FeedTimeoutErrorOptions extends OgpErrorOptions {
  /** The server answered, then its body stopped arriving. */
  stalled?: boolean;
}

export class FeedTimeoutError extends OgpError {
  override name = 'FeedTimeoutError';
  readonly url: string;
  /** The silence that was too long, in ms. */
  readonly timeout: number;
  /** True when the answer began and then stopped; false when no answer came at all. */
  readonly stalled: boolean;

  constructor(url: string, timeout: number, options: FeedTimeoutErrorOptions = {}) {
    super('feed-timeout', {
      en: `The feed did not answer within ${seconds(timeout, 'en')}`,
      es: `El feed no respondió en ${seconds(timeout, 'es')}`,
    }, options);
    this.url = url;
    this.timeout = timeout;
    this.stalled = options.stalled === true;
  }
}
