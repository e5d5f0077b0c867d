/**
 * Roll-ups of many commitments: counts by status and by OGP value, average known progress,
 * how many are overdue. For an action plan, or for one institution across the feed.
 */
import type { ActionPlan, Commitment, Feed, Institution } from '../schema/feed.js';
import { OGP_VALUES } from '../schema/constants.js';
import type { OgpValue } from '../schema/vocabulary.js';
import { findInstitution } from './lookups.js';
import { commitmentProgress } from './progress.js';
import { commitmentStatus, DISPLAY_STATUSES, isCommitmentOverdue } from './status.js';
import type { DisplayStatus } from './status.js';

export interface Summary {
  total: number;
  /** Every status present, zero included, so a chart has all its bars. */
  byStatus: Record<DisplayStatus, number>;
  /** Commitments relevant to each OGP value; one commitment counts under each of its values. */
  byValue: Record<OgpValue, number>;
  /** Mean percent of the commitments whose progress is known; absent when none is. */
  averageProgress?: number;
  withKnownProgress: number;
  overdue: number;
}

/** A commitment with the plan it belongs to. */
export interface PlannedCommitment {
  commitment: Commitment;
  plan: ActionPlan;
}

export interface InstitutionSummary extends Summary {
  institutionId: string;
  /** `undefined` when the feed lists no institution with that id. */
  institution: Institution | undefined;
  /** The commitments it leads: the figures count these. */
  lead: PlannedCommitment[];
  /** The commitments it supports without leading them. */
  supporting: PlannedCommitment[];
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

export function countByStatus(commitments: readonly Commitment[], now: Date): Record<DisplayStatus, number> {
  const counts = zeros(DISPLAY_STATUSES);
  for (const c of commitments) counts[commitmentStatus(c, now)]++;
  return counts;
}

/** A commitment listing a value twice still counts once under it. */
export function countByValue(commitments: readonly Commitment[]): Record<OgpValue, number> {
  const counts = zeros(OGP_VALUES);
  for (const c of commitments) for (const value of new Set(c.values)) counts[value]++;
  return counts;
}

export function summarize(commitments: readonly Commitment[], now: Date): Summary {
  const known = commitments
    .map(commitmentProgress)
    .flatMap((progress) => (progress.kind === 'unknown' ? [] : [progress.percent]));
  const summary: Summary = {
    total: commitments.length,
    byStatus: countByStatus(commitments, now),
    byValue: countByValue(commitments),
    withKnownProgress: known.length,
    overdue: commitments.filter((c) => isCommitmentOverdue(c, now)).length,
  };
  if (known.length > 0) summary.averageProgress = known.reduce((sum, n) => sum + n, 0) / known.length;
  return summary;
}

export function planSummary(plan: ActionPlan, now: Date): Summary {
  return summarize(plan.commitments, now);
}

/**
 * The commitments an institution leads and supports across every plan of the feed, with the
 * figures of those it leads (the lead answers for a commitment).
 */
export function institutionSummary(feed: Feed, institutionId: string, now: Date): InstitutionSummary {
  const lead: PlannedCommitment[] = [];
  const supporting: PlannedCommitment[] = [];
  for (const plan of feed.plans) {
    for (const commitment of plan.commitments) {
      if (commitment.lead === institutionId) lead.push({ commitment, plan });
      else if (commitment.supporting.includes(institutionId)) supporting.push({ commitment, plan });
    }
  }
  return {
    institutionId,
    institution: findInstitution(feed, institutionId),
    lead,
    supporting,
    ...summarize(
      lead.map((entry) => entry.commitment),
      now,
    ),
  };
}
