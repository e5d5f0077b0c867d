/**
 * Links from a feed are followed only when they are http(s) or mailto. Anything else
 * (`javascript:`, `data:`, relative paths that a hostile feed could aim at the host page)
 * is shown as text, never as a link.
 */
const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/** The absolute URL when it is safe to put in an `href`, else `undefined`. */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url.trim());
    return ALLOWED.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
