/**
 * The files of a published feed: the whole feed as it was given, and beside it the parts folder
 * (`feed.parts/`: the index and one document per commitment, plan and forum, see the SDK's
 * `cutSlices`). One function for `publish` (writes them), `preview` (serves them) and `validate`
 * of a folder (compares with them), so all three agree on what a published folder holds.
 */
import { createHash } from 'node:crypto';
import { cutSlices, DEFAULT_SLICE_PATHS, slicePath, slicesFolderName, sliceIndex } from '@ogp-embed/sdk';
import type { FeedInput, SliceKind, WholeFeedVersion } from '@ogp-embed/sdk';

/** The name the whole feed has in a published folder. */
export const FEED_FILE = 'feed.json';
export const PARTS_FOLDER = slicesFolderName(FEED_FILE);

export interface PublishedFile {
  /** Relative to the published folder, with `/`: `feed.parts/commitment/CL0069.json`. */
  path: string;
  bytes: Buffer;
  /** What the file is: the whole feed, the index, a slice, or an element's snapshot (snapshots.ts). */
  kind: 'feed' | 'index' | SliceKind | 'snapshot';
  id?: string;
}

/** The version of the whole feed a part names: its `generatedAt` and the SHA-256 of its bytes. */
export function wholeVersion(bytes: Buffer, feed: FeedInput): WholeFeedVersion {
  return { generatedAt: feed.generatedAt, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Every file of the published folder of a feed (already checked: `feed` is `bytes` parsed). The
 * whole is `feed.json` as `publish` writes it; a host that serves it under another name
 * (`chile.json`, the demo server's) gives that name, and the parts folder and the index follow it.
 */
export function publishedFiles(bytes: Buffer, feed: FeedInput, feedFile = FEED_FILE): PublishedFile[] {
  const version = wholeVersion(bytes, feed);
  const index = sliceIndex(feed, feedFile, version);
  const folder = slicesFolderName(feedFile);
  const json = (value: unknown) => Buffer.from(JSON.stringify(value));
  return [
    { path: feedFile, bytes, kind: 'feed' },
    { path: `${folder}/index.json`, bytes: json(index), kind: 'index' },
    ...cutSlices(feed, version).map(({ kind, id, document }) => ({
      path: `${folder}/${slicePath(index.parts.paths[kind] ?? DEFAULT_SLICE_PATHS[kind], id)}`,
      bytes: json(document),
      kind,
      id,
    })),
  ];
}
