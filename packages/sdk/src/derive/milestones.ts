/**
 * Where a milestone stands on a given day. A due date known to the month is met by the month's
 * last day, so it is overdue only once that month has ended. A milestone nobody reported on is
 * not late: past its due date it is `unreported`, which is unknown, not a negative claim.
 */
import { latestDay, parsePartialDate } from '../dates/partial-date.js';
import type { Commitment, Milestone } from '../schema/feed.js';
import { compareDates, daysUntil, hasPassed } from './date-order.js';

export type MilestoneState = 'completed' | 'cancelled' | 'overdue' | 'unreported' | 'due-soon' | 'upcoming' | 'undated';

/** Completed by its status, or by a completion date given without a status. */
export function isMilestoneCompleted(m: Milestone): boolean {
  return m.status === 'completed' || (m.status === undefined && m.completedOn !== undefined);
}

/** Nobody said how it stands: it has neither a status nor a completion date. */
export function isMilestoneUnreported(m: Milestone): boolean {
  return m.status === undefined && m.completedOn === undefined;
}

/** Still to be done: neither completed nor cancelled. */
export function isMilestoneOpen(m: Milestone): boolean {
  return !isMilestoneCompleted(m) && m.status !== 'cancelled';
}

/**
 * `completed` / `cancelled` by status; otherwise by its due date against `now`. Once the due
 * date's last day is past: `overdue` when the milestone has a status (someone reported it not
 * done), `unreported` when it has none. Before: `due-soon` when that day is at most
 * `dueSoonDays` days away, `upcoming` when further. `undated` without a due date.
 */
export function milestoneState(m: Milestone, now: Date, dueSoonDays = 30): MilestoneState {
  if (isMilestoneCompleted(m)) return 'completed';
  if (m.status === 'cancelled') return 'cancelled';
  if (m.due === undefined || !parsePartialDate(m.due)) return 'undated';
  if (hasPassed(m.due, now)) return isMilestoneUnreported(m) ? 'unreported' : 'overdue';
  return daysUntil(latestDay(m.due), now) <= dueSoonDays ? 'due-soon' : 'upcoming';
}

/**
 * The open milestone due first (an overdue or unreported one included: it is still the next
 * thing to do);
 * among equal or missing due dates, the first listed. `undefined` when none is open.
 */
export function nextMilestone(c: Commitment, now: Date): Milestone | undefined {
  const open = c.milestones.filter((m) => {
    const state = milestoneState(m, now);
    return state !== 'completed' && state !== 'cancelled';
  });
  return open.sort((a, b) => compareDates(a.due, b.due))[0];
}
