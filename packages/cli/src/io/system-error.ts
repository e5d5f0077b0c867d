/**
 * A file-system or network failure in words: the reason the CLI prints after "could not read
 * X:" or "could not write X:". Raw codes (`ENOTDIR`, `EADDRINUSE`) mean nothing to a publisher,
 * so every code a publisher can meet has a sentence; anything else falls back to the system's
 * own description, without its code.
 */
import type { Messages } from '../i18n/messages.js';

/** The code of a Node system error, also when `fetch` wraps it as the `cause`. */
export function systemCode(error: unknown): string | undefined {
  for (
    let e = error, depth = 0;
    e && typeof e === 'object' && depth < 4;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    if ((e as { name?: unknown }).name === 'TimeoutError') return 'ETIMEDOUT';
  }
  return undefined;
}

/** The system's description without the code: "ENOTDIR: not a directory, open 'x'" → "not a directory". */
function bareDescription(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (
    message
      .replace(/^[A-Z][A-Z0-9_]+:\s*/, '')
      .replace(/,\s*\w+\s+'.*$/, '')
      .trim() || message
  );
}

/** Why an operation failed, in the CLI's language. */
export function systemReason(t: Messages, error: unknown): string {
  const code = systemCode(error);
  const words = code ? t.systemReason(code) : undefined;
  if (words) return words;
  if (error instanceof Error && error.cause instanceof Error) return bareDescription(error.cause);
  return bareDescription(error);
}
