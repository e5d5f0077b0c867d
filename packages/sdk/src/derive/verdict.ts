/**
 * The best-known verdict on a commitment, with its source: what the government reported (its
 * status, or its milestones), else what the Independent Reporting Mechanism (IRM) assessed,
 * else `unknown`, only when neither said anything. An IRM rating stays in the IRM's own scale:
 * it is never turned into a percent, nor passed off as the government's status.
 */
import {
  COMMITMENT_STATUSES,
  IRM_COMPLETION,
  IRM_DID_IT_OPEN_GOVERNMENT,
  IRM_EARLY_RESULTS,
} from '../schema/constants.js';
import type { Commitment, IrmAssessment } from '../schema/feed.js';
import type { CommitmentStatus } from '../schema/vocabulary.js';
import { commitmentStatus } from './status.js';

/** The IRM's scales that say what a commitment achieved (the others rate its design). */
const IRM_OUTCOME_SCALES = {
  irmCompletion: IRM_COMPLETION,
  irmEarlyResults: IRM_EARLY_RESULTS,
  irmDidItOpenGovernment: IRM_DID_IT_OPEN_GOVERNMENT,
} as const;

type OutcomeScales = typeof IRM_OUTCOME_SCALES;
export type IrmOutcomeScale = keyof OutcomeScales;

/** `irmCompletion:limited`: one rating of one of the IRM's outcome scales. */
export type IrmVerdictKey = { [S in IrmOutcomeScale]: `${S}:${OutcomeScales[S][number]}` }[IrmOutcomeScale];

/** When in the plan's cycle the IRM rated it: its mid-term or its end-of-term (results) report. */
export type IrmTerm = 'mid-term' | 'end-of-term';

/** One rating of the IRM on what a commitment achieved, in the IRM's own words. */
export interface IrmVerdict {
  source: 'irm';
  /** `irmCompletion:limited`, `irmEarlyResults:marginal`...: also its label's key. */
  key: IrmVerdictKey;
  term: IrmTerm;
  /** The IRM report's address, as the feed gives it (check it before making a link of it). */
  reportUrl?: string;
}

export interface GovernmentVerdict {
  source: 'government';
  /** What the government reported, or what its milestones' statuses say (`commitmentStatus`). */
  key: CommitmentStatus;
}

export interface UnknownVerdict {
  source: 'unknown';
  key: 'unknown';
}

export type Verdict = GovernmentVerdict | IrmVerdict | UnknownVerdict;
export type VerdictSource = Verdict['source'];
export type VerdictKey = Verdict['key'];

/**
 * Every verdict key in the order a legend lists them and the plan sorts by status: the
 * government's statuses, then the IRM's completion, early results and "did it open
 * government" ratings (each in its scale's order), then `unknown`. Scales are not merged:
 * "limited completion" is not "in progress".
 */
export const VERDICT_KEYS: readonly VerdictKey[] = /* @__PURE__ */ (() => [
  ...COMMITMENT_STATUSES,
  ...Object.entries(IRM_OUTCOME_SCALES).flatMap(([scale, ratings]) =>
    ratings.map((r) => `${scale}:${r}` as IrmVerdictKey),
  ),
  'unknown' as const,
])();

const isRating = <S extends IrmOutcomeScale>(scale: S, value: unknown): value is OutcomeScales[S][number] =>
  (IRM_OUTCOME_SCALES[scale] as readonly unknown[]).includes(value);

/**
 * The IRM's rating of what the commitment achieved: its completion at the end of term, else at
 * mid-term, else its early results, else whether it opened government (the last two are rated
 * in the end-of-term report). `undefined` when the IRM rated only the design (or nothing).
 */
export function irmVerdict(irm: IrmAssessment | undefined): IrmVerdict | undefined {
  if (!irm) return undefined;
  const candidates: Array<[IrmOutcomeScale, unknown, IrmTerm]> = [
    ['irmCompletion', irm.completionEndOfTerm, 'end-of-term'],
    ['irmCompletion', irm.completionMidTerm, 'mid-term'],
    ['irmEarlyResults', irm.earlyResults, 'end-of-term'],
    ['irmDidItOpenGovernment', irm.didItOpenGovernment, 'end-of-term'],
  ];
  for (const [scale, rating, term] of candidates) {
    if (!isRating(scale, rating)) continue;
    const verdict: IrmVerdict = { source: 'irm', key: `${scale}:${rating}` as IrmVerdictKey, term };
    if (irm.reportUrl !== undefined) verdict.reportUrl = irm.reportUrl;
    return verdict;
  }
  return undefined;
}

