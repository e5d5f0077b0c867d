/**
 * JSON text to a value, or which of the ways text fails to be JSON it is: one classification for
 * the client (`decode-body.ts`, bytes from a server) and `parseFeed` (text given by a program or
 * read by the CLI), so a feed is judged the same whichever way it arrives.
 */

/** Why text is not JSON: nothing in it, a web page (a static host's wrong address), or anything else. */
export type JsonFailure = 'empty' | 'html' | 'not-json';

export type JsonRead = { ok: true; value: unknown } | { ok: false; reason: JsonFailure; error?: unknown };

const BYTE_ORDER_MARK = 0xfeff;

/** A leading byte order mark is dropped, as `TextDecoder` and `Response.json()` drop it (Excel writes one). */
export function readJsonText(text: string): JsonRead {
  const body = text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
  const start = body.trimStart();
  if (start === '') return { ok: false, reason: 'empty' };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    return { ok: false, reason: start.startsWith('<') ? 'html' : 'not-json', error };
  }
}
