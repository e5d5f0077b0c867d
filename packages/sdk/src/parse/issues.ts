/**
 * A parse issue a person can act on: where (a JSON path), what was expected, what was found,
 * said in English and Spanish.
 */
import type { Bilingual } from '../i18n/bilingual.js';
import { pickLanguage } from '../i18n/language.js';
import { ISSUE_WORDS, say } from './issue-words.js';

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
  expected: Bilingual;
  found: Bilingual;
  /** The whole sentence, path included. */
  message: Bilingual;
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

/** What a missing field "holds". */
const MISSING: Bilingual = { en: 'nothing (the field is missing)', es: 'nada (falta el campo)', phrase: ['missing'] };

/** A short, safe rendering of what a field held, for messages. */
export function describeFound(value: unknown, present = true): Bilingual {
  if (!present || value === undefined) return MISSING;
  // null, true and false read the same in every language.
  if (value === null || typeof value === 'boolean') return { en: `${value}`, es: `${value}` };
  if (Array.isArray(value)) {
    return { en: `a list of ${value.length}`, es: `una lista de ${value.length}`, phrase: ['list', value.length] };
  }
  if (typeof value === 'object') return { en: 'an object', es: 'un objeto', phrase: ['object'] };
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
    const quoted = JSON.stringify(shown);
    return { en: `the text ${quoted}`, es: `el texto ${quoted}`, phrase: ['quoted-text', quoted] };
  }
  if (typeof value === 'number') return { en: `the number ${value}`, es: `el número ${value}`, phrase: ['number', value] };
  return { en: typeof value, es: typeof value };
}

/**
 * "expected a date, found the text "2021-02-30"" in each language. Spanish negates the verb
 * with "nada": "no se encontró nada", never "se encontró nada".
 */
export function expectedFound(expected: Bilingual, found: Bilingual): Bilingual {
  return {
    en: `expected ${expected.en}, found ${found.en}`,
    es: `se esperaba ${expected.es}, ${found.es === MISSING.es ? 'no ' : ''}se encontró ${found.es}`,
  };
}

export function composeMessage(path: string, expected: Bilingual, found: Bilingual): Bilingual {
  const where = path || 'feed';
  const sentence = expectedFound(expected, found);
  return { en: `${where}: ${sentence.en}`, es: `${where}: ${sentence.es}` };
}

/**
 * Bilingual text in the reader's language: Spanish for any `es-*`, Portuguese and French through
 * its `phrase` when it has one, else English.
 */
export function bilingualText(text: Bilingual, lang = 'en'): string {
  const ui = pickLanguage(lang);
  if (ui === 'es' || ui === 'en') return text[ui];
  return text[ui] ?? (text.phrase && say(text.phrase, ISSUE_WORDS[ui])) ?? text.en;
}

/** What an issue expected and found, in the reader's language (see `issueMessage`). */
export function issueParts(issue: Pick<FeedIssue, 'expected' | 'found'>, lang = 'en'): { expected: string; found: string } {
  return { expected: bilingualText(issue.expected, lang), found: bilingualText(issue.found, lang) };
}

/**
 * The message of an issue in the reader's language: Spanish for any `es-*`, Portuguese for
 * `pt-*` and French for `fr-*` (from the issue's phrases, see issue-words.ts), else English.
 * An issue made without phrases (by older code) reads in English in Portuguese and French.
 */
export function issueMessage(
  issue: Pick<FeedIssue, 'message'> & Partial<Pick<FeedIssue, 'expected' | 'found' | 'path'>>,
  lang = 'en',
): string {
  const ui = pickLanguage(lang);
  if (ui === 'es' || ui === 'en') return issue.message[ui];
  const words = ISSUE_WORDS[ui];
  const expected = issue.expected?.phrase && say(issue.expected.phrase, words);
  const found = issue.found && (issue.found.phrase ? say(issue.found.phrase, words) : issue.found.en);
  return expected && found !== undefined
    ? words.compose(issue.path || words.root, expected, found, issue.found?.phrase?.[0] === 'missing')
    : issue.message.en;
}
