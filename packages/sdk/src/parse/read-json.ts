/**
 * JSON text to a value, or which of the ways text fails to be JSON it is: one classification for
 * the client (`decode-body.ts`, bytes from a server) and `parseFeed` (text given by a program or
 * read by the CLI), so a feed is judged the same whichever way it arrives.
 */

/** Why text is not JSON: nothing in it, a web page (a static host's wrong address), or anything else. */
export type JsonFailure = 'empty' | 'html' | 'not-json';

export type JsonRead = { value: unknown; reason?: undefined } | { reason: JsonFailure; error?: unknown };

/** A leading byte order mark is dropped, as `TextDecoder` and `Response.json()` drop it (Excel writes one). */
export function readJsonText(text: string): JsonRead {
  const body = text.replace(/^\uFEFF/, '');
  const start = body.trimStart();
  try {
    return start ? { value: JSON.parse(body) } : { reason: 'empty' };
  } catch (error) {
    return { reason: start[0] === '<' ? 'html' : 'not-json', error };
  }
}
