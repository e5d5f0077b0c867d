/**
 * The base of every error the SDK throws on purpose. `messages` holds the reader-facing
 * sentence in each language the SDK speaks, so an element can show it as is; `message`
 * is the English one, for logs. Check with the guards in `type-guards.ts`, not `instanceof`:
 * a page may load two copies of the SDK.
 */
import type { Bilingual } from '../i18n/bilingual.js';
import { pickLanguage } from '../i18n/language.js';

export interface OgpErrorOptions {
  cause?: unknown;
}

export class OgpError extends Error {
  override name = 'OgpError';
  /** Stable, machine-readable: `feed-http`, `feed-timeout`, `not-found`... */
  readonly code: string;
  readonly messages: Bilingual;

  constructor(code: string, messages: Bilingual, options: OgpErrorOptions = {}) {
    super(messages.en, 'cause' in options ? { cause: options.cause } : undefined);
    this.code = code;
    this.messages = { en: messages.en, es: messages.es };
  }

  /** The message in the reader's language: Spanish for any `es-*`, else English. */
  messageFor(lang = 'en'): string {
    // English and Spanish only: the elements and the CLI say errors in Portuguese and French from
    // their own tables, so a page does not carry every language's error sentences.
    return pickLanguage(lang) === 'es' ? this.messages.es : this.messages.en;
  }
}
