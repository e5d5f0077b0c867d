/**
 * One row of OGP's sheet read into the pieces of a feed: the plan it belongs to, the commitment
 * (without its dates, which may need the whole plan to be read, see `dates.ts`) and the names
 * of its institutions. Problems are pushed to `issues`; a row that cannot be read returns
 * `undefined`.
 */
import { Commitment, WebUrl } from '@ogp-embed/sdk';
import type { Commitment as CommitmentType, IrmAssessment, OgpValue } from '@ogp-embed/sdk';
import { repairCommitmentNumber } from './commitment-number.js';
import { readSheetDate } from './dates.js';
import type { DateReading } from './dates.js';
import { nameKey, readOrganisations } from './institutions.js';
import type { NamedOrganisation } from './institutions.js';
import { COLUMN } from './columns.js';
import type { ColumnName, SheetLayout } from './columns.js';
import { isMissing, present } from './markers.js';
import {
  COMPLETION,
  DID_IT_OPEN_GOVERNMENT,
  EARLY_RESULTS,
  EARLY_RESULTS_IN_DIOG_COLUMN,
  POTENTIAL_FOR_RESULTS,
  POTENTIAL_IMPACT,
  ratingKey,
  SPECIFICITY,
  YES_NO,
} from './ratings.js';
import { shown } from './row-issues.js';
import type { RowIssue } from './row-issues.js';

export interface PlanFacts {
  id: string;
  number: number;
  /** ISO alpha-3 code as OGP writes it. */
  country: string;
  countryName: string;
  /** Year of submission and end year: the plan's period, known to the year. */
  start: string;
  end: string;
}

/** A commitment before its dates and institution ids are settled. */
export type CommitmentDraft = Partial<CommitmentType> & Pick<CommitmentType, 'id' | 'title'>;

