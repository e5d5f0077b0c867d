/**
 * A scratch file of one JSON line per commitment, read back by position. The importer keeps
 * only each line's place, so memory does not grow with the text of the sheet, and commitments
 * can be written grouped by plan whatever the order of the rows.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SpillSlot {
  offset: number;
  length: number;
}

export class SpillFile<T> {
  private readonly dir = mkdtempSync(join(tmpdir(), 'ogp-embed-import-'));
  private readonly fd = openSync(join(this.dir, 'rows.jsonl'), 'w+');
  private size = 0;

  add(value: T): SpillSlot {
    const bytes = Buffer.from(`${JSON.stringify(value)}\n`);
    writeSync(this.fd, bytes, 0, bytes.length, this.size);
    const slot = { offset: this.size, length: bytes.length };
    this.size += bytes.length;
    return slot;
  }

  read(slot: SpillSlot): T {
    const bytes = Buffer.allocUnsafe(slot.length);
    readSync(this.fd, bytes, 0, slot.length, slot.offset);
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
