/**
 * The reader's language: which of the SDK's own languages to speak, and a locale `Intl` accepts.
 */

/** The languages the SDK's own words (labels, messages) are written in. */
export type UiLanguage = 'es' | 'en';

/** The primary subtag of a language tag, lower-cased: `es-CL` → `es`. */
export function primarySubtag(tag: string): string {
  return tag.split('-', 1)[0]!.toLowerCase();
}

/** Spanish for `es` and any `es-*`; English for anything else, including no language at all. */
export function pickLanguage(lang: string | undefined): UiLanguage {
  return lang !== undefined && primarySubtag(lang) === 'es' ? 'es' : 'en';
}

/**
 * A locale `Intl` will not throw on. A page's `lang` attribute can hold anything (`""`, `"x"`,
 * `"es_CL"`), and a formatter that throws would blank a whole widget.
 */
export function intlLocale(lang: string | undefined): string {
  if (lang) {
    try {
      const [canonical] = Intl.getCanonicalLocales(lang);
      if (canonical) return canonical;
    } catch {
      // Not a well-formed tag: fall through to the language the SDK speaks for it.
    }
  }
  return pickLanguage(lang?.replace(/_/g, '-'));
}
