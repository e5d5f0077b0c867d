/**
 * Text written out in each language as it is made: what the CLI's importers say about a sheet's
 * cells. The SDK's own errors and issues are not written so: they carry codes and fields, put into
 * words by each language's module (see words.ts).
 */
import { pickLanguage } from './language.js';

export interface LanguageTexts {
  en: string;
  es: string;
  pt?: string;
  fr?: string;
}

/** The text in the reader's language, English when it has none in that language. */
export function languageText(text: LanguageTexts, lang = 'en'): string {
  return text[pickLanguage(lang)] ?? text.en;
}
