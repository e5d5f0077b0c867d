/**
 * The order of a plan's commitments by number (`2.10` after `2.9`), as `<ogp-plan>` lists them by
 * default and a plan digest cuts its first page: one rule for both, or the first page would miss rows.
 */

/** Runs of digits padded to this many: numbers compare as numbers with a plain string comparison. */
const NUMBER_DIGITS = 5;

/** `2.10` → `00002.00010`; a commitment with no number by its id. */
export function numberOrderKey(commitment: { id: string; number?: string | undefined }): string {
  return (commitment.number ?? commitment.id).replace(/\d+/g, (digits) => digits.padStart(NUMBER_DIGITS, '0'));
}

/** `commitments` in number order (a new array); ties keep the plan's order. */
export function byNumberOrder<T extends { id: string; number?: string | undefined }>(commitments: readonly T[]): T[] {
  const keyed = commitments.map((commitment, index) => ({ commitment, index, key: numberOrderKey(commitment) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index));
  return keyed.map(({ commitment }) => commitment);
}
