/**
 * From the bytes of a response to a JSON value, or a `FeedFormatError` that says which of
 * the ways a body can fail to be JSON it was (`readJsonText`, as `parseFeed` says it). UTF-8 is
 * checked strictly: `Response.text()` would quietly turn a Latin-1 feed into replacement characters.
 */
import { FeedFormatError } from '../errors/feed-format-error.js';
import { readJsonText } from '../parse/read-json.js';

export interface DecodedBody {
  text: string;
  value: unknown;
}

/**
 * The text of a feed's bytes: strict UTF-8, a leading byte order mark dropped. The one decoding
 * path for feeds: the client uses it for responses, the CLI for files, standard input and URLs.
 */
export function decodeFeedText(bytes: ArrayBuffer | Uint8Array, url: string): string {
  try {
    // A UTF-8 byte order mark is dropped (`ignoreBOM` is false), as JSON readers must.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new FeedFormatError('not-utf8', url, { cause: error });
  }
}

export function decodeBody(bytes: ArrayBuffer | Uint8Array, url: string): DecodedBody {
  const text = decodeFeedText(bytes, url);
  const read = readJsonText(text);
  if (!read.reason) return { text, value: read.value };
  throw new FeedFormatError(read.reason, url, read.error ? { cause: read.error } : {});
}
