/**
 * The columns of OGP's commitments sheet that the importer reads, found by name (OGP adds and
 * moves columns between exports; names have stayed).
 */
import { POLICY_AREA_COLUMNS } from './policy-areas.js';
import { OGP_VALUE_COLUMNS } from './ratings.js';

export const COLUMN = {
  id: 'Commitment Unique Identifier',
  country: 'Country/Locality',
  code: 'Code',
  planNumber: 'Action Plan Number',
  planId: 'Action Plan ID',
  number: 'Commitment Number',
  submitted: 'Year Of Submission',
  planEnd: 'Action Plan End Year',
  theme: 'Theme',
  title: 'Commitment Title',
  shortTitle: 'Short Title',
  fullText: 'Full Text',
  start: 'Start Date',
  end: 'End Date',
  lead: 'Lead Institution',
  supporting: 'Supporting Institution(s)',
  specificity: 'Specificity',
  verifiable: 'Verifiable',
  relevant: '_Relevant',
  potentialImpact: 'Potential Impact',
  completionMidTerm: 'Completion (Progress Report)',
  starredProgress: 'Starred (Current Formula) Progress Report',
  potentialForResults: 'Potential for Results',
  completionEndOfTerm: 'Completion (End Of Term)',
  earlyResults: 'Early Results',
  didItOpenGovernment: 'Did It Open Government (Overall)',
  starredEndOfTerm: 'Starred (Current Formula) End of Term',
  url: 'URL',
} as const;

export type ColumnName = keyof typeof COLUMN;

/** Without these a row cannot become a commitment of a plan. */
export const REQUIRED: readonly ColumnName[] = ['id', 'code', 'country', 'planId', 'planNumber', 'title'];

/** Where each column is in the header row. */
export class SheetLayout {
  private readonly index = new Map<string, number>();

  constructor(header: readonly string[]) {
    header.forEach((name, i) => {
      const key = name.trim();
      if (!this.index.has(key)) this.index.set(key, i);
    });
  }

  /** Names of the required columns the header lacks. */
  missingRequired(): string[] {
    return REQUIRED.map((name) => COLUMN[name]).filter((name) => !this.index.has(name));
  }

  /** The cell of a known column in `record`; `''` when the sheet has no such column. */
  cell(record: readonly string[], name: ColumnName): string {
    const at = this.index.get(COLUMN[name]);
    return at === undefined ? '' : (record[at] ?? '');
  }

  /** The cell of a column by its header name. */
  cellNamed(record: readonly string[], header: string): string | undefined {
    const at = this.index.get(header);
    return at === undefined ? undefined : record[at];
  }

  /** Policy-area columns this sheet has. */
  readonly policyAreas = (): string[] => POLICY_AREA_COLUMNS.filter((name) => this.index.has(name));

  /** OGP value columns this sheet has. */
  readonly valueColumns = () => OGP_VALUE_COLUMNS.filter(([name]) => this.index.has(name));
}