/** How far each side says the work went, to compare a status with the IRM's completion. */
type Extent = 'none' | 'partial' | 'done' | 'withdrawn';
const STATUS_EXTENT: Record<CommitmentStatus, Extent> = {
  'not-started': 'none',
  'in-progress': 'partial',
  delayed: 'partial',
  completed: 'done',
  withdrawn: 'withdrawn',
};
const COMPLETION_EXTENT: Partial<Record<string, Extent>> = {
  'irmCompletion:not-started': 'none',
  'irmCompletion:limited': 'partial',
  'irmCompletion:substantial': 'partial',
  'irmCompletion:complete': 'done',
  'irmCompletion:withdrawn': 'withdrawn',
};
const RANK: Record<Extent, number> = { none: 0, partial: 1, done: 2, withdrawn: 3 };

/**
 * True when the IRM's completion rating contradicts the government's status: "completed"
 * against "limited", "not started" against "substantial". A mid-term rating behind a later
 * report is not a contradiction (work went on after the IRM looked); an unclear rating or an
 * early-results one says nothing about completion.
 */
export function verdictsDisagree(status: CommitmentStatus, irm: IrmVerdict): boolean {
  const theirs = COMPLETION_EXTENT[irm.key];
  if (!theirs) return false;
  const ours = STATUS_EXTENT[status];
  if (ours === theirs) return false;
  return !(irm.term === 'mid-term' && ours !== 'withdrawn' && theirs !== 'withdrawn' && RANK[ours] > RANK[theirs]);
}

export interface BestKnown {
  /** The verdict shown first: the government's, else the IRM's, else `unknown`. */
  verdict: Verdict;
  /** The IRM's verdict when it contradicts the government's: shown beside it, never instead. */
  disagreement?: IrmVerdict;
}

/** The best-known verdict on a commitment on the day `now` (see the module's comment). */
export function bestKnown(c: Commitment, now: Date): BestKnown {
  const status = commitmentStatus(c, now);
  const irm = irmVerdict(c.irm);
  if (status !== 'unknown') {
    const known: BestKnown = { verdict: { source: 'government', key: status } };
    if (irm && verdictsDisagree(status, irm)) known.disagreement = irm;
    return known;
  }
  return { verdict: irm ?? { source: 'unknown', key: 'unknown' } };
}

/** One line of a roll-up: how many commitments have this verdict. */
export interface VerdictCount {
  key: VerdictKey;
  source: VerdictSource;
  count: number;
}

export interface VerdictSummary {
  total: number;
  /** The verdicts present, in `VERDICT_KEYS` order, each with its count. */
  counts: VerdictCount[];
  /** How many commitments' verdict comes from each source. */
  bySource: Record<VerdictSource, number>;
  /** How many have an IRM verdict that contradicts the government's. */
  disagreements: number;
}

/** Counts best-known verdicts: what a plan's summary says ("IRM: 2 limited completion; no information: 1"). */
export function summarizeVerdicts(known: readonly BestKnown[]): VerdictSummary {
  const byKey = new Map<VerdictKey, VerdictCount>();
  const bySource: Record<VerdictSource, number> = { government: 0, irm: 0, unknown: 0 };
  let disagreements = 0;
  for (const { verdict, disagreement } of known) {
    const entry = byKey.get(verdict.key) ?? { key: verdict.key, source: verdict.source, count: 0 };
    entry.count++;
    byKey.set(verdict.key, entry);
    bySource[verdict.source]++;
    if (disagreement) disagreements++;
  }
  const counts = VERDICT_KEYS.flatMap((key) => byKey.get(key) ?? []);
  return { total: known.length, counts, bySource, disagreements };
}

/** The verdict roll-up of a list of commitments (a plan's) on the day `now`. */
export function verdictSummary(commitments: readonly Commitment[], now: Date): VerdictSummary {
  return summarizeVerdicts(commitments.map((c) => bestKnown(c, now)));
}
