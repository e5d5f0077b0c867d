/**
 * OGP's sheet marks what it does not know instead of leaving a cell empty: `ND` (no data),
 * `NR` (not reviewed by the IRM), `NA` (not applicable). They all mean "unknown" to a feed:
 * never zero, never the text "NA".
 */
const MISSING = new Set(['', 'ND', 'NR', 'NA', 'N/A']);

/** True when a cell holds no value, only one of OGP's missing markers. */
export function isMissing(cell: string | undefined): boolean {
  return cell === undefined || MISSING.has(cell.trim().toUpperCase());
}

/** The cell's text, trimmed, or `undefined` when it is empty or a missing marker. */
export function present(cell: string | undefined): string | undefined {
  if (isMissing(cell)) return undefined;
  return cell!.trim();
}
