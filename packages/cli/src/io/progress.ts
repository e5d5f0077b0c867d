/**
 * A progress bar on stderr for imports that take more than a moment: nothing for the first
 * second (a small sheet finishes before), then one line redrawn in place. Only on a terminal
 * (a log file gets no carriage returns), never with `--quiet`.
 */
import type { CliContext } from '../cli/context.js';

const DELAY_MS = 1000;
const REDRAW_MS = 100;
const WIDTH = 24;

export interface Progress {
  update(rows: number): void;
  done(): void;
}

export function createProgress(
  ctx: CliContext,
  bytesRead: () => number | undefined,
  totalBytes: number | undefined,
): Progress {
  const enabled = !ctx.quiet && ctx.stderr.isTTY === true;
  const started = Date.now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update(rows) {
      if (!enabled) return;
      const now = Date.now();
      if (now - started < DELAY_MS || now - lastDraw < REDRAW_MS) return;
      lastDraw = now;
      const read = bytesRead();
      const fraction = totalBytes && read !== undefined ? Math.min(1, read / totalBytes) : undefined;
      const bar = fraction === undefined ? '' : `[${'#'.repeat(Math.round(fraction * WIDTH)).padEnd(WIDTH, '-')}] `;
      const percent = fraction === undefined ? undefined : Math.round(fraction * 100);
      ctx.stderr.write(`\r${bar}${ctx.t.progress(rows, percent)}\u001b[K`);
      drawn = true;
    },
    done() {
      if (drawn) ctx.stderr.write('\r\u001b[K');
    },
  };
}
