/**
 * Where the OGP sheet's importer keeps each commitment between reading the rows and writing the
 * feed plan by plan. In the browser (the studio) they stay in memory; the CLI puts them in a
 * scratch file (`spill.ts`) so memory does not grow with the sheet.
 */
export interface RowStore<T> {
  /** Keeps a value; returns the slot to read it back from. */
  add(value: T): number;
  read(slot: number): T;
  /** Lets go of everything kept; safe to call twice. */
  dispose(): void;
}

export class MemoryRowStore<T> implements RowStore<T> {
  private values: T[] = [];

  add(value: T): number {
    return this.values.push(value) - 1;
  }

  read(slot: number): T {
    return this.values[slot]!;
  }

  dispose(): void {
    this.values = [];
  }
}
