/**
 * Optional link fields (a commitment's `url`, a meeting's `minutesUrl`, the publisher's
 * `contact`...): a bad one is only a missing link, so lenient mode leaves out the field, not the
 * entity that holds it. The set is read off the feed schema when check/feed-validator.ts is
 * generated, so a link field added later is covered without a list here to keep in step. A
 * required link (`EvidenceLink.url`) is not one: a link without its address is nothing.
 */
import { OPTIONAL_LINK_FIELDS } from '../check/feed-validator.js';
import type { PathSegment } from './issues.js';

/** A path with every list index written `[]`: `plans[].commitments[].url`. */
function patternOf(segments: readonly PathSegment[]): string {
  return segments.map((segment, i) => (typeof segment === 'number' ? '[]' : i ? `.${segment}` : segment)).join('');
}

const patterns: ReadonlySet<string> = new Set(OPTIONAL_LINK_FIELDS);

/** The optional link fields of the feed format, as `plans[].commitments[].url`-like patterns. */
export function optionalLinkFields(): ReadonlySet<string> {
  return new Set(patterns);
}

/** Whether the issue at this path is the value of an optional link field itself. */
export function isOptionalLink(segments: readonly PathSegment[]): boolean {
  return typeof segments.at(-1) === 'string' && patterns.has(patternOf(segments));
}
