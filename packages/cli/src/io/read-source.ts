/**
 * Where input comes from: a file, standard input (`-`), or for feeds an http(s) URL.
 * Bytes are read the same way from all three and a feed's bytes are decoded by the SDK's
 * `decodeFeedText` (strict UTF-8, a byte order mark dropped), exactly as the browser reads them.
 * Any failure to get the bytes is a `CliError` with exit status 2; bytes that are not UTF-8 are
 * a `CliError` with exit status 1 (the input was read and is wrong).
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { decodeFeedText, errorMessage, isFeedFormatError } from '@ogp-embed/sdk';
import { CliError, EXIT } from '../cli/exit-codes.js';
import type { CliContext } from '../cli/context.js';
import { systemReason } from './system-error.js';

const FETCH_TIMEOUT_MS = 30_000;

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

export function unreadable(ctx: CliContext, source: string, error: unknown): CliError {
  return new CliError(ctx.t.couldNotRead(source, systemReason(ctx.t, error)), EXIT.unreadable);
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** A URL's bytes and the response's headers, asked for as a page on another site would. */
export async function fetchWithHeaders(
  ctx: CliContext,
  url: string,
  accept: string,
  origin: string,
): Promise<{ bytes: Uint8Array; headers: Headers }> {
  try {
    const response = await fetch(url, {
      headers: { accept, origin, 'accept-encoding': 'gzip, deflate, br' },
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    if (!response.ok) throw new CliError(ctx.t.couldNotRead(url, ctx.t.httpStatus(response.status)), EXIT.unreadable);
    return { bytes: new Uint8Array(await response.arrayBuffer()), headers: response.headers };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw unreadable(ctx, url, error);
  }
}

/** The bytes of a file, `-` or a URL, as they are: nothing decoded yet. */
export async function readBytes(ctx: CliContext, source: string, accept = 'application/json'): Promise<Uint8Array> {
  try {
    if (source === '-') return await readStdin(ctx.stdin);
    if (isUrl(source)) {
      const response = await fetch(source, { headers: { accept }, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
      if (!response.ok)
        throw new CliError(ctx.t.couldNotRead(source, ctx.t.httpStatus(response.status)), EXIT.unreadable);
      return new Uint8Array(await response.arrayBuffer());
    }
    return await readFile(resolve(ctx.cwd, source));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw unreadable(ctx, source, error);
  }
}

/** The name of a source in messages: the path or URL as given, "standard input" for `-`. */
export function sourceName(ctx: CliContext, source: string): string {
  return source === '-' ? ctx.t.stdin() : source;
}

/** The whole text of a feed from a file, `-` or a URL, decoded as the SDK decodes a response. */
export async function readText(ctx: CliContext, source: string): Promise<string> {
  return decodeText(ctx, source, await readBytes(ctx, source));
}

/** A feed's bytes decoded as the SDK decodes a response; not UTF-8 is a `CliError` (status 1). */
export function decodeText(ctx: CliContext, source: string, bytes: Uint8Array): string {
  try {
    return decodeFeedText(bytes, source);
  } catch (error) {
    if (isFeedFormatError(error))
      throw new CliError(ctx.t.notUtf8Feed(sourceName(ctx, source), errorMessage(error, ctx.lang)), EXIT.invalid);
    throw error;
  }
}

/** A byte stream of a file or `-`, with the file's size when known (for the progress bar). */
export async function openStream(ctx: CliContext, source: string): Promise<{ stream: Readable; size?: number }> {
  if (source === '-') return { stream: ctx.stdin as Readable };
  const path = resolve(ctx.cwd, source);
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    return { stream: createReadStream(path), size: info.size };
  } catch (error) {
    throw unreadable(ctx, source, error);
  }
}
