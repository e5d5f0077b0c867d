// Raw and gzip sizes of bundle code, and the rows of the size table the build prints.
import { gzipSync } from 'node:zlib';

/** @param {string | Uint8Array} code */
export function measure(code) {
  return { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

/** @param {number} bytes */
export function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

// Fixed widths, so rows printed by separate builds line up as one table.
const WIDTHS = [44, 10, 10, 14];

/** @param {string[]} cells */
function line(cells) {
  return cells
    .map((cell, i) => (i === 0 ? cell.padEnd(WIDTHS[i] ?? 0) : cell.padStart(WIDTHS[i] ?? 0)))
    .join('  ')
    .trimEnd();
}

export const SIZE_HEADER = line(['file', 'raw', 'gzip', 'gzip budget']);

/** @param {{ file: string, raw: number, gzip: number, budget?: number }} row */
export function sizeRow(row) {
  const budget = row.budget === undefined ? '' : `${kb(row.budget)}${row.gzip > row.budget ? ' OVER' : ''}`;
  return line([row.file, kb(row.raw), kb(row.gzip), budget]);
}
