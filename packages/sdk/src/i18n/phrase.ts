/**
 * A phrase as data (a key and its arguments, no words): what an issue expected or found. A leaf
 * module, so that the issues, the errors and the words can all name it without importing each other.
 */

/** The keys of what an issue expected or found (each language has a sentence for every one). */
export type PhraseKey =
  // What a field expects.
  | 'text'
  | 'date'
  | 'real-day'
  | 'due-date'
  | 'timestamp'
  | 'web-url'
  | 'contact'
  | 'id'
  | 'language-tag'
  | 'schema-version'
  | 'non-empty'
  | 'type-string'
  | 'type-number'
  | 'type-int'
  | 'type-boolean'
  | 'type-object'
  | 'type-array'
  | 'one-of'
  | 'number-greater'
  | 'number-less'
  | 'length-greater'
  | 'length-less'
  | 'valid-format'
  | 'unique-id'
  | 'known-institution'
  | 'known-commitment'
  | 'due-before-end'
  | 'json-document'
  // What a field held.
  | 'empty-body'
  | 'html-page'
  | 'not-json'
  | 'missing'
  | 'list'
  | 'object'
  | 'quoted-text'
  | 'number'
  // Shown as it is, in every language (`null`, `true`, a check's own name).
  | 'as-is';

export type PhraseArg = string | number | boolean;

/** A phrase as data: its key and its arguments (`['one-of', '"a", "b"']`). */
export type Phrase = readonly [key: PhraseKey, ...args: PhraseArg[]];
