/**
 * Optional link fields (a commitment's `url`, a meeting's `minutesUrl`, the publisher's
 * `contact`...): a bad one is only a missing link, so lenient mode leaves out the field, not the
 * entity that holds it. The set is read off the feed schema, so a link field added to it later is
 * covered without a list here to keep in step. A required link (`EvidenceLink.url`) is not one:
 * a link without its address is nothing.
 */
import { Feed } from '../schema/feed.js';
import { Contact, WebUrl } from '../schema/primitives.js';
import type { z } from '../schema/zod.js';
import type { PathSegment } from './issues.js';

/** What the walk reads of a schema: the parts of zod's definition that lead to fields. */
interface SchemaDef {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
}

const defOf = (schema: z.core.$ZodType): SchemaDef => schema._zod.def as unknown as SchemaDef;

/** A path with every list index written `[]`: `plans[].commitments[].url`. */
function patternOf(segments: readonly PathSegment[]): string {
  return segments.map((segment) => (typeof segment === 'number' ? '[]' : `.${segment}`)).join('');
}

/** Every optional link field under `schema`, as patterns; lists and defaults are looked through. */
function collect(schema: z.core.$ZodType, at: string, into: Set<string>): Set<string> {
  const def = defOf(schema);
  if (def.type === 'default' && def.innerType) return collect(def.innerType, at, into);
  if (def.type === 'optional' && def.innerType) return collect(def.innerType, at, into);
  if (def.type === 'array' && def.element) return collect(def.element, `${at}[]`, into);
  if (def.type !== 'object' || !def.shape) return into;
  for (const [key, field] of Object.entries(def.shape)) {
    const fieldDef = defOf(field);
    const inner = fieldDef.type === 'optional' ? fieldDef.innerType : undefined;
    if (inner === WebUrl || inner === Contact) into.add(`${at}.${key}`);
    else collect(field, `${at}.${key}`, into);
  }
  return into;
}

/** Worked out on first use: most feeds never have a bad link. */
let patterns: ReadonlySet<string> | undefined;

/** The optional link fields of the feed format, as `plans[].commitments[].url`-like patterns. */
export function optionalLinkFields(): ReadonlySet<string> {
  patterns ??= collect(Feed, '', new Set());
  return new Set([...patterns].map((pattern) => pattern.slice(1)));
}

/** Whether the issue at this path is the value of an optional link field itself. */
export function isOptionalLink(segments: readonly PathSegment[]): boolean {
  patterns ??= collect(Feed, '', new Set());
  return typeof segments.at(-1) === 'string' && patterns.has(patternOf(segments));
}
