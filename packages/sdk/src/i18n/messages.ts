/**
 * Errors and parse issues said in any language the SDK speaks. This module holds every
 * language's words (for the CLI, a server, an app that shows issues): a bundle that only throws
 * or parses carries English's alone (an error's `message`), and the elements show readers their
 * own plain words, so neither imports this.
 */
import type { FeedIssue } from '../parse/issues.js';
import { WORDS_EN } from './words/en.js';
import { WORDS_ES } from './words/es.js';
import { WORDS_FR } from './words/fr.js';
import { WORDS_PT } from './words/pt.js';
import { pickLanguage } from './language.js';
import type { UiLanguage } from './language.js';
import { sayClause, sayError, sayIssue, sayPhrase } from './words.js';
import type { Words } from './words.js';

/** Every language's words for errors and issues. */
export const WORDS: Readonly<Record<UiLanguage, Words>> = /* @__PURE__ */ Object.freeze({
  en: WORDS_EN,
  es: WORDS_ES,
  pt: WORDS_PT,
  fr: WORDS_FR,
});

/** An `OgpError` (of any copy of the SDK) in the reader's language: `es-*` Spanish, `pt-*` Portuguese, `fr-*` French, else English. */
export function errorMessage(error: { code: string }, lang = 'en'): string {
  return sayError(error, WORDS[pickLanguage(lang)]);
}

/** A parse issue, path included, in the reader's language. */
export function issueMessage(issue: Pick<FeedIssue, 'path' | 'expected' | 'found'>, lang = 'en'): string {
  return sayIssue(issue, WORDS[pickLanguage(lang)].issues);
}

/** What an issue expected and found, in the reader's language (for a cell's note, a table's columns). */
export function issueParts(
  issue: Pick<FeedIssue, 'expected' | 'found'>,
  lang = 'en',
): { expected: string; found: string } {
  const { issues } = WORDS[pickLanguage(lang)];
  return { expected: sayPhrase(issue.expected, issues), found: sayPhrase(issue.found, issues) };
}

/** What an issue expected and found, as one clause without its path: "expected a date, found the text "x"". */
export function issueClause(issue: Pick<FeedIssue, 'expected' | 'found'>, lang = 'en'): string {
  return sayClause(issue, WORDS[pickLanguage(lang)].issues);
}
