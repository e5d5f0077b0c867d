/**
 * The longest delay `setTimeout` keeps: 2^31 - 1 ms (about 24.8 days). A longer one overflows the
 * 32-bit count and fires at once (HTML's timer steps; Node warns and uses 1 ms), and ky refuses a
 * longer `timeout` with a `RangeError`: every timer and time limit of the client is capped here.
 */
export const LONGEST_TIMER = 2_147_483_647;
