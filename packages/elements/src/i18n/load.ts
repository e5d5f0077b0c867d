/**
 * Each language's words are a module of their own, imported the first time an element speaks
 * that language: a bundler makes each one a chunk, so an es/en page downloads no Portuguese or
 * French and a pt-BR page nothing but Portuguese. Each language module imports nothing at run
 * time but its own SDK labels, so its chunk stands alone (the classic script imports it too).
 */
import type { Lang, Strings } from './strings.js';

const IMPORTS: Record<Lang, () => Promise<{ default: Strings }>> = {
  en: () => import('./en.js'),
  es: () => import('./es.js'),
  pt: () => import('./pt.js'),
  fr: () => import('./fr.js'),
};

/** `ogp-embed.bundle.js`'s build defines it true (rollup.config.js); every other build, and tests, have none. */
declare const OGP_SINGLE_FILE: boolean | undefined;
const SINGLE_FILE = typeof OGP_SINGLE_FILE === 'boolean' && OGP_SINGLE_FILE;

const loaded: Partial<Record<Lang, Strings>> = {};
const loading: Partial<Record<Lang, Promise<Strings>>> = {};

/**
 * A language's words when they have arrived (`undefined` until then), in the region of `locale`
 * where the language has words of its own for it (`pt-PT`: Portugal's; see regions.ts).
 */
export function stringsIn(lang: Lang, locale = ''): Strings | undefined {
  return loaded[lang]?.forLocale?.(locale) ?? loaded[lang];
}

/**
 * Loads a language's words once, however many elements ask. If its chunk cannot be loaded (a
 * host that lost a file; or the single file `ogp-embed.bundle.js`, a classic script from another
 * host without `crossorigin`, whose `import()` the browser refuses), the elements speak English
 * rather than show nothing; the single file says so in one console line.
 */
export function loadStrings(lang: Lang): Promise<Strings> {
  return (loading[lang] ??= IMPORTS[lang]().then(
    (module) => (loaded[lang] = module.default),
    (error: unknown) => {
      // English is inside the single file: only the chunked builds can miss it.
      if (!SINGLE_FILE && lang === 'en') {
        delete loading[lang];
        throw error;
      }
      // The browser refuses the single file's import() from another host without `crossorigin`, and says nothing.
      if (SINGLE_FILE) console.warn(`ogp-embed: ${lang} needs crossorigin`, error);
      return loadStrings('en').then((english) => (loaded[lang] = english));
    },
  ));
}
