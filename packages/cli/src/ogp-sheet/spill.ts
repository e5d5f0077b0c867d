/**
 * A scratch file of one JSON line per commitment, read back by slot. The importer keeps only
 * each line's place, so memory does not grow with the text of the sheet, and commitments can be
 * written grouped by plan whatever the order of the rows. Node only: the CLI's store.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RowStore } from './row-store.js';

export class SpillFile<T> implements RowStore<T> {
  private readonly dir = mkdtempSync(join(tmpdir(), 'ogp-embed-import-'));
  private readonly fd = openSync(join(this.dir, 'rows.jsonl'), 'w+');
  /** Where each line starts; the next line's start is where it ends. */
  private readonly starts: number[] = [0];

  add(value: T): number {
    const bytes = Buffer.from(`${JSON.stringify(value)}\n`);
    const offset = this.starts.at(-1)!;
    writeSync(this.fd, bytes, 0, bytes.length, offset);
    this.starts.push(offset + bytes.length);
    return this.starts.length - 2;
  }

  read(slot: number): T {
    const offset = this.starts[slot]!;
    const length = this.starts[slot + 1]! - offset;
    const bytes = Buffer.allocUnsafe(length);
    readSync(this.fd, bytes, 0, length, offset);
    return JSON.parse(bytes.toString('utf8')) as T;
  }

  /** Removes the scratch file; safe to call twice. */
  dispose(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
