/**
 * `validate` of a published folder: the whole feed is checked as any feed, then every part is
 * held to what `publish` would write from that whole today. A part that is missing, was cut from
 * another version of the whole (stale), or says something else than the whole (contradicts), or an
 * index that names another version, is an error that names the file. Files in the parts folder that
 * are no part of this feed are warnings (left from an earlier publish).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseFeed, slicesFolderName } from '@ogp-embed/sdk';
import type { FeedInput, ParseResult } from '@ogp-embed/sdk';
import { eachPublishedFile, FEED_FILE } from './published-files.js';
import { checkSnapshots } from './snapshots.js';
import { parseJsonOrText } from '../io/json-value.js';

export type FolderProblemCode = 'missing' | 'unreadable' | 'stale' | 'contradicts' | 'extra' | 'no-parts';

export interface FolderProblem {
  severity: 'error' | 'warning';
  code: FolderProblemCode;
  /** The file, relative to the folder: `feed.parts/commitment/CL0069.json`. */
  path: string;
  /** The part's kind and id, for parts. */
  part?: string;
}

export interface FolderCheck {
  /** The whole feed's bytes, when it could be read. */
  feed?: Buffer;
  /** The whole feed read leniently, when it could be read: its own issues, without reading it twice. */
  parsed?: ParseResult;
  /** How many files of the parts folder were compared. */
  checked: number;
  problems: FolderProblem[];
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * Compares the parts folder with the parts of the whole feed in `folder`: `feed.json` and
 * `feed.parts/`, or `feedFile` and its own parts folder (`chile.json`, `chile.parts/`).
 */
export async function checkFolder(folder: string, feedFile = FEED_FILE): Promise<FolderCheck> {
  const problems: FolderProblem[] = [];
  const partsFolder = slicesFolderName(feedFile);
  let feed: Buffer;
  try {
    feed = await readFile(join(folder, feedFile));
  } catch {
    return { checked: 0, problems: [{ severity: 'error', code: 'missing', path: feedFile }] };
  }
  const value = parseJsonOrText(feed.toString('utf8'));
  const parsed = parseFeed(value, { mode: 'lenient' });
  // A whole feed that cannot be read has no parts to compare: its own issues say why.
  if (!parsed.ok) return { feed, parsed, checked: 0, problems };
  const present = new Set((await filesUnder(join(folder, partsFolder))).map((path) => `${partsFolder}/${path}`));
  if (present.size === 0)
    return { feed, parsed, checked: 0, problems: [{ severity: 'error', code: 'no-parts', path: partsFolder }] };
  let checked = 0;
  // One file at a time, its expected bytes made when it is reached.
  for (const file of eachPublishedFile(feed, value as FeedInput, feedFile)) {
    if (file.kind === 'feed') continue;
    const part = file.id === undefined ? undefined : `${file.kind} ${file.id}`;
    const problem = (code: FolderProblemCode) =>
      problems.push({ severity: 'error', code, path: file.path, ...(part ? { part } : {}) });
    if (!present.has(file.path)) {
      problem('missing');
      continue;
    }
    present.delete(file.path);
    checked++;
    let found: unknown;
    try {
      const bytes = await readFile(join(folder, file.path));
      // What publish wrote, byte for byte: nothing to compare further (the common case, and fast).
      if (bytes.equals(file.bytes)) continue;
      found = JSON.parse(bytes.toString('utf8'));
    } catch {
      problem('unreadable');
      continue;
    }
    const want = JSON.parse(file.bytes.toString('utf8')) as Record<string, unknown>;
    if (isDeepStrictEqual(found, want)) continue;
    // Cut from (or naming) another version of the whole: stale. Same version, other content: contradicts.
    const version = (value: unknown) => {
      const object = value as { part?: { sha256?: unknown }; parts?: { sha256?: unknown } } | null;
      return object?.part?.sha256 ?? object?.parts?.sha256;
    };
    const seen = version(found);
    problem(typeof seen === 'string' && seen !== version(want) ? 'stale' : 'contradicts');
  }
  // The snapshots beside the slices (publish/snapshots.ts): errors of their own, not counted as slices.
  await checkSnapshots(
    folder,
    parsed.feed,
    present,
    (code, path, part) => problems.push({ severity: 'error', code, path, part }),
    (path) => readFile(path, 'utf8'),
  );
  for (const path of present) problems.push({ severity: 'warning', code: 'extra', path });
  return { feed, parsed, checked, problems };
}
