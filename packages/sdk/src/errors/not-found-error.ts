/** The feed loaded, but the plan, commitment, forum, institution or indicator asked for is not in it. */
import type { NotFoundKind } from './codes.js';
import { OgpError, type OgpErrorOptions } from './ogp-error.js';

export type { NotFoundKind } from './codes.js';

export interface NotFoundErrorOptions extends OgpErrorOptions {
  /** For an indicator: the commitment it was looked for in. */
  within?: string;
}

export class NotFoundError extends OgpError {
  override name = 'NotFoundError';
  declare readonly kind: NotFoundKind;
  declare readonly id: string;
  declare readonly within: string | undefined;

  constructor(kind: NotFoundKind, id: string, options: NotFoundErrorOptions = {}) {
    const { within, ...rest } = options;
    super('not-found', within === undefined ? { kind, id } : { kind, id, within }, rest);
  }
}
