/**
 * The English sentence of a parse issue, for developers and logs. Apart from issues.ts, which
 * the words import for the issue's shape: the words stand above the issues, this above both.
 */
import type { Phrase } from '../i18n/phrase.js';
import { WORDS_EN } from '../i18n/words/en.js';
import { sayIssue } from '../i18n/words.js';

/** The English sentence of an issue at `path`. */
export function composeMessage(path: string, expected: Phrase, found: Phrase): string {
  return sayIssue({ path, expected, found }, WORDS_EN.issues);
}
