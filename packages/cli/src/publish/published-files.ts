/**
 * The files of a published feed: the whole feed as it was given, and beside it the parts folder
 * (`feed.parts/`: the index and one document per commitment, plan and forum, see the SDK's
 * `cutParts`). One function for `publish` (writes them), `preview` (serves them) and `validate`
 * of a folder (compares with them), so all three agree on what a published folder holds.
 */
import { createHash } from 'node:crypto';
import { cutParts, DEFAULT_PART_PATHS, partPath, partsFolderName, partsIndex } from '@ogp-embed/sdk';
import type { FeedInput, PartKind, WholeFeedVersion } from '@ogp-embed/sdk';

/** The name the whole feed has in a published folder. */
export const FEED_FILE = 'feed.json';
export const PARTS_FOLDER = partsFolderName(FEED_FILE);

export interface PublishedFile {
  /** Relative to the published folder, with `/`: `feed.parts/commitment/CL0069.json`. */
  path: string;
  bytes: Buffer;
  /** What the file is: the whole feed, the index, or a part. */
  kind: 'feed' | 'index' | PartKind;
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
  const index = partsIndex(feed, feedFile, version);
  const folder = partsFolderName(feedFile);
  const json = (value: unknown) => Buffer.from(JSON.stringify(value));
  return [
    { path: feedFile, bytes, kind: 'feed' },
    { path: `${folder}/index.json`, bytes: json(index), kind: 'index' },
    ...cutParts(feed, version).map(({ kind, id, document }) => ({
      path: `${folder}/${partPath(index.parts.paths[kind] ?? DEFAULT_PART_PATHS[kind], id)}`,
      bytes: json(document),
      kind,
      id,
    })),
  ];
}
