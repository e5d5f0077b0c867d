/**
 * Cuts a whole feed into its published parts (`ogp-embed publish`), and is the rule `ogp-embed
 * validate` holds a published folder to: a part agrees with its whole when it is exactly what this
 * cut gives. Parts are made from the feed as the publisher wrote it (lists left out stay left out,
 * fields of their own stay), so a part is a faithful excerpt of the whole, not a re-rendering.
 *
 * - a commitment's part: its plan's heading, the commitment whole, the institutions it names, and
 *   the commitments it carries forward as `{ id, title }` (so its cross-references resolve);
 * - a plan's part: the plan, each commitment as the row `<ogp-plan>` lists (no texts, indicators
 *   or updates; of the IRM's assessment only its verdicts and report; milestones with only what
 *   status, progress and "next" need);
 * - a plan's digest: the plan's part with only the rows of its first page (`PLAN_DIGEST_ROWS`, by
 *   number, as `<ogp-plan>` lists them first), and a `digest` of every commitment without texts
 *   (what the plan's summary, filters and sorts use; of its milestones, only what can change those);
 * - a forum's part: the forum whole and the institutions it names.
 */
import type { FeedInput } from '../schema/feed.js';
import type { SliceKind, SliceIndexInput } from '../schema/slices.js';
import { SLICES_VERSION } from '../schema/slices.js';
import { DEFAULT_SLICE_PATHS, PLAN_DIGEST_ROWS } from './slice-paths.js';
import { byNumberOrder } from '../derive/number-order.js';

type Input<T> = NonNullable<T> extends readonly (infer U)[] ? U : never;
type PlanInput = Input<FeedInput['plans']>;
type CommitmentInput = Input<PlanInput['commitments']>;
type ForumInput = Input<FeedInput['forums']>;
type Json = Record<string, unknown>;

/** The whole feed a part was cut from: its `generatedAt` and the SHA-256 of its bytes (hex). */
export interface WholeFeedVersion {
  generatedAt: string;
  sha256: string;
}

/** One part: what it holds, and the document to publish (a feed with a `part` field). */
export interface CutSlice {
  kind: SliceKind;
  id: string;
  document: Json;
}

/**
 * What a commitment row of a plan's part keeps: what the list's cards, summary, filters, search and
 * sorts use (not `shortTitle` or `policyAreas`, which no row shows); the details come from its own part.
 */
const ROW_FIELDS = ['id', 'number', 'title', 'lead', 'values', 'themes', 'start', 'end', 'reported', 'url'];
/** What a row keeps of the IRM's assessment: its verdicts (the best-known truth when the government said nothing) and report. */
const IRM_ROW_FIELDS = ['completionMidTerm', 'completionEndOfTerm', 'earlyResults', 'didItOpenGovernment', 'reportUrl'];
/** What a milestone of a row keeps: enough for status, progress, its segment and "next milestone". */
const MILESTONE_ROW_FIELDS = ['id', 'title', 'due', 'status', 'completedOn', 'weight'];
/** What a plan digest keeps of a commitment (schema/slices.ts `DigestCommitment`): no texts. */
const DIGEST_FIELDS = ['id', 'number', 'lead', 'values', 'themes', 'start', 'end', 'reported'];
const DIGEST_IRM_FIELDS = ['completionMidTerm', 'completionEndOfTerm', 'earlyResults', 'didItOpenGovernment'];
/** A plan's heading in a commitment's part: all but its lists. */
const PLAN_HEADING_FIELDS = ['id', 'number', 'title', 'period', 'phase', 'url'];

const pick = (value: object, fields: string[]): Json =>
  Object.fromEntries(fields.flatMap((field) => (field in value ? [[field, (value as Json)[field]]] : [])));
const without = (value: object, fields: string[]): Json =>
  Object.fromEntries(Object.entries(value).filter(([field]) => !fields.includes(field)));

/** Every institution id a value names, in the fields of the format that name one. */
function institutionIds(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) institutionIds(item, into);
  } else if (value && typeof value === 'object') {
    for (const [field, item] of Object.entries(value)) {
      if (field === 'supporting' && Array.isArray(item)) item.forEach((id) => typeof id === 'string' && into.add(id));
      else if (
        ['lead', 'responsible', 'institution', 'responsibleInstitution'].includes(field) &&
        typeof item === 'string'
      )
        into.add(item);
      else if (typeof item === 'object') institutionIds(item, into);
    }
  }
  return into;
}

/** A part's document: the whole's heading, what it holds, and the `part` field last. */
function partDocument(
  feed: FeedInput,
  kind: SliceKind,
  id: string,
  version: WholeFeedVersion,
  holds: Json,
  names: unknown,
): Json {
  const ids = institutionIds(names);
  const heading = without(feed, ['institutions', 'plans', 'forums']);
  const institutions = (feed.institutions ?? []).filter((institution) => ids.has(institution.id));
  return { ...heading, institutions, ...holds, part: { kind, id, ...version } };
}

