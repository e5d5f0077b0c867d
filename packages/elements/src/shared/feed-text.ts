/**
 * Text from the feed, in the reader's language when the feed has it, marked with its own
 * language when it is in another (WCAG 3.1.2: a Spanish title on an English page is read
 * with Spanish pronunciation).
 */
import { resolveText, textLanguage } from '@ogp-embed/sdk';
import type { LocalizedText } from '@ogp-embed/sdk';

export interface FeedText {
  text: string;
  /** Set only when the text is in another language than the reader's. */
  lang?: string;
}

const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

export function feedText(value: LocalizedText | undefined, locale: string, feedLang?: string): FeedText {
  const text = resolveText(value, locale, feedLang);
  const lang = textLanguage(value, locale, feedLang);
  return lang && primary(lang) !== primary(locale) ? { text, lang } : { text };
}
