/**
 * Where a command's result goes: standard output, or a file written atomically (`-o`).
 */
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { CliError, EXIT } from '../cli/exit-codes.js';
import type { CliContext } from '../cli/context.js';
import { writeAtomically } from './atomic-file.js';
import { systemReason } from './system-error.js';

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return (
    error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && !(error instanceof CliError)
  );
}

/** A name for messages: the path as given, or "standard output". */
export function outputName(ctx: CliContext, output: string | undefined): string {
  return output === undefined || output === '-' ? ctx.t.stdout() : output;
}

export async function withOutput<T>(
  ctx: CliContext,
  output: string | undefined,
  write: (stream: Writable) => Promise<T>,
): Promise<T> {
  if (output === undefined || output === '-') {
    const result = await write(ctx.stdout);
    // Let stdout drain before the process ends.
    if (ctx.stdout.writableNeedDrain) await once(ctx.stdout, 'drain');
    return result;
  }
  try {
    return await writeAtomically(resolve(ctx.cwd, output), write);
  } catch (error) {
    if (isSystemError(error))
      throw new CliError(ctx.t.couldNotWrite(output, systemReason(ctx.t, error)), EXIT.unreadable);
    throw error;
  }
}
