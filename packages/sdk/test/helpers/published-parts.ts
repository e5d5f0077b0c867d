/**
 * A feed published by parts on the test server, as `ogp-embed publish` lays it out: the feed at
 * the server's feed path, the index and every part under `feed.parts/`, each with a strong ETag
 * from its bytes (so revalidations get real 304s).
 */
import { createHash } from 'node:crypto';
import type { FeedInput } from '@ogp-embed/sdk';
import type { FeedServer } from './feed-server.js';
import { partDocuments, type PartDocuments } from './part-documents.js';

const etagOf = (text: string) => `"${createHash('sha256').update(text).digest('hex').slice(0, 16)}"`;

export interface Published extends PartDocuments {
  /** The feed's text, as served. */
  text: string;
  sha256: string;
}

/** The parts of `feed` and their paths (under the folder of `feedPath`, default `/feed.json`). */
export function publish(feed: FeedInput, feedPath = '/feed.json'): Published {
  const text = JSON.stringify(feed);
  const sha256 = createHash('sha256').update(text).digest('hex');
  return { text, sha256, ...partDocuments(feed, feedPath, sha256) };
}

/** Serves `feed` whole and by parts on `server`; returns what was published. */
export function servePublished(server: FeedServer, feed: FeedInput): Published {
  const published = publish(feed, new URL(server.url).pathname);
  server.reply({ body: published.text, etag: etagOf(published.text) });
  for (const [path, document] of published.documents) {
    const text = JSON.stringify(document);
    server.route(path, { body: text, etag: etagOf(text) });
  }
  return published;
}
