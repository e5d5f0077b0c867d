/**
 * A commitment's status as shown to readers: what its implementers reported, else what its
 * milestones say, else `unknown`, which is an answer, not a gap to paper over.
 */
import { COMMITMENT_STATUSES } from '../schema/constants.js';
import type { ActionPlan, Commitment } from '../schema/feed.js';
import type { CommitmentStatus } from '../schema/vocabulary.js';
import { hasPassed, isInFuture } from './date-order.js';
import { isMilestoneCompleted, milestoneState } from './milestones.js';

export type DisplayStatus = CommitmentStatus | 'unknown';

/** Every display status, in the order a legend lists them: the reported ones, then `unknown`. */
export const DISPLAY_STATUSES = [...COMMITMENT_STATUSES, 'unknown'] as const satisfies readonly DisplayStatus[];

/**
 * The reported status; else from the milestones (cancelled ones left aside): all completed →
 * `completed`; any reported delayed, or overdue with a status → `delayed`; any started or
 * completed → `in-progress`; none started and the commitment starts after `now` →
 * `not-started`; otherwise `unknown`. Milestones past due that nobody reported on
 * (`unreported`) never make a commitment `delayed`: that would claim what nobody said.
 */
export function commitmentStatus(c: Commitment, now: Date): DisplayStatus {
  if (c.reported) return c.reported.status;
  const milestones = c.milestones.filter((m) => m.status !== 'cancelled');
  if (milestones.length > 0 && milestones.every(isMilestoneCompleted)) return 'completed';
  if (milestones.some((m) => m.status === 'delayed' || milestoneState(m, now) === 'overdue')) return 'delayed';
  const started = milestones.some(
    (m) => isMilestoneCompleted(m) || m.status === 'in-progress' || m.status === 'delayed',
  );
  if (started) return 'in-progress';
  if (isInFuture(c.start, now)) return 'not-started';
  return 'unknown';
}

/**
 * True when the commitment's end date is past (its last day before `now`'s day) and, by the
 * status `commitmentStatus` shows, it is known not to be done: neither completed nor
 * withdrawn, nor `unknown` (nobody reported on it, so nobody said it is late).
 */
export function isCommitmentOverdue(c: Commitment, now: Date): boolean {
  if (!hasPassed(c.end, now)) return false;
  const status = commitmentStatus(c, now);
  return status !== 'completed' && status !== 'withdrawn' && status !== 'unknown';
}

/**
 * When the commitment ended, as of the day `now`: its end date once that is past; else, when its
 * plan is closed, the plan's end. `undefined` while it runs. An ended commitment has no "next
 * milestone", only how it ended.
 */
export function endedOn(c: Commitment, now: Date, plan?: ActionPlan): string | undefined {
  if (hasPassed(c.end, now)) return c.end;
  return plan?.phase === 'closed' ? plan.period.end : undefined;
}
