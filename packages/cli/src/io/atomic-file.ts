/**
 * Output files are written whole or not at all: into a temporary file beside the target, then
 * renamed over it (a rename within one folder is atomic on POSIX and Windows). A run that fails
 * half-way removes its temporary file and leaves the old output untouched.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { randomBytes } from 'node:crypto';

function temporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Runs `write` on a stream into a temporary file; renames it to `target` only if `write` succeeds. */
export async function writeAtomically<T>(target: string, write: (stream: Writable) => Promise<T>): Promise<T> {
  await mkdir(dirname(target), { recursive: true });
  const temporary = temporaryPath(target);
  const stream = createWriteStream(temporary, { flags: 'wx' });
  try {
    await once(stream, 'open');
    const result = await write(stream);
    stream.end();
    await once(stream, 'finish');
    await rename(temporary, target);
    return result;
  } catch (error) {
    stream.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}

export async function writeFileAtomically(target: string, text: string): Promise<void> {
  await writeAtomically(target, async (stream) => {
    if (!stream.write(text)) await once(stream, 'drain');
  });
}
