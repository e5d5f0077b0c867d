/**
 * What went wrong in one row of a sheet, located the way a spreadsheet shows it: row 1 is the
 * header, so the first commitment is row 2.
 */
export type RowIssueCode =
  | 'bad-record'
  | 'missing-id'
  | 'invalid-id'
  | 'duplicate-id'
  | 'missing-title'
  | 'missing-plan'
  | 'invalid-plan-number'
  | 'invalid-plan-years'
  | 'invalid-commitment'
  | 'unreadable-date'
  | 'unknown-rating'
  | 'unsafe-url'
  | 'plan-mismatch';

export interface RowIssue {
  /** `error`: the row was skipped; `warning`: the row was kept, the cell left unknown. */
  severity: 'error' | 'warning';
  code: RowIssueCode;
  row: number;
  column?: string;
  /** The cell's text, shortened. */
  value?: string;
  /** Detail for `invalid-commitment`. */
  detail?: string;
}

const MAX_SHOWN = 60;

export function shown(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_SHOWN ? `${flat.slice(0, MAX_SHOWN)}…` : flat;
}
