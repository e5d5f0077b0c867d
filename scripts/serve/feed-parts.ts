/**
 * The published parts of the demo's feeds: what `ogp-embed publish` writes beside a feed
 * (`chile.parts/index.json`, `chile.parts/commitment/CL0069.json`, ...; docs/feed-format.md,
 * "Published parts"), made in memory by the CLI's own `publishedFiles` from the very bytes the
 * server sends as the whole, and never written to disk. They are cut again only when those bytes
 * may have changed: a sample file whose modification time (or size, or inode) changed, a new
 * revision of the live feed. Each part's ETag is a hash of its bytes, and its Last-Modified moves
 * only when they change, so a page polling one part gets 304s until that part changes (every part
 * names the whole's SHA-256, so a new whole is a new version of every part).
 *
 * A feed with errors has no parts, as `publish` refuses it: every part path is then a 404, and
 * readers use the whole feed, whose problems they show.
 */
import { parseFeed, slicesFolderName } from '@ogp-embed/sdk';
import type { FeedInput } from '@ogp-embed/sdk';
import { publishedFiles } from '../../packages/cli/src/publish/published-files.js';
import { etagOf } from './http-reply.js';

export interface PartFile {
  body: Buffer;
  etag: string;
  lastModified: Date;
}

interface Cut {
  /** What the parts were cut from: a file's stat signature, a live revision's ETag. */
  version: string;
  /** By path inside the parts folder: `index.json`, `commitment/CL0069.json`. */
  files: ReadonlyMap<string, PartFile>;
}

/** The files of the parts folder of the whole `bytes` served as `feedFile` (none for a feed with errors). */
export function cutPublishedParts(
  feedFile: string,
  bytes: Buffer,
  modified: Date,
  before?: ReadonlyMap<string, PartFile>,
): Map<string, PartFile> {
  const files = new Map<string, PartFile>();
  const text = bytes.toString('utf8');
  if (!parseFeed(text, { mode: 'strict' }).ok) return files;
  const folder = `${slicesFolderName(feedFile)}/`;
  for (const file of publishedFiles(bytes, JSON.parse(text) as FeedInput, feedFile)) {
    // The whole itself is served as it is, from its file or the live feed.
    if (!file.path.startsWith(folder)) continue;
    const path = file.path.slice(folder.length);
    const etag = etagOf(file.bytes);
    const kept = before?.get(path);
    files.set(path, { body: file.bytes, etag, lastModified: kept?.etag === etag ? kept.lastModified : modified });
  }
  return files;
}

/** The parts of each feed the server serves, each cut once per version of its whole. */
export class FeedParts {
  readonly #cuts = new Map<string, Cut>();

  /**
   * The parts folder of the whole served as `feedFile` (`chile.json`, `live.json`), keyed in this
   * cache by `key` (one per feed). `version` changes whenever the whole's bytes may have: only then
   * are `bytes()` read and the parts cut again. `modified`: when those bytes were written.
   */
  files(
    key: string,
    feedFile: string,
    version: string,
    bytes: () => Buffer,
    modified: Date,
  ): ReadonlyMap<string, PartFile> {
    const before = this.#cuts.get(key);
    if (before?.version === version) return before.files;
    const files = cutPublishedParts(feedFile, bytes(), modified, before?.files);
    this.#cuts.set(key, { version, files });
    return files;
  }
}
