/**
 * CSV as spreadsheets and open-data portals read it (RFC 4180), in UTF-8 with a byte-order
 * mark so that Excel shows accents right.
 *
 * A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is written with a
 * leading apostrophe, which spreadsheets hide and `import csv` removes: feed text must never
 * become a formula on a publisher's machine. Numbers such as `-3` are left alone.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const GUARDED = /^'+[=+\-@\t\r]/;

export function guardCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

export function unguardCell(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}

function quote(value: string): string {
  const cell = guardCell(value);
  return /[",\r\n]/.test(cell) || /^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}
