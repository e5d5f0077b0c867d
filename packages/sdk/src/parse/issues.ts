/**
 * A parse issue a person can act on: where (a JSON path), what was expected and what was found,
 * each a phrase (a key and its arguments, no words). `message` is the English sentence, for
 * developers and logs; `issueMessage(issue, lang)` (i18n/messages.ts) says it in a reader's
 * language, from that language's words (i18n/words/<lang>.ts).
 */
import { WORDS_EN } from '../i18n/words/en.js';
import { sayIssue } from '../i18n/words.js';
import type { Phrase } from '../i18n/words.js';

export type IssueSeverity = 'error' | 'warning';

export type IssueCode =
  | 'invalid-json'
  | 'empty'
  | 'invalid-type'
  | 'invalid-value'
  | 'invalid-format'
  | 'out-of-range'
  | 'duplicate-id'
  | 'unknown-institution'
  | 'unknown-carried-forward'
  | 'due-after-end'
  | 'invalid';

export type PathSegment = string | number;

export interface FeedIssue {
  severity: IssueSeverity;
  code: IssueCode;
  /** JSON path in the feed: `plans[0].commitments[3].milestones[1].due`; `""` for the whole feed. */
  path: string;
  segments: PathSegment[];
  /** What the field should hold, as a phrase: `['real-day']`, `['one-of', '"a", "b"']`. */
  expected: Phrase;
  /** What it held: `['quoted-text', '"2021-02-30"']`, `['missing']`. */
  found: Phrase;
  /** The whole sentence in English, path included (for logs; a reader's language: `issueMessage`). */
  message: string;
  /** In lenient mode, the path of the entity left out because of this issue. */
  dropped?: string;
}

/** `["plans", 0, "title"]` becomes `plans[0].title`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) path += path ? `.${segment}` : segment;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

const MAX_SHOWN = 40;

/** A short, safe rendering of what a field held, for messages. */
export function describeFound(value: unknown, present = true): Phrase {
  if (!present || value === undefined) return ['missing'];
  // null, true and false read the same in every language.
  if (value === null || typeof value === 'boolean') return ['as-is', String(value)];
  if (Array.isArray(value)) return ['list', value.length];
  if (typeof value === 'object') return ['object'];
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
    return ['quoted-text', JSON.stringify(shown)];
  }
  if (typeof value === 'number') return ['number', value];
  return ['as-is', typeof value];
}

/** The English sentence of an issue at `path`. */
export function composeMessage(path: string, expected: Phrase, found: Phrase): string {
  return sayIssue({ path, expected, found }, WORDS_EN.issues);
}
