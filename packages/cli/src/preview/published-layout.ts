/**
 * The published layout of the previewed feed, in memory: what `ogp-embed publish` would write
 * beside it (`feed.parts/...`), cut again whenever the file changes, so the preview page loads
 * its elements by parts as a published site does. A feed with errors has no parts: the elements
 * then read the whole feed and show its problems.
 */
import { createHash } from 'node:crypto';
import { parseFeed } from '@ogp-embed/sdk';
import type { FeedInput } from '@ogp-embed/sdk';
import { publishedFiles } from '../publish/published-files.js';
import type { FeedFile } from './feed-file.js';

export function publishedLayout(feed: FeedFile): (path: string) => Promise<{ body: Buffer; etag: string } | undefined> {
  let cut: { etag: string; files: Map<string, { body: Buffer; etag: string }> } | undefined;
  return async (path) => {
    const { body, etag } = await feed.current();
    if (cut?.etag !== etag) {
      const files = new Map<string, { body: Buffer; etag: string }>();
      const text = body.toString('utf8');
      if (parseFeed(text, { mode: 'strict' }).ok) {
        for (const file of publishedFiles(body, JSON.parse(text) as FeedInput)) {
          const tag = `"${createHash('sha256').update(file.bytes).digest('base64url').slice(0, 27)}"`;
          files.set(file.path, { body: file.bytes, etag: tag });
        }
      }
      cut = { etag, files };
    }
    return cut.files.get(path);
  };
}
