/**
 * The studio's worker: reads the files the officer opened, cuts the feed for each preview and
 * zips the published folder, off the page's thread, so a sheet of 50,000 rows never freezes the
 * page; says each stage as it goes (the page's progress bar). It keeps the feed: the page gets a
 * catalogue of it and, for the item picked, a feed holding only that item.
 */
import type { Feed } from '@ogp-embed/sdk';
import { templateWorkbook } from '@ogp-embed/cli/core';
import type { CliLanguage, NamedFile } from '@ogp-embed/cli/core';
import { importFiles } from './import-files.js';
import type { ImportOptions, StudioResult } from './import-files.js';
import { previewFeed } from './preview-feed.js';
import type { EntityKind, Stage } from './words.js';
import { zipFolder } from './zip-folder.js';

export type ToWorker =
  | { type: 'import'; files: File[]; options: ImportOptions }
  | { type: 'preview'; kind: EntityKind; id: string }
  | { type: 'zip' }
  | { type: 'template'; lang: CliLanguage };
export type FromWorker =
  | { type: 'progress'; stage: Stage; done: number; total: number; file?: string }
  | { type: 'result'; result: StudioResult }
  | { type: 'preview'; kind: EntityKind; id: string; feed?: Feed }
  | { type: 'zip'; bytes: Uint8Array; files: number }
  | { type: 'template'; bytes: Uint8Array }
  | { type: 'failed'; message: string };

const scope = self as unknown as Worker;
const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

/** The last import's feed and its text: what previews and the zip are made of. */
let current: { feed?: Feed; feedText?: string } = {};
/**
 * The import asked for last. Reads overlap (an option changed re-reads the open files while the
 * officer opens others): one that is no longer the latest says nothing and keeps nothing, or a
 * slow re-read finishing last would put the earlier files back under the newer ones.
 */
let latest = 0;

async function importOpened(opened: File[], options: ImportOptions): Promise<void> {
  const read = ++latest;
  const stale = () => read !== latest;
  current = {};
  const files: NamedFile[] = [];
  for (const [i, file] of opened.entries()) {
    post({ type: 'progress', stage: 'reading', done: i, total: opened.length, file: file.name });
    files.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    if (stale()) return;
  }
  const { result, feed, feedText } = await importFiles(files, options, (stage, done, total, file) => {
    if (!stale()) post({ type: 'progress', stage, done, total, ...(file ? { file } : {}) });
  });
  if (stale()) return;
  current = { ...(feed ? { feed } : {}), ...(feedText ? { feedText } : {}) };
  post({ type: 'result', result });
}

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'import') return importOpened(message.files, message.options);
  if (message.type === 'preview') {
    const feed = current.feed && previewFeed(current.feed, message.kind, message.id);
    return post({ type: 'preview', kind: message.kind, id: message.id, ...(feed ? { feed } : {}) });
  }
  if (message.type === 'template') {
    const bytes = await templateWorkbook(message.lang);
    return post({ type: 'template', bytes }, [bytes.buffer]);
  }
  if (!current.feedText) throw new Error('no feed to publish');
  const { bytes, files } = await zipFolder(current.feedText);
  post({ type: 'zip', bytes, files }, [bytes.buffer]);
}

scope.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  handle(event.data).catch((error: unknown) =>
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
