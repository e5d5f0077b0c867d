/** The server answered, but its body cannot be a feed: empty, not UTF-8, not JSON, or a web page. */
import type { Bilingual } from '../i18n/bilingual.js';
import { OgpError, type OgpErrorOptions } from './ogp-error.js';

export type FeedFormatReason = 'empty' | 'not-utf8' | 'not-json' | 'html';

const MESSAGES: Record<FeedFormatReason, Bilingual> = {
  empty: {
    en: 'The feed is empty: the server sent no content',
    es: 'El feed está vacío: el servidor no envió contenido',
  },
  'not-utf8': {
    en: 'The feed could not be read: it is not UTF-8 text',
    es: 'No se pudo leer el feed: no es texto UTF-8',
  },
  'not-json': {
    en: 'The feed could not be read: it is not valid JSON',
    es: 'No se pudo leer el feed: no es JSON válido',
  },
  // Static hosts often answer a wrong address with their HTML home page and status 200.
  html: {
    en: 'The feed could not be read: the server sent a web page instead of JSON (check the feed address)',
    es: 'No se pudo leer el feed: el servidor envió una página web en lugar de JSON (revise la dirección del feed)',
  },
};

export class FeedFormatError extends OgpError {
  override name = 'FeedFormatError';
  readonly reason: FeedFormatReason;
  readonly url: string;

  constructor(reason: FeedFormatReason, url: string, options: OgpErrorOptions = {}) {
    super('feed-format', MESSAGES[reason], options);
    this.reason = reason;
    this.url = url;
  }
}
