/**
 * The hostile feed corpus (`test/fixtures/hostile/cases.json`) as typed cases, with the bytes
 * each one is served as.
 */
import { readFileSync } from 'node:fs';
import { GENERATORS } from '../fixtures/hostile/generate.js';

export type Decoded = 'feed' | 'empty' | 'not-utf8' | 'not-json' | 'html';

export interface HostileCase {
  id: string;
  /** A file of the corpus folder, or the name of a generator in `generate.ts`. */
  file?: string;
  generate?: string;
  contentType?: string;
  what: string;
  decode: Decoded;
  lenient?: { ok: boolean; dropped?: string[] };
  strict?: { ok: boolean };
  element: {
    commitment: string;
    shows: 'data' | 'error';
    /** Shown with its details open (its timeline then lists every milestone's title). */
    expanded?: boolean;
    /** Shown literally (data cases). */
    text?: string[];
    /** Never shown anywhere in the element. */
    absent?: string[];
    /** Part of the English message (error cases). */
    message?: string;
  };
}

const folder = new URL('../fixtures/hostile/', import.meta.url);

export const HOSTILE_CASES: HostileCase[] = JSON.parse(readFileSync(new URL('cases.json', folder), 'utf8')).cases;

export function hostileCase(id: string): HostileCase {
  const found = HOSTILE_CASES.find((c) => c.id === id);
  if (!found) throw new Error(`no hostile case ${id}`);
  return found;
}

const generated = new Map<string, Buffer>();

/** The bytes served for a case; generated ones are made once per process. */
export function hostileBody(c: HostileCase): Buffer {
  if (c.file) return readFileSync(new URL(c.file, folder));
  const generate = GENERATORS[c.generate ?? ''];
  if (!generate) throw new Error(`case ${c.id}: no file and no generator`);
  let body = generated.get(c.id);
  if (!body) {
    body = Buffer.from(generate(), 'utf8');
    generated.set(c.id, body);
  }
  return body;
}

export function hostileContentType(c: HostileCase): string {
  return c.contentType ?? 'application/json; charset=utf-8';
}
