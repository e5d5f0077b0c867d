/**
 * Finding entities of a feed by id. A reference that does not resolve is `undefined` here;
 * `institutionName` still shows it, as the raw id.
 */
import type { ActionPlan, Commitment, Feed, Forum, Institution } from '../schema/feed.js';
import { resolveText } from '../i18n/resolve-text.js';

export function findPlan(feed: Feed, planId: string): ActionPlan | undefined {
  return feed.plans.find((plan) => plan.id === planId);
}

/** The commitment with that id and the plan that holds it. */
export function findCommitment(
  feed: Feed,
  commitmentId: string,
): { commitment: Commitment; plan: ActionPlan } | undefined {
  for (const plan of feed.plans) {
    const commitment = plan.commitments.find((c) => c.id === commitmentId);
    if (commitment) return { commitment, plan };
  }
  return undefined;
}

export function findInstitution(feed: Feed, id: string): Institution | undefined {
  return feed.institutions.find((institution) => institution.id === id);
}

export function findForum(feed: Feed, id: string): Forum | undefined {
  return feed.forums.find((forum) => forum.id === id);
}

/** The institution's name in the reader's language; the id itself when the feed does not know it. */
export function institutionName(feed: Feed, id: string, lang: string): string {
  const institution = findInstitution(feed, id);
  if (!institution) return id;
  return resolveText(institution.name, lang, feed.defaultLanguage) || id;
}
