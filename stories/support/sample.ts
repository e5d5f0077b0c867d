/**
 * The real Chile sample feed (`examples/feeds/chile.json`), parsed by the SDK exactly as an
 * element would parse it, for the stories that pass data by property.
 */
import { findCommitment, findForum, findPlan, parseFeed } from '@ogp-embed/sdk';
import type { ActionPlan, Commitment, Feed, Forum } from '@ogp-embed/sdk';
import chile from '../../examples/feeds/chile.json';

function load(): Feed {
  const result = parseFeed(chile, { mode: 'lenient' });
  if (!result.feed) throw new Error(`The sample feed no longer parses: ${JSON.stringify(result.issues[0])}`);
  return result.feed;
}

export const sampleFeed: Feed = load();

/**
 * Stories show the data as of one fixed day, so that "overdue" and "due soon" do not drift as
 * the calendar moves: the day after the 6th plan's illustrative progress report (2025-06).
 */
export const STORY_NOW = new Date('2025-07-01T12:00:00Z');

/** Where the sample is served in Storybook (`staticDirs` in .storybook/main.ts). */
export const SAMPLE_SRC = 'feeds/chile.json';

export function sampleCommitment(id: string): Commitment {
  const found = findCommitment(sampleFeed, id);
  if (!found) throw new Error(`${id} is not in the sample feed`);
  return found.commitment;
}

export function samplePlan(id: string): ActionPlan {
  const plan = findPlan(sampleFeed, id);
  if (!plan) throw new Error(`${id} is not in the sample feed`);
  return plan;
}

export function sampleForum(id = 'mesa-gobierno-abierto'): Forum {
  const forum = findForum(sampleFeed, id);
  if (!forum) throw new Error(`${id} is not in the sample feed`);
  return forum;
}
