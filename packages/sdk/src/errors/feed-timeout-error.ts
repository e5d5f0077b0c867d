/** The feed's server did not send the whole feed within the client's `timeout`. */
import { OgpError, type OgpErrorOptions } from './ogp-error.js';

function seconds(ms: number, lang: 'en' | 'es'): string {
  const value = ms / 1000;
  const figure = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(value);
  const unit = value === 1 ? (lang === 'en' ? 'second' : 'segundo') : lang === 'en' ? 'seconds' : 'segundos';
  return `${figure} ${unit}`;
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
