/**
 * One commitment's story in date order: its start, milestones, progress updates and end.
 */
import type { Commitment, Milestone, ProgressUpdate } from '../schema/feed.js';
import { compareDates } from './date-order.js';
import { milestoneState } from './milestones.js';
import type { MilestoneState } from './milestones.js';
import { isCommitmentOverdue } from './status.js';

export type TimelineEntry =
  | { kind: 'start'; date: string }
  | {
      kind: 'end';
      date: string;
      /** The end is past and the commitment is known not to be done (`isCommitmentOverdue`). */
      overdue: boolean;
    }
  | {
      kind: 'milestone';
      /** Its due date, else its completion date; `undefined` when it has neither. */
      date?: string;
      milestone: Milestone;
      state: MilestoneState;
      /** Its position in the commitment's `milestones`. */
      index: number;
    }
  | { kind: 'update'; date: string; update: ProgressUpdate; index: number };

/** On the same day, the start comes first and the end last. */
const KIND_ORDER: Record<TimelineEntry['kind'], number> = { start: 0, milestone: 1, update: 2, end: 3 };

/**
 * Start, milestones (each with its state on `now`), progress updates and end, sorted by date:
 * partial dates by their earliest day, entries without a date last, ties in listed order.
 */
export function commitmentTimeline(c: Commitment, now: Date): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  if (c.start !== undefined) entries.push({ kind: 'start', date: c.start });
  c.milestones.forEach((milestone, index) => {
    const date = milestone.due ?? milestone.completedOn;
    const entry: TimelineEntry = { kind: 'milestone', milestone, state: milestoneState(milestone, now), index };
    if (date !== undefined) entry.date = date;
    entries.push(entry);
  });
  c.updates.forEach((update, index) => entries.push({ kind: 'update', date: update.date, update, index }));
  if (c.end !== undefined) entries.push({ kind: 'end', date: c.end, overdue: isCommitmentOverdue(c, now) });
  return entries.sort((a, b) => compareDates(a.date, b.date) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}
