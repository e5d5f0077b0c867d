/**
 * Regional word sets (docs/adding-a-language.md): a language module that has some wraps its table
 * with `withRegions`, so the code that lays a region's strings over the table travels in that
 * language's chunk, not in every element's.
 */
import type { RegionalStrings, Strings } from './strings.js';

/** `table`, able to say itself in the region of a locale (`pt-PT` → `regions.PT`). */
export function withRegions(table: Strings, regions: Readonly<Record<string, RegionalStrings>>): Strings {
  const made: Record<string, Strings> = {};
  return {
    ...table,
    regions,
    forLocale(locale) {
      // The region subtag: two letters or three digits (`pt-PT`, `es-419`), never a script (`Latn`).
      const region = /[-_]([a-z]{2}|\d{3})(?![\da-z])/i.exec(locale)?.[1]!.toUpperCase();
      const overrides = region && Object.hasOwn(regions, region) ? regions[region] : undefined;
      if (!overrides) return this;
      // One level deep: each element's group of strings.
      const merged: Record<string, unknown> = { ...this };
      for (const [group, strings] of Object.entries(overrides))
        merged[group] = { ...(this as unknown as Record<string, object>)[group], ...strings };
      return (made[region!] ??= merged as unknown as Strings);
    },
  };
}
