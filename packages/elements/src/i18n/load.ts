/**
 * Each language's words are a module of their own, imported the first time an element speaks
 * that language: a bundler makes each one a chunk, so an es/en page downloads no Portuguese or
 * French and a pt-BR page nothing but Portuguese. Each language module imports nothing at run
 * time but its own SDK labels, so its chunk stands alone (the classic script imports it too).
 */
import type { Lang, RegionalStrings, Strings } from './strings.js';

const IMPORTS: Record<Lang, () => Promise<{ default: Strings }>> = {
  en: () => import('./en.js'),
  es: () => import('./es.js'),
  pt: () => import('./pt.js'),
  fr: () => import('./fr.js'),
};

const loaded: Partial<Record<Lang, Strings>> = {};
const loading: Partial<Record<Lang, Promise<Strings>>> = {};

const regional = new Map<string, Strings>();

/** The region subtag of a tag (`pt-PT` → `PT`, `fr-Latn-CA` → `CA`), if it has one. */
function regionOf(locale: string | undefined): string | undefined {
  return locale?.split(/[-_]/).slice(1).find((part) => /^([a-z]{2}|\d{3})$/i.test(part))?.toUpperCase();
}

/** A table with a region's strings laid over it, one level deep (each element's group of strings). */
function withRegion(base: Strings, region: RegionalStrings): Strings {
  const merged: Record<string, unknown> = { ...base };
  for (const [group, strings] of Object.entries(region)) merged[group] = { ...(base as unknown as Record<string, object>)[group], ...strings };
  return merged as unknown as Strings;
}

/**
 * A language's words when they have arrived (`undefined` until then), in the region of `locale`
 * where the language has words of its own for it (`pt-PT`: Portugal's).
 */
export function stringsIn(lang: Lang, locale?: string): Strings | undefined {
  const base = loaded[lang];
  const region = base?.regions && regionOf(locale);
  const overrides = region && Object.hasOwn(base.regions!, region) ? base.regions![region] : undefined;
  if (!base || !overrides) return base;
  const key = `${lang}-${region}`;
  let words = regional.get(key);
  if (!words) regional.set(key, (words = withRegion(base, overrides)));
  return words;
}

/**
 * Loads a language's words once, however many elements ask. If its chunk cannot be loaded (a
 * host that lost a file), the elements speak English rather than show nothing.
 */
export function loadStrings(lang: Lang): Promise<Strings> {
  return (loading[lang] ??= IMPORTS[lang]().then(
    (module) => (loaded[lang] = module.default),
    (error: unknown) => {
      if (lang === 'en') {
        delete loading[lang];
        throw error;
      }
      return loadStrings('en').then((english) => (loaded[lang] = english));
    },
  ));
}
