/**
 * How far a commitment has come, and how that is known. `unknown` is a real answer: a
 * commitment nobody reported on is not at 0 %.
 */
import type { Commitment } from '../schema/feed.js';
import { isMilestoneCompleted, isMilestoneUnreported } from './milestones.js';

export type Progress =
  | {
      /** Where the figure comes from: the reported percent, the milestones, or the status. */
      kind: 'reported' | 'milestones' | 'status';
      /** 0 to 100. */
      percent: number;
    }
  | { kind: 'unknown' };

const clamp = (n: number) => Math.min(100, Math.max(0, n));

/**
 * Weighted share of completed milestones, cancelled ones left out; weights default to 1.
 * `undefined` unless every counted milestone says whether it is done (a status or a
 * completion date): a milestone nobody reported on is not a milestone not done.
 */
function milestoneCompletion(c: Commitment): number | undefined {
  const counted = c.milestones.filter((m) => m.status !== 'cancelled');
  if (counted.length === 0) return undefined;
  if (counted.some(isMilestoneUnreported)) return undefined;
  let total = 0;
  let done = 0;
  for (const m of counted) {
    const weight = m.weight ?? 1;
    total += weight;
    if (isMilestoneCompleted(m)) done += weight;
  }
  if (!(total > 0) || !Number.isFinite(total)) return undefined;
  return clamp((done / total) * 100);
}

/**
 * The reported percent; else the weighted milestone completion; else from the reported status
 * (completed → 100, not-started → 0); else `{ kind: 'unknown' }`. Always within 0–100.
 */
export function commitmentProgress(c: Commitment): Progress {
  const reported = c.reported?.percent;
  if (reported !== undefined && Number.isFinite(reported)) return { kind: 'reported', percent: clamp(reported) };
  const fromMilestones = milestoneCompletion(c);
  if (fromMilestones !== undefined) return { kind: 'milestones', percent: fromMilestones };
  if (c.reported?.status === 'completed') return { kind: 'status', percent: 100 };
  if (c.reported?.status === 'not-started') return { kind: 'status', percent: 0 };
  return { kind: 'unknown' };
}
