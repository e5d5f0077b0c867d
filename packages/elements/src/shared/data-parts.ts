/**
 * Which published part of the feed holds what each data element shows, from its `commitment`,
 * `plan` or `forum` (attribute or property). One table for the elements (`dataPart()`) and for
 * the loader's prefetch, which reads attributes before the element is defined: both must ask
 * for the same document, or the page downloads two.
 */
import type { DataPart } from './feed-controller.js';

/** Reads one of the element's inputs: a property, or an attribute before the element is defined. */
export type ReadInput = (name: 'commitment' | 'plan' | 'forum') => unknown;

/** A part for an id; an object given as a property (or nothing) needs none. */
const named = (kind: DataPart['kind'], value: unknown): DataPart | undefined =>
  typeof value === 'string' && value ? { kind, id: value } : undefined;

export const commitmentPart = (read: ReadInput) => named('commitment', read('commitment'));
export const planPart = (read: ReadInput) => named('plan', read('plan'));
/** No forum named: the element shows the feed's first, which only the whole feed says. */
export const forumPart = (read: ReadInput) => named('forum', read('forum'));

/** A timeline shows a commitment's milestones, else a plan's co-creation (see `OgpTimeline.select`). */
export function timelinePart(read: ReadInput): DataPart | undefined {
  const commitment = read('commitment');
  const plan = read('plan');
  if (typeof commitment === 'object' && commitment) return undefined;
  return commitment && !(typeof plan === 'object' && plan) ? named('commitment', commitment) : named('plan', plan);
}

/** The part of each data element, by tag (the elements that fetch a feed to show). */
export const DATA_PARTS: Readonly<Record<string, (read: ReadInput) => DataPart | undefined>> = {
  'ogp-commitment': commitmentPart,
  'ogp-indicator': commitmentPart,
  'ogp-timeline': timelinePart,
  'ogp-plan': planPart,
  'ogp-agreements': forumPart,
};