/**
 * Of a commitment's milestones, what can change a figure the plan derives from its digest (status,
 * progress, overdue, best-known verdict, next due date) on any day, as the SDK derives them
 * (derive/status.ts, progress.ts, milestones.ts): a cancelled milestone counts for none; a completed
 * one only by being completed and its weight, never by its dates; a reported status and percent
 * leave only the open milestones' due dates (the next one) to matter. A digest of a plan whose
 * commitments report their progress is so about a fifth smaller.
 */
function digestMilestones(commitment: CommitmentInput): Json[] {
  const reported = commitment.reported;
  const reportsPercent = reported !== undefined && Number.isFinite(reported.percent);
  const kept: Json[] = [];
  for (const milestone of commitment.milestones ?? []) {
    const { status, completedOn, weight } = milestone;
    if (status === 'cancelled') continue;
    const completed = status === 'completed' || (status === undefined && completedOn !== undefined);
    if (completed && reportsPercent) continue;
    // A completed one says so by its status, or by its completion date when it has no status.
    const entry: Json = completed ? (status ? { status } : { completedOn }) : pick(milestone, ['due', 'status']);
    if (weight !== undefined && !reportsPercent) entry.weight = weight;
    kept.push(entry);
  }
  return kept;
}

/** A commitment as a plan digest holds it. */
function digestRow(commitment: CommitmentInput): Json {
  const row = pick(commitment, DIGEST_FIELDS);
  if (commitment.irm) row.irm = pick(commitment.irm, DIGEST_IRM_FIELDS);
  const milestones = digestMilestones(commitment);
  if (milestones.length > 0) row.milestones = milestones;
  return row;
}

export function cutSlices(feed: FeedInput, version: WholeFeedVersion): CutSlice[] {
  return [...eachSlice(feed, version)];
}

/**
 * The same parts one at a time, each document made when it is reached: `publish` of 10,000
 * commitments holds one part at a time rather than all 11,000 (and peaks at about twice what it
 * holds).
 */
export function* eachSlice(feed: FeedInput, version: WholeFeedVersion): Generator<CutSlice> {
  const commitments = new Map<string, { commitment: CommitmentInput; plan: PlanInput }>();
  for (const plan of feed.plans ?? []) {
    for (const commitment of plan.commitments ?? []) commitments.set(commitment.id, { commitment, plan });
  }
  for (const plan of feed.plans ?? []) {
    const rows = (plan.commitments ?? []).map((commitment) => {
      const row = pick(commitment, ROW_FIELDS);
      if (commitment.milestones)
        row.milestones = commitment.milestones.map((milestone) => pick(milestone, MILESTONE_ROW_FIELDS));
      if (commitment.irm) row.irm = pick(commitment.irm, IRM_ROW_FIELDS);
      return row;
    });
    const holds = { plans: [{ ...plan, commitments: rows }], forums: [] };
    yield { kind: 'plan', id: plan.id, document: partDocument(feed, 'plan', plan.id, version, holds, rows) };
    const digest = (plan.commitments ?? []).map(digestRow);
    // The first page as `<ogp-plan>` shows it by default: by number (in the plan's order, the rows it lists).
    const firstIds = new Set(
      byNumberOrder(plan.commitments ?? [])
        .slice(0, PLAN_DIGEST_ROWS)
        .map((commitment) => commitment.id),
    );
    const firstRows = rows.filter((row) => firstIds.has(row.id as string));
    const first = { plans: [{ ...plan, commitments: firstRows }], forums: [], digest: { commitments: digest } };
    yield {
      kind: 'plan-digest',
      id: plan.id,
      document: partDocument(feed, 'plan-digest', plan.id, version, first, digest),
    };
    for (const commitment of plan.commitments ?? []) {
      // The plans of the commitment and of those it carries forward, each with its commitments in the whole's order.
      const shown = new Map<PlanInput, Json[]>([[plan, []]]);
      for (const earlierId of commitment.carriesForward ?? []) {
        const earlier = commitments.get(earlierId);
        if (!earlier || earlier.commitment === commitment) continue;
        if (!shown.has(earlier.plan)) shown.set(earlier.plan, []);
        shown.get(earlier.plan)!.push({ id: earlier.commitment.id, title: earlier.commitment.title });
      }
      shown.get(plan)!.unshift(commitment);
      const plans = [...shown].map(([holder, list]) => ({ ...pick(holder, PLAN_HEADING_FIELDS), commitments: list }));
      yield {
        kind: 'commitment',
        id: commitment.id,
        document: partDocument(feed, 'commitment', commitment.id, version, { plans, forums: [] }, commitment),
      };
    }
  }
  for (const forum of feed.forums ?? []) {
    yield {
      kind: 'forum',
      id: forum.id,
      document: partDocument(feed, 'forum', forum.id, version, { plans: [], forums: [forum] }, forum as ForumInput),
    };
  }
}

/** The index of a published folder whose whole feed is `feedFile` (its name, beside the parts' folder). */
export function sliceIndex(feed: FeedInput, feedFile: string, version: WholeFeedVersion): SliceIndexInput {
  return {
    ...(without(feed, ['institutions', 'plans', 'forums']) as FeedInput),
    generatedAt: version.generatedAt,
    parts: {
      version: SLICES_VERSION,
      feed: `../${feedFile}`,
      sha256: version.sha256,
      paths: { ...DEFAULT_SLICE_PATHS },
    },
  };
}
