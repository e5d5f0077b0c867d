/**
 * The reader's language: which of the SDK's own languages to speak, and a locale `Intl` accepts.
 */

/** The languages the SDK's own words (labels, messages) are written in. */
export type UiLanguage = 'es' | 'en' | 'pt' | 'fr';

/** Every language the SDK speaks, English (the fallback) first. */
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'es', 'pt', 'fr'];

/** The primary subtag of a language tag, lower-cased: `es-CL` → `es`. */
export function primarySubtag(tag: string): string {
  return tag.split('-', 1)[0]!.toLowerCase();
}

/**
 * Spanish for `es` and any `es-*`, Portuguese for `pt-*` (`pt-BR`, `pt-PT`), French for `fr-*`
 * (`fr-CA`); English for anything else, including no language at all. The full tag still goes to
 * `Intl` (see `intlLocale`), so `pt-BR` and `pt-PT` keep their own dates and numbers.
 */
export function pickLanguage(lang: string | undefined): UiLanguage {
  const primary = lang === undefined ? '' : primarySubtag(lang);
  return primary === 'es' || primary === 'pt' || primary === 'fr' ? primary : 'en';
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
