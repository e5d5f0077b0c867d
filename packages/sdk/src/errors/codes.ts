/**
 * What each error the SDK throws carries: a stable code and the fields that say what happened,
 * never words. Each language puts them into words in `i18n/words/<lang>.ts`, and
 * `errorMessage` (i18n/words.ts) says an error in a reader's language.
 */
import type { FeedIssue } from '../parse/issues.js';

export type FeedFormatReason = 'empty' | 'not-utf8' | 'not-json' | 'html';

export type NotFoundKind = 'plan' | 'commitment' | 'forum' | 'institution' | 'indicator';

/** What an element was given that it cannot work with (see `ElementMisuseError` in the elements). */
export type MisuseProblem = 'no-src' | 'no-id' | 'wrong-attribute';

/** The fields of each error code, as the error carries them. */
export interface ErrorFields {
  'feed-http': { status: number; noCopy?: boolean };
  'feed-timeout': { timeout: number; stalled?: boolean };
  'feed-network': { url: string };
  'feed-format': { reason: FeedFormatReason };
  'feed-url': { url: string };
  'feed-validation': { issues: readonly FeedIssue[] };
  /** `within`: the commitment an indicator was looked for in. */
  'not-found': { kind: NotFoundKind; id: string; within?: string };
  /** `element`: the tag; `attribute`: the one to use (`wrong-attribute`: `given="value"` was written instead). */
  'element-misuse': { element: string; problem: MisuseProblem; attribute: string; given?: string; value?: string };
  /** A failure the SDK did not foresee; its `cause` says more. */
  unexpected: Record<string, never>;
}

export type ErrorCode = keyof ErrorFields;

/** Every code, for tests and tools that walk them all. */
export const ERROR_CODES: readonly ErrorCode[] = [
  'feed-http',
  'feed-timeout',
  'feed-network',
  'feed-format',
  'feed-url',
  'feed-validation',
  'not-found',
  'element-misuse',
  'unexpected',
];
