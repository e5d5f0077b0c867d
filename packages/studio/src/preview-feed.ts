/**
 * What the page needs of a big feed, without sending it whole across to the page's thread (a
 * feed of 50,000 commitments would stall the page for seconds while it is copied): a catalogue of
 * ids and titles to pick from, and for the one picked a feed holding only what its element shows.
 */
import type { Feed } from '@ogp-embed/sdk';
import type { EntityKind } from './words.js';

export interface CatalogItem {
  id: string;
  /** The title as the feed has it (a text, or one per language). */
  title: unknown;
}

export interface Catalog {
  defaultLanguage: string;
  plans: CatalogItem[];
  commitments: CatalogItem[];
  forums: CatalogItem[];
}

export function catalogOf(feed: Feed): Catalog {
  return {
    defaultLanguage: feed.defaultLanguage,
    plans: feed.plans.map((plan) => ({ id: plan.id, title: plan.title })),
    commitments: feed.plans.flatMap((plan) =>
      plan.commitments.map((c) => ({ id: c.id, title: c.shortTitle ?? c.title })),
    ),
    forums: feed.forums.map((forum) => ({ id: forum.id, title: forum.name })),
  };
}

/**
 * The feed cut down to one plan, commitment or forum, with the feed's head and institutions (which
 * a card names): a commitment with its plan holding it alone, a plan with its commitments, a
 * forum without the plans.
 */
export function previewFeed(feed: Feed, kind: EntityKind, id: string): Feed | undefined {
  if (kind === 'forum') {
    const forum = feed.forums.find((f) => f.id === id);
    return forum && { ...feed, plans: [], forums: [forum] };
  }
  if (kind === 'plan') {
    const plan = feed.plans.find((p) => p.id === id);
    return plan && { ...feed, plans: [plan], forums: [] };
  }
  for (const plan of feed.plans) {
    const commitment = plan.commitments.find((c) => c.id === id);
    if (commitment) return { ...feed, plans: [{ ...plan, commitments: [commitment] }], forums: [] };
  }
  return undefined;
}
