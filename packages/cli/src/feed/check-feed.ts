/**
 * A feed's text checked as `validate` checks it: leniently, so that one bad commitment does not
 * hide the problems of the others (strict parsing stops at the schema and never reaches the
 * cross-reference checks); any error makes the feed invalid, exactly as strict parsing would.
 */
import { parseFeed } from '@ogp-embed/sdk';
import type { FeedIssue, ParseResult } from '@ogp-embed/sdk';
// Types only: erased, so this module stays free of Node.
import type { FolderProblem } from '../publish/check-folder.js';
import type { HostAdvice } from '../publish/host-headers.js';

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
  /** For an address: what its host's headers need (CORS, type, compression, caching). */
  host?: HostAdvice[];
}

/**
 * Checks a feed's text, or the value its text parsed to (a large feed is parsed once);
 * `valid` as `parseFeed(text, { mode: 'strict' })` would say.
 */
export function checkFeedText(text: unknown, source: string): ValidationReport {
  return reportOf(parseFeed(text, { mode: 'lenient' }), source);
}

/** The report of a lenient parse already made (`validate <folder>` reads the whole once). */
export function reportOf(lenient: ParseResult, source: string): ValidationReport {
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
