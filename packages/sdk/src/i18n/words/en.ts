/**
 * English words for the SDK's errors and parse issues (codes and fields in, sentences out; see
 * ../words.ts). A module apart from the labels: a page's bundle takes English's for `message`
 * without any language's labels.
 */
import type { Words } from '../words.js';

const seconds = (ms: number) => {
  const value = ms / 1000;
  return `${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(value)} ${value === 1 ? 'second' : 'seconds'}`;
};
const bound = (word: string) => (strict: unknown, limit: unknown) =>
  `${word} ${strict ? '' : 'or equal to '}${String(limit)}`;
const NOT_FOUND = {
  plan: 'Action plan',
  commitment: 'Commitment',
  forum: 'Forum',
  institution: 'Institution',
} as const;

/** The SDK's errors and parse issues in English: also every error's `message`, for developers. */
export const WORDS_EN: Words = {
  errors: {
    'feed-http': ({ status, noCopy }) =>
      `The feed could not be loaded: HTTP ${status}${noCopy ? ' (not modified, but there is no copy to reuse)' : ''}`,
    'feed-timeout': ({ timeout }) => `The feed did not answer within ${seconds(timeout)}`,
    // A browser reports a CORS refusal exactly like a network failure, so both are named.
    'feed-network': () =>
      "The feed could not be reached: the network failed, or the feed's server does not allow this site to read it (CORS)",
    'feed-format': ({ reason }) =>
      reason === 'empty'
        ? 'The feed is empty: the server sent no content'
        : reason === 'not-utf8'
          ? 'The feed could not be read: it is not UTF-8 text'
          : reason === 'html'
            ? // Static hosts often answer a wrong address with their HTML home page and status 200.
              'The feed could not be read: the server sent a web page instead of JSON (check the feed address)'
            : 'The feed could not be read: it is not valid JSON',
    'feed-url': () => 'The feed address is not a web address (http or https)',
    'feed-validation': ({ first, more }) =>
      `The feed was rejected: ${first ?? 'it is not a feed'}${more > 0 ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : ''}`,
    'not-found': ({ kind, id, within }) =>
      kind === 'indicator'
        ? `Commitment ${within ?? ''} has no indicator ${id}`
        : `${NOT_FOUND[kind] ?? 'Item'} ${id} is not in this feed`,
    'element-misuse': ({ element, problem, attribute, given, value = '…' }) =>
      problem === 'no-src'
        ? `<${element}> has no src: add src="…/feed.json" (the feed's address), or place it inside <ogp-feed src="…">`
        : problem === 'wrong-attribute'
          ? `<${element}> has ${given}= but reads ${attribute}=: write ${attribute}="${value}" to choose what it shows`
          : `<${element}> has no ${attribute}: add ${attribute}="…" to choose what it shows`,
    unexpected: () => 'The feed could not be loaded',
  },
  issues: {
    clause: (expected, found) => `expected ${expected}, found ${found}`,
    at: (where, clause) => `${where}: ${clause}`,
    root: 'feed',
    phrases: {
      text: () => 'text: a string, or an object of language tags to strings ({"es": "…", "en": "…"})',
      date: () => 'a date written YYYY, YYYY-MM or YYYY-MM-DD',
      'real-day': () => 'a day that exists in the calendar',
      'due-date': () => 'a date written YYYY, YYYY-MM or YYYY-MM-DD, or "asap"',
      timestamp: () => 'a timestamp such as 2026-01-31T12:00:00Z',
      'web-url': () => 'an http:// or https:// address',
      contact: () => 'an http(s) address, a mailto: link or an e-mail address',
      id: () => 'an identifier of letters, digits, "_", ".", ":" or "-" (at most 64)',
      'language-tag': () => 'a language tag such as es or en-GB',
      'schema-version': () => 'a version 1.x of the format',
      'non-empty': () => 'a non-empty text',
      'type-string': () => 'a string',
      'type-number': () => 'a number',
      'type-int': () => 'a whole number',
      'type-boolean': () => 'true or false',
      'type-object': () => 'an object',
      'type-array': () => 'a list',
      'one-of': (options) => `one of ${options}`,
      'number-greater': bound('a number greater than'),
      'number-less': bound('a number less than'),
      'length-greater': bound('a length greater than'),
      'length-less': bound('a length less than'),
      'valid-format': (format) => `a valid ${format}`,
      'unique-id': () => 'an id not used before in the feed',
      'known-institution': () => "the id of one of the feed's institutions",
      'known-commitment': () => 'the id of a commitment of this feed',
      'due-before-end': (end) => `a due date no later than the commitment's end (${end})`,
      'json-document': () => 'a JSON document',
      'empty-body': () => 'an empty body',
      'html-page': () => 'a web page (HTML)',
      'not-json': (detail) => `text that is not JSON (${detail})`,
      missing: () => 'nothing (the field is missing)',
      list: (n) => `a list of ${n}`,
      object: () => 'an object',
      'quoted-text': (quoted) => `the text ${quoted}`,
      number: (n) => `the number ${n}`,
      'as-is': (value) => String(value),
    },
  },
};
