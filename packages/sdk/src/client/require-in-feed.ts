/** The feed's lookups (`derive/lookups.ts`), turned into a `NotFoundError` an element shows as is. */
import { findCommitment, findForum, findInstitution, findPlan } from '../derive/lookups.js';
import { NotFoundError } from '../errors/not-found-error.js';
import type { ActionPlan, Commitment, Feed, Forum, Institution } from '../schema/feed.js';

export function requirePlan(feed: Feed, planId: string): ActionPlan {
  const plan = findPlan(feed, planId);
  if (!plan) throw new NotFoundError('plan', planId);
  return plan;
}

export function requireCommitment(feed: Feed, commitmentId: string): { commitment: Commitment; plan: ActionPlan } {
  const found = findCommitment(feed, commitmentId);
  if (!found) throw new NotFoundError('commitment', commitmentId);
  return found;
}

export function requireForum(feed: Feed, forumId: string): Forum {
  const forum = findForum(feed, forumId);
  if (!forum) throw new NotFoundError('forum', forumId);
  return forum;
}

export function requireInstitution(feed: Feed, institutionId: string): Institution {
  const institution = findInstitution(feed, institutionId);
  if (!institution) throw new NotFoundError('institution', institutionId);
  return institution;
}