export interface ReadRow {
  plan: PlanFacts;
  commitment: CommitmentDraft;
  start: DateReading;
  end: DateReading;
  lead?: NamedOrganisation;
  supporting: NamedOrganisation[];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
const YEAR = /^\d{4}$/;

export interface ReadRowOptions {
  /** The feed's default language: plain strings are taken to be in it. */
  language: string;
}

export function readRow(
  record: readonly string[],
  layout: SheetLayout,
  row: number,
  issues: RowIssue[],
  options: ReadRowOptions,
): ReadRow | undefined {
  const cell = (name: ColumnName) => layout.cell(record, name);
  const fail = (code: RowIssue['code'], name: ColumnName, value?: string) => {
    issues.push({ severity: 'error', code, row, column: COLUMN[name], ...(value ? { value: shown(value) } : {}) });
    return undefined;
  };
  const warn = (code: RowIssue['code'], name: ColumnName, value: string) => {
    issues.push({ severity: 'warning', code, row, column: COLUMN[name], value: shown(value) });
  };

  const id = present(cell('id'));
  if (!id) return fail('missing-id', 'id');
  if (!ID.test(id)) return fail('invalid-id', 'id', id);
  const title = present(cell('title'));
  if (!title) return fail('missing-title', 'title');
  const planId = present(cell('planId'));
  if (!planId || !ID.test(planId)) return fail('missing-plan', 'planId', cell('planId'));
  const planNumber = Number(cell('planNumber').trim());
  if (!Number.isInteger(planNumber) || planNumber < 1)
    return fail('invalid-plan-number', 'planNumber', cell('planNumber'));
  const code = present(cell('code'));
  if (!code) return fail('missing-plan', 'code', cell('code'));
  const submitted = cell('submitted').trim();
  const planEnd = cell('planEnd').trim();
  if (!YEAR.test(submitted)) return fail('invalid-plan-years', 'submitted', submitted);
  if (!YEAR.test(planEnd) || planEnd < submitted) return fail('invalid-plan-years', 'planEnd', planEnd);

  /** A rating looked up in its table; unknown wordings are reported, markers stay silent. */
  const rating = <T>(name: ColumnName, table: Readonly<Record<string, T>>): T | undefined => {
    const raw = cell(name);
    if (isMissing(raw)) return undefined;
    const value = table[ratingKey(raw)];
    if (value === undefined) warn('unknown-rating', name, raw);
    return value;
  };

  const commitment: CommitmentDraft = { id, title } as CommitmentDraft;
  const number = present(cell('number'));
  if (number) commitment.number = repairCommitmentNumber(number);
  const shortTitle = present(cell('shortTitle'));
  // OGP's staff write the short titles, in English.
  if (shortTitle) commitment.shortTitle = options.language === 'en' ? shortTitle : { en: shortTitle };
  const description = present(cell('fullText'));
  if (description) commitment.description = description;

  const values: OgpValue[] = [];
  for (const [column, value] of layout.valueColumns()) {
    if (layout.cellNamed(record, column)?.trim() === '1') values.push(value);
  }
  if (values.length) commitment.values = values;
  const policyAreas = layout.policyAreas().filter((column) => layout.cellNamed(record, column)?.trim() === '1');
  if (policyAreas.length) commitment.policyAreas = policyAreas;
  const theme = present(cell('theme'));
  if (theme) commitment.themes = [theme];

  const irm: IrmAssessment = {};
  const set = <K extends keyof IrmAssessment>(key: K, value: IrmAssessment[K] | undefined) => {
    if (value !== undefined) irm[key] = value;
  };
  set('specificity', rating('specificity', SPECIFICITY));
  set('verifiable', rating('verifiable', YES_NO));
  set('relevant', rating('relevant', YES_NO));
  set('potentialImpact', rating('potentialImpact', POTENTIAL_IMPACT));
  set('potentialForResults', rating('potentialForResults', POTENTIAL_FOR_RESULTS));
  set('completionMidTerm', rating('completionMidTerm', COMPLETION));
  set('completionEndOfTerm', rating('completionEndOfTerm', COMPLETION));
  set('earlyResults', rating('earlyResults', EARLY_RESULTS));
  const diog = cell('didItOpenGovernment');
  if (ratingKey(diog) === EARLY_RESULTS_IN_DIOG_COLUMN) irm.earlyResults ??= 'no-early-results';
  else set('didItOpenGovernment', rating('didItOpenGovernment', DID_IT_OPEN_GOVERNMENT));
  // The end-of-term star is the later judgement; the progress report's stands when it is all there is.
  set('starred', rating('starredEndOfTerm', YES_NO) ?? rating('starredProgress', YES_NO));
  if (Object.keys(irm).length) commitment.irm = irm;

  const url = present(cell('url'));
  if (url) {
    if (WebUrl.safeParse(url).success) commitment.url = url;
    else warn('unsafe-url', 'url', url);
  }

  const startRaw = cell('start');
  const endRaw = cell('end');
  const start = readSheetDate(startRaw);
  const end = readSheetDate(endRaw);
  if (start.kind === 'unreadable') warn('unreadable-date', 'start', startRaw);
  if (end.kind === 'unreadable') warn('unreadable-date', 'end', endRaw);

  // The assembled commitment is checked again with its dates; this catches anything else now.
  const check = Commitment.safeParse(commitment);
  if (!check.success) {
    const first = check.error.issues[0];
    issues.push({
      severity: 'error',
      code: 'invalid-commitment',
      row,
      detail: `${first?.path.join('.')}: ${first?.message}`,
    });
    return undefined;
  }

  // A lead cell listing several organisations: the first leads, the others support.
  const [lead, ...alsoNamed] = readOrganisations(cell('lead'));
  const leadKey = lead ? nameKey(lead.name) : undefined;
  return {
    plan: {
      id: planId,
      number: planNumber,
      country: code.toUpperCase(),
      countryName: present(cell('country')) ?? code,
      start: submitted,
      end: planEnd,
    },
    commitment,
    start,
    end,
    ...(lead ? { lead } : {}),
    supporting: [...alsoNamed, ...readOrganisations(cell('supporting'))].filter((o) => nameKey(o.name) !== leadKey),
  };
}
