/**
 * The files of a published feed (see `folder-files.ts`), as Node's buffers. One function for
 * `publish` (writes them), `preview` (serves them) and `validate` of a folder (compares with
 * them), so all three agree on what a published folder holds.
 */
import { createHash } from 'node:crypto';
import type { FeedInput, WholeFeedVersion } from '@ogp-embed/sdk';
import { eachFolderFile, FEED_FILE } from './folder-files.js';
import type { FolderFile } from './folder-files.js';

export { FEED_FILE, PARTS_FOLDER } from './folder-files.js';

export interface PublishedFile extends FolderFile {
  bytes: Buffer;
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
  return [...eachPublishedFile(bytes, feed, feedFile)];
}

/**
 * The same files one at a time, each document turned into bytes only when it is reached: a
 * 10,000-commitment feed's 11,000 files (twice the whole's bytes) are never all in memory at once.
 */
export function* eachPublishedFile(bytes: Buffer, feed: FeedInput, feedFile = FEED_FILE): Generator<PublishedFile> {
  for (const file of eachFolderFile(bytes, feed, wholeVersion(bytes, feed), feedFile)) {
    yield {
      ...file,
      bytes:
        file.kind === 'feed' ? bytes : Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
    };
  }
}
