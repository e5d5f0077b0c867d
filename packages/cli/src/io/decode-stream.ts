/**
 * A spreadsheet's CSV as a stream of text, for sheets too big to hold (OGP's commitments sheet):
 * the same encodings as `read-table.ts`, decided as the bytes arrive. UTF-16 is known by its byte
 * order mark; otherwise bytes are read as strict UTF-8 and, if a byte is not UTF-8 while every byte
 * before it was plain ASCII (which both encodings write alike), the rest is read as Windows-1252.
 * Bytes that fit neither stop the stream with a `TableEncodingError` naming the file.
 */
import { looksLike1252, SAVE_AS, TableEncodingError } from './read-table.js';
import type { TableEncoding } from './read-table.js';

/** Whether the chunk's first non-ASCII byte begins a valid UTF-8 sequence: then the file is UTF-8 with bad bytes later, not Windows-1252. */
function startsAsUtf8(chunk: Uint8Array): boolean {
  const at = chunk.findIndex((byte) => byte >= 0x80);
  if (at < 0) return false;
  const lead = chunk[at]!;
  const length =
    lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (!length || at + length > chunk.length) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(chunk.subarray(at, at + length));
    return true;
  } catch {
    return false;
  }
}

function notReadable(file: string): TableEncodingError {
  return new TableEncodingError(file, {
    en: `this file is not in an encoding that can be read safely (UTF-8, UTF-16 or Windows-1252); save it again: ${SAVE_AS.en}`,
    es: `este archivo no está en una codificación que se pueda leer con seguridad (UTF-8, UTF-16 o Windows-1252); guárdelo de nuevo: ${SAVE_AS.es}`,
  });
}

export async function* decodeTextStream(
  input: AsyncIterable<Uint8Array | string>,
  file: string,
  onEncoding: (encoding: TableEncoding) => void = () => {},
): AsyncGenerator<string> {
  let encoding: TableEncoding | undefined;
  let decoder: TextDecoder | undefined;
  let asciiSoFar = true;
  for await (const raw of input) {
    const chunk = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
    if (!decoder) {
      encoding =
        chunk[0] === 0xff && chunk[1] === 0xfe
          ? 'utf-16le'
          : chunk[0] === 0xfe && chunk[1] === 0xff
            ? 'utf-16be'
            : 'utf-8';
      decoder = new TextDecoder(encoding, { fatal: true });
      onEncoding(encoding);
    }
    if (encoding === 'windows-1252') {
      if (!looksLike1252(chunk)) throw notReadable(file);
      yield decoder.decode(chunk, { stream: true });
      continue;
    }
    try {
      yield decoder.decode(chunk, { stream: true });
    } catch {
      if (encoding !== 'utf-8' || !asciiSoFar || startsAsUtf8(chunk) || !looksLike1252(chunk)) throw notReadable(file);
      encoding = 'windows-1252';
      decoder = new TextDecoder('windows-1252');
      onEncoding(encoding);
      yield decoder.decode(chunk, { stream: true });
    }
    if (asciiSoFar) asciiSoFar = chunk.every((byte) => byte < 0x80);
  }
  try {
    const rest = decoder?.decode() ?? '';
    if (rest) yield rest;
  } catch {
    throw notReadable(file);
  }
}
