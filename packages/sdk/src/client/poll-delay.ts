/**
 * How long `watch()` waits before the next poll. After a success: the interval. After `n`
 * failures in a row: the interval doubled `n` times, capped at ten minutes (or the interval,
 * if that is longer), never sooner than the server's `Retry-After`. The backoff is spread
 * over 75-100% of its value so that many pages that failed together do not all retry in
 * the same instant.
 */
export const MAX_BACKOFF = 10 * 60_000;

/** `Retry-After` beyond this is treated as a mistake rather than a reason to stop for days. */
const MAX_RETRY_AFTER = 60 * 60_000;

export interface PollDelayInput {
  interval: number;
  failures: number;
  /** The server's `Retry-After`, in ms, from the last failure. */
  retryAfter?: number | undefined;
  /** A number in [0, 1), fixed per failure so the same delay comes out each time it is asked. */
  jitter?: number;
}

export function pollDelay({ interval, failures, retryAfter, jitter = 1 }: PollDelayInput): number {
  if (failures <= 0) return interval;
  const cap = Math.max(interval, MAX_BACKOFF);
  const backoff = Math.min(interval * 2 ** Math.min(failures, 30), cap);
  const spread = backoff * (0.75 + 0.25 * Math.min(Math.max(jitter, 0), 1));
  const asked = Math.min(retryAfter ?? 0, MAX_RETRY_AFTER);
  return Math.max(spread, asked);
}
