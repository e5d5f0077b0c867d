/**
 * Where input comes from: a file, standard input (`-`), or for feeds an http(s) URL.
 * Any failure to get the bytes is a `CliError` with exit status 2.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { CliError, EXIT } from '../cli/exit-codes.js';
import type { CliContext } from '../cli/context.js';

const FETCH_TIMEOUT_MS = 30_000;

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

function reason(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    const { code } = error as { code: string };
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EISDIR') return 'it is a folder';
    if (code === 'EACCES') return 'permission denied';
    return code;
  }
  if (error instanceof Error) return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
  return String(error);
}

export function unreadable(ctx: CliContext, source: string, error: unknown): CliError {
  return new CliError(ctx.t.couldNotRead(source, reason(error)), EXIT.unreadable);
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** The whole text of a feed from a file, `-` or a URL. */
export async function readText(ctx: CliContext, source: string): Promise<string> {
  try {
    if (source === '-') return await readStdin(ctx.stdin);
    if (isUrl(source)) {
      const response = await fetch(source, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      });
      if (!response.ok) throw new CliError(ctx.t.couldNotRead(source, ctx.t.httpStatus(response.status)), EXIT.unreadable);
      return await response.text();
    }
    return await readFile(resolve(ctx.cwd, source), 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw unreadable(ctx, source, error);
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
