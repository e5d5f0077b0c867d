/**
 * The base of every error the SDK throws on purpose: a stable `code` and the fields that say what
 * happened (errors/codes.ts), no words. `message` is English, for developers and logs; a reader's
 * language comes from `errorMessage(error, lang)` (i18n/messages.ts), or an element's own plain
 * words. Check with the guards in `type-guards.ts`, not `instanceof`: a page may load two copies
 * of the SDK.
 */
import type { ErrorCode, ErrorFields } from './codes.js';
import { WORDS_EN } from '../i18n/words/en.js';
import { sayError } from '../i18n/words.js';

export interface OgpErrorOptions {
  cause?: unknown;
}

export class OgpError extends Error {
  override name = 'OgpError';
  /** Stable, machine-readable: `feed-http`, `feed-timeout`, `not-found`... (see `ErrorCode`). */
  readonly code: string;

  /** `fields` become the error's own properties (`status`, `kind`, `id`...), which the words read. */
  constructor(code: ErrorCode, fields: object = {}, options: OgpErrorOptions = {}) {
    super(sayError({ ...fields, code }, WORDS_EN), 'cause' in options ? { cause: options.cause } : undefined);
    Object.assign(this, fields);
    this.code = code;
  }
}

/** An error's fields, typed by its code. */
export type OgpErrorWith<C extends ErrorCode> = OgpError & { code: C } & ErrorFields[C];
