/** The feed's server did not send the whole feed within the client's `timeout`. */
import { numberFormat } from '../dates/intl-cache.js';
import { OgpError, type OgpErrorOptions } from './ogp-error.js';

/** "1 second", "2.5 seconds", "1 segundo", "2,5 segundos". */
function seconds(ms: number, lang: 'en' | 'es'): string {
  const value = ms / 1000;
  const figure = numberFormat(lang, { maximumFractionDigits: 1 }).format(value);
  return `${figure} ${lang === 'en' ? 'second' : 'segundo'}${value === 1 ? '' : 's'}`;
}

export class FeedTimeoutError extends OgpError {
  override name = 'FeedTimeoutError';
  readonly url: string;
  /** The limit that was exceeded, in ms. */
  readonly timeout: number;

  constructor(url: string, timeout: number, options: OgpErrorOptions = {}) {
    super('feed-timeout', {
      en: `The feed did not answer within ${seconds(timeout, 'en')}`,
      es: `El feed no respondió en ${seconds(timeout, 'es')}`,
    }, options);
    this.url = url;
    this.timeout = timeout;
  }
}
