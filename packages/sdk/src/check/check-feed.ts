/**
 * The feed format's check without zod: the validator generated from the zod schemas
 * (check/feed-validator.ts). Same output and issues as the zod `Feed` schema's `safeParse`.
 */
import type { Feed } from '../schema/feed.js';
import { feedValidator } from './feed-validator.js';
import type { SchemaIssue, Validator } from './validators.js';

export type FeedCheck = { success: true; data: Feed } | { success: false; issues: SchemaIssue[] };

/** Built on first use: a page that never parses a feed does not pay for it. */
let validate: Validator | undefined;

/** Checks a value against the feed format; never throws. */
export function checkFeed(value: unknown): FeedCheck {
  validate ??= feedValidator();
  const issues: SchemaIssue[] = [];
  const data = validate(value, issues);
  return issues.length === 0 ? { success: true, data: data as Feed } : { success: false, issues };
}
