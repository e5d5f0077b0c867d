/**
 * The one fallback rule for localised text. A feed's text is a plain string (in the feed's
 * default language) or a map of language tags to strings; the reader asks for one language.
 */
import type { LocalizedText } from '../schema/primitives.js';
import { primarySubtag } from './language.js';

interface Resolved {
  text: string;
  /** The tag of the text chosen; `undefined` when unknown (a plain string without a default language). */
  lang: string | undefined;
}

const NOTHING: Resolved = { text: '', lang: undefined };

/** A map's entries that hold text: an empty string is a translation nobody wrote. */
function writtenEntries(map: Record<string, string>): Array<[string, string]> {
  return Object.entries(map).filter(([, value]) => value.trim() !== '');
}

/** Exact tag, else its primary subtag, else any tag sharing that primary subtag. */
function match(entries: Array<[string, string]>, wanted: string): [string, string] | undefined {
  const tag = wanted.toLowerCase();
  const primary = primarySubtag(tag);
  return (
    entries.find(([key]) => key.toLowerCase() === tag) ??
    entries.find(([key]) => key.toLowerCase() === primary) ??
    entries.find(([key]) => primarySubtag(key) === primary)
  );
}

function resolve(text: LocalizedText | undefined, lang: string, fallbackLang?: string): Resolved {
  if (text === undefined) return NOTHING;
  if (typeof text === 'string') return { text, lang: fallbackLang };
  const entries = writtenEntries(text);
  for (const tag of [lang, fallbackLang, 'es', 'en']) {
    const found = tag ? match(entries, tag) : undefined;
    if (found) return { text: found[1], lang: found[0] };
  }
  const [first] = entries;
  return first ? { text: first[1], lang: first[0] } : NOTHING;
}

/**
 * The text in the reader's language `lang`: the exact tag (`es-CL`), else its primary subtag
 * (`es`), else any tag with that primary subtag (`es-MX`), else `fallbackLang` (the feed's
 * `defaultLanguage`), else `es`, else `en`, else whatever is there. `''` when there is no text.
 */
export function resolveText(text: LocalizedText | undefined, lang: string, fallbackLang?: string): string {
  return resolve(text, lang, fallbackLang).text;
}

/**
 * The language tag of the text `resolveText` picks with the same arguments, so an element can
 * mark text shown in another language than the reader's with `lang` (WCAG 3.1.2). A plain
 * string is in `fallbackLang`; `undefined` when that is not known or there is no text.
 */
export function textLanguage(text: LocalizedText | undefined, lang: string, fallbackLang?: string): string | undefined {
  return resolve(text, lang, fallbackLang).lang;
}
