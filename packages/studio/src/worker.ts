/**
 * The studio's worker: reads the files the officer opened, and zips the published folder, off the
 * page's thread, so a sheet of 50,000 rows never freezes the page; says each stage as it goes
 * (the page's progress bar).
 */
import type { NamedFile } from '@ogp-embed/cli/core';
import { importFiles } from './import-files.js';
import type { StudioResult } from './import-files.js';
import type { Stage } from './words.js';
import { zipFolder } from './zip-folder.js';

export type ToWorker = { type: 'import'; files: File[] } | { type: 'zip'; feedText: string };
export type FromWorker =
  | { type: 'progress'; stage: Stage; done: number; total: number; file?: string }
  | { type: 'result'; result: StudioResult }
  | { type: 'zip'; bytes: Uint8Array; files: number }
  | { type: 'failed'; message: string };

const scope = self as unknown as Worker;
const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

async function importOpened(opened: File[]): Promise<void> {
  const files: NamedFile[] = [];
  for (const [i, file] of opened.entries()) {
    post({ type: 'progress', stage: 'reading', done: i, total: opened.length, file: file.name });
    files.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  const result = await importFiles(files, (stage, done, total, file) => post({ type: 'progress', stage, done, total, ...(file ? { file } : {}) }));
  post({ type: 'result', result });
}

scope.addEventListener('message', async (event: MessageEvent<ToWorker>) => {
  try {
    if (event.data.type === 'import') await importOpened(event.data.files);
    else {
      const { bytes, files } = await zipFolder(event.data.feedText);
      post({ type: 'zip', bytes, files }, [bytes.buffer]);
    }
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
