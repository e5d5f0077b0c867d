/** Text in each language the SDK speaks: what its errors, parse issues and labels carry. */

/**
 * A sentence as a key and its arguments (`['one-of', '"a", "b"']`): how an issue's words are said
 * in the languages a parse does not write eagerly (Portuguese and French, see parse/issue-words.ts).
 */
export type Phrase = readonly [key: string, ...args: Array<string | number | boolean>];

/**
 * Text in English and Spanish, written as it is made; the other languages the SDK speaks come
 * from `phrase`, or are written out (`pt`, `fr`) where no bundle for a browser carries them (the CLI).
 * `bilingualText` (parse/issues.ts) says it in the reader's language.
 */
export interface Bilingual {
  en: string;
  es: string;
  pt?: string;
  fr?: string;
  phrase?: Phrase;
}
