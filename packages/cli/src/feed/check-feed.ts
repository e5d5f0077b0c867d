/**
 * A feed's text checked as `validate` checks it: leniently, so that one bad commitment does not
 * hide the problems of the others (strict parsing stops at the schema and never reaches the
 * cross-reference checks); any error makes the feed invalid, exactly as strict parsing would.
 */
import { parseFeed } from '@ogp-embed/sdk';
import type { FeedIssue } from '@ogp-embed/sdk';
// A type only: erased, so this module stays free of Node.
import type { FolderProblem } from '../publish/check-folder.js';

export interface ValidationReport {
  source: string;
  valid: boolean;
  errors: number;
  warnings: number;
  plans: number;
  commitments: number;
  issues: Array<Omit<FeedIssue, 'segments'>>;
  /** For a published folder: how its parts compare with its feed.json. */
  published?: { checked: number; problems: FolderProblem[] };
}

/** Checks feed text; `valid` as `parseFeed(text, { mode: 'strict' })` would say. */
export function checkFeedText(text: string, source: string): ValidationReport {
  const lenient = parseFeed(text, { mode: 'lenient' });
  const errors = lenient.issues.filter((i) => i.severity === 'error').length;
  const warnings = lenient.issues.length - errors;
  const plans = lenient.feed?.plans ?? [];
  return {
    source,
    valid: errors === 0,
    errors,
    warnings,
    plans: plans.length,
    commitments: plans.reduce((sum, plan) => sum + plan.commitments.length, 0),
    issues: lenient.issues.map(({ segments: _segments, ...issue }) => issue),
  };
}
