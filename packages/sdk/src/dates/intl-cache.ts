/**
 * `Intl` formatters built once and reused. Building one costs ~100 µs, using a built one ~1 µs,
 * and a plan's update formats the same few dates and figures again and again.
 */

/** Built formatters (and unit checks), by kind, locale and options. */
const built = new Map<string, unknown>();

/**
 * A page uses a handful of locales and option sets; the bound only stops a page that keeps
 * asking for new ones (time zones, units from data) from growing the map without end.
 */
export const INTL_CACHE_LIMIT = 100;

/** `make()`'s answer for `key`, made once; a `make` that throws leaves nothing behind. */
export function remembered<T>(key: string, make: () => T): T {
  if (built.has(key)) return built.get(key) as T;
  const value = make();
  // Starting over is cheaper to ship than least-recently-used order, and the set is small.
  if (built.size >= INTL_CACHE_LIMIT) built.clear();
  built.set(key, value);
  return value;
}

// Options are always written in the same order by the code that asks, so their JSON is a key;
// options that differ in any value give different keys.
const keyOf = (kind: string, locale: string, options?: object) => `${kind}|${locale}|${JSON.stringify(options)}`;

export const numberFormat = (locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  remembered(keyOf('n', locale, options), () => new Intl.NumberFormat(locale, options));

export const dateTimeFormat = (locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  remembered(keyOf('d', locale, options), () => new Intl.DateTimeFormat(locale, options));

export const relativeTimeFormat = (locale: string, options?: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat =>
  remembered(keyOf('r', locale, options), () => new Intl.RelativeTimeFormat(locale, options));
