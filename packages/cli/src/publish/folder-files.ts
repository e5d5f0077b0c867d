/**
 * The files of a published feed, free of Node: the whole feed as compact JSON, and beside it the
 * parts folder (`feed.parts/`: the index and one document per commitment, plan and forum, see the
 * SDK's `eachSlice`). `published-files.ts` gives them to `publish`, `preview` and `validate`; the
 * studio zips the same files.
 */
import { eachSlice, DEFAULT_SLICE_PATHS, slicePath, slicesFolderName, sliceIndex } from '@ogp-embed/sdk';
import type { FeedInput, SliceKind, WholeFeedVersion } from '@ogp-embed/sdk';

/** The name the whole feed has in a published folder. */
export const FEED_FILE = 'feed.json';
export const PARTS_FOLDER = slicesFolderName(FEED_FILE);

export interface FolderFile {
  /** Relative to the published folder, with `/`: `feed.parts/commitment/CL0069.json`. */
  path: string;
  bytes: Uint8Array;
  /** What the file is: the whole feed, the index, a slice, or an element's snapshot (snapshots.ts). */
  kind: 'feed' | 'index' | SliceKind | 'snapshot';
  id?: string;
}

/**
 * Every file of the published folder of a feed (already checked: `feed` is `bytes` parsed), each
 * part naming `version`, the whole's `generatedAt` and the SHA-256 of its bytes. The whole is
 * `feed.json` as `publish` writes it; a host that serves it under another name (`chile.json`)
 * gives that name, and the parts folder and the index follow it.
 */
export function folderFiles(
  bytes: Uint8Array,
  feed: FeedInput,
  version: WholeFeedVersion,
  feedFile = FEED_FILE,
): FolderFile[] {
  return [...eachFolderFile(bytes, feed, version, feedFile)];
}

/** The same files one at a time, each document turned into bytes only when it is reached (`publish` of a large feed). */
export function* eachFolderFile(
  bytes: Uint8Array,
  feed: FeedInput,
  version: WholeFeedVersion,
  feedFile = FEED_FILE,
): Generator<FolderFile> {
  const index = sliceIndex(feed, feedFile, version);
  const folder = slicesFolderName(feedFile);
  const encoder = new TextEncoder();
  const json = (value: unknown) => encoder.encode(JSON.stringify(value));
  yield { path: feedFile, bytes, kind: 'feed' };
  yield { path: `${folder}/index.json`, bytes: json(index), kind: 'index' };
  for (const { kind, id, document } of eachSlice(feed, version)) {
    yield {
      path: `${folder}/${slicePath(index.parts.paths[kind] ?? DEFAULT_SLICE_PATHS[kind], id)}`,
      bytes: json(document),
      kind,
      id,
    };
  }
}

/** SHA-256 in hex by Web Crypto, which browsers and Node 20 both have. */
async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The published folder of a feed's text as `publish` writes it: path → bytes. The text must be a
 * valid feed (`checkFeedText`); `publish` refuses any other, and so must its caller.
 */
export async function publishFolder(text: string): Promise<Map<string, Uint8Array>> {
  const feed = JSON.parse(text) as FeedInput;
  // Compact, as `publish` writes it: the same data, no indentation.
  const bytes = new TextEncoder().encode(JSON.stringify(feed));
  const version = { generatedAt: feed.generatedAt, sha256: await sha256(bytes) };
  return new Map(folderFiles(bytes, feed, version).map((file) => [file.path, file.bytes]));
}
