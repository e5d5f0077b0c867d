/** The lookups every feed client answers from its `getFeed`: a plan, a commitment, a forum, an institution. */
import { findCommitment, findForum, findInstitution, findPlan } from '../derive/lookups.js';
import { required } from './require-in-feed.js';
import type {
  CommitmentResult,
  FeedResponse,
  ForumResult,
  GetFeedOptions,
  InstitutionResult,
  PlanResult,
} from './types.js';

export abstract class FeedLookups {
  abstract getFeed(options?: GetFeedOptions): Promise<FeedResponse>;

  async getPlan(planId: string, options?: GetFeedOptions): Promise<PlanResult> {
    const { feed } = await this.getFeed(options);
    return { plan: required(findPlan(feed, planId), 'plan', planId), feed };
  }

  async getCommitment(commitmentId: string, options?: GetFeedOptions): Promise<CommitmentResult> {
    const { feed } = await this.getFeed(options);
    return { ...required(findCommitment(feed, commitmentId), 'commitment', commitmentId), feed };
  }

  async getForum(forumId: string, options?: GetFeedOptions): Promise<ForumResult> {
    const { feed } = await this.getFeed(options);
    return { forum: required(findForum(feed, forumId), 'forum', forumId), feed };
  }

  async getInstitution(institutionId: string, options?: GetFeedOptions): Promise<InstitutionResult> {
    const { feed } = await this.getFeed(options);
    return { institution: required(findInstitution(feed, institutionId), 'institution', institutionId), feed };
  }
}
