/** The HTTP `Retry-After` header, read as a wait in ms (RFC 9110, section 10.2.3). */

/** `Retry-After` as seconds (`120`) or as an HTTP date; `undefined` when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
