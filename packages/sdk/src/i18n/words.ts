/**
 * One way to say things: an error or a parse issue carries a code and its fields (errors/codes.ts,
 * parse/issues.ts); each language's module (`words/<lang>.ts`) puts them into words, as zod's
 * locales do. The SDK, the elements and the CLI all say them through `sayError` and `sayIssue`.
 *
 * Types and the two sayers only, with no run-time import: an error's English `message` is said
 * through here, so every bundle that throws carries it (and English's words, nothing else).
 */
import type { ErrorCode, ErrorFields } from '../errors/codes.js';
import type { FeedIssue } from '../parse/issues.js';

export type { Phrase, PhraseArg, PhraseKey } from './phrase.js';
import type { Phrase, PhraseArg, PhraseKey } from './phrase.js';

/** A phrase's words: its arguments in, a sentence out. */
export type Say = (...args: PhraseArg[]) => string;

export interface IssueWords {
  /** What was expected and what was found (`missing`: nothing was; some languages negate the verb). */
  clause: (expected: string, found: string, missing: boolean) => string;
  /** The clause placed: "plans[0].title: …". */
  at: (where: string, clause: string) => string;
  /** How the feed itself is named when the issue is at its root (path ""). */
  root: string;
  phrases: Record<PhraseKey, Say>;
}

/** A sentence for each error code, from that code's fields (`feed-validation`: its first error already said, and how many more). */
export type ErrorWords = {
  [C in Exclude<ErrorCode, 'feed-validation'>]: (fields: ErrorFields[C]) => string;
} & {
  'feed-validation': (fields: { first: string | undefined; more: number }) => string;
};

/** One language's words for the SDK's errors and parse issues. */
export interface Words {
  errors: ErrorWords;
  issues: IssueWords;
}

/** A phrase in `words`' language; an unknown key (from a newer SDK) shows its first argument, or the key. */
export function sayPhrase(phrase: Phrase, words: IssueWords): string {
  const [key, ...args] = phrase;
  return Object.hasOwn(words.phrases, key) ? words.phrases[key](...args) : String(args[0] ?? key);
}

/** What a parse issue expected and found, in `words`' language (no path: a sheet's cell says where). */
export function sayClause(issue: Pick<FeedIssue, 'expected' | 'found'>, words: IssueWords): string {
  return words.clause(sayPhrase(issue.expected, words), sayPhrase(issue.found, words), issue.found[0] === 'missing');
}

/** A parse issue as a sentence in `words`' language, its path first. */
export function sayIssue(issue: Pick<FeedIssue, 'path' | 'expected' | 'found'>, words: IssueWords): string {
  return words.at(issue.path || words.root, sayClause(issue, words));
}

/**
 * An error (of this copy of the SDK or another: it reads the code and fields, not the class) as a
 * sentence in `words`' language. A code it has no words for is said as the unexpected failure.
 */
export function sayError(error: { code: string }, words: Words): string {
  const { code } = error;
  if (code === 'feed-validation') {
    const issues = (error as unknown as ErrorFields['feed-validation']).issues ?? [];
    const errors = issues.filter((issue) => issue.severity === 'error');
    const first = errors[0] ?? issues[0];
    return words.errors['feed-validation']({
      first: first && sayIssue(first, words.issues),
      more: Math.max(errors.length - 1, 0),
    });
  }
  const say = Object.hasOwn(words.errors, code)
    ? words.errors[code as Exclude<ErrorCode, 'feed-validation'>]
    : words.errors.unexpected;
  return (say as (fields: unknown) => string)(error);
}
