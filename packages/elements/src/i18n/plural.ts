/** A count in words: the plural form `Intl.PluralRules` picks for the reader's locale, never `n === 1`. */
import { formatNumber, intlLocale } from '@ogp-embed/sdk';
import type { Plural } from './strings.js';

const rules = new Map<string, Intl.PluralRules>();

/** The CLDR plural category of `n` in `locale`: `pluralOf(0, 'fr')` → "one", `pluralOf(0, 'es')` → "other". */
export function pluralOf(n: number, locale: string): Intl.LDMLPluralRule {
  const tag = intlLocale(locale);
  let rule = rules.get(tag);
  if (!rule) rules.set(tag, (rule = new Intl.PluralRules(tag)));
  return rule.select(n);
}

/** `count(t.plan.commitments, 1, 'pt-PT')` → "1 compromisso"; `{count}` in the reader's notation. */
export function count(forms: Plural, n: number, locale: string): string {
  return (forms[pluralOf(n, locale)] ?? forms.other).replace('{count}', formatNumber(n, locale));
}
