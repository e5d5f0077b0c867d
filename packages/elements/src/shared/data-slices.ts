/**
 * Which published slice of the feed holds what each data element shows, from its `commitment`,
 * `plan` or `forum` (attribute or property). One table for the elements (`dataSlice()`) and for
 * the loader's prefetch, which reads attributes before the element is defined: both must ask
 * for the same document, or the page downloads two.
 */
import { PLAN_DIGEST_ROWS } from '@ogp-embed/sdk';
import type { DataSlice } from './feed-controller.js';
import { WHOLE_FEED_ONLY } from './whole-feed-only.js';

/** What narrows a plan element's list: a search and its filters (attributes, and properties of the same names). */
const PLAN_NARROWING = ['query', 'status', 'institution', 'value', 'theme'] as const;

/** Reads one of the element's inputs: a property, or an attribute before the element is defined. */
export type ReadInput = (
  name: 'commitment' | 'plan' | 'forum' | 'page-size' | 'sort' | (typeof PLAN_NARROWING)[number],
) => unknown;

/**
 * A slice for an id; an object given as a property (or nothing) needs none. The single file reads
 * the whole feed (whole-feed-only.ts): no element there works out a slice.
 */
const named = (kind: DataSlice['kind'], value: unknown): DataSlice | undefined =>
  !WHOLE_FEED_ONLY && typeof value === 'string' && value ? { kind, id: value } : undefined;

export const commitmentSlice = (read: ReadInput) => named('commitment', read('commitment'));

/**
 * Whether a plan element starts on what the plan's digest shows whole: its first page in number
 * order (at most `PLAN_DIGEST_ROWS` commitments), nothing searched or filtered.
 */
export function startsOnDigest(read: ReadInput): boolean {
  if (WHOLE_FEED_ONLY) return true;
  const size = Number(read('page-size') ?? 0);
  const sorted = read('sort');
  return (
    (!(size >= 1) || Math.floor(size) <= PLAN_DIGEST_ROWS) &&
    (!sorted || sorted === 'number') &&
    PLAN_NARROWING.every((name) => !read(name))
  );
}

/** A plan's digest (a view of its list) while its element shows its first page as it starts, else its whole list. */
export function planSlice(read: ReadInput, wholeList = !startsOnDigest(read)): DataSlice | undefined {
  if (WHOLE_FEED_ONLY) return undefined;
  const part = named(wholeList ? 'plan' : 'plan-digest', read('plan'));
  return part && !wholeList ? { ...part, viewOf: 'plan' } : part;
}
/** No forum named: the element shows the feed's first, which only the whole feed says. */
export const forumSlice = (read: ReadInput) => named('forum', read('forum'));

/** A timeline shows a commitment's milestones, else a plan's co-creation (see `OgpTimeline.select`). */
export function timelineSlice(read: ReadInput): DataSlice | undefined {
  if (WHOLE_FEED_ONLY) return undefined;
  const commitment = read('commitment');
  const plan = read('plan');
  if (typeof commitment === 'object' && commitment) return undefined;
  // A plan's co-creation is in its digest, which is smaller than its list.
  return commitment && !(typeof plan === 'object' && plan)
    ? named('commitment', commitment)
    : named('plan-digest', plan);
}

/** The slice of each data element, by tag (the elements that fetch a feed to show). */
export const DATA_SLICES: Readonly<Record<string, (read: ReadInput) => DataSlice | undefined>> = {
  'ogp-commitment': commitmentSlice,
  'ogp-indicator': commitmentSlice,
  'ogp-timeline': timelineSlice,
  'ogp-plan': planSlice,
  'ogp-agreements': forumSlice,
};
