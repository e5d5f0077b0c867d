/** A feed lookup's answer (`derive/lookups.ts`), or a `NotFoundError` an element shows as is. */
import { NotFoundError, type NotFoundKind } from '../errors/not-found-error.js';

export function required<T>(found: T | undefined, kind: NotFoundKind, id: string): T {
  if (found === undefined) throw new NotFoundError(kind, id);
  return found;
}
