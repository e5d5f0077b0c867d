/**
 * A feed published by parts on the test server, as `ogp-embed publish` lays it out: the feed at
 * the server's feed path, the index and every part under `feed.parts/`, each with a strong ETag
 * from its bytes (so revalidations get real 304s).
 */
import { createHash } from 'node:crypto';
import { cutParts, partPath, partsIndex } from '@ogp-embed/sdk';
import type { FeedInput, PartKind } from '@ogp-embed/sdk';
import type { FeedServer } from './feed-server.js';

const etagOf = (text: string) => `"${createHash('sha256').update(text).digest('hex').slice(0, 16)}"`;

export interface Published {
  /** The feed's text, as served. */
  text: string;
  sha256: string;
  /** Path of a part on the server: `/feed.parts/commitment/CL0069.json`. */
  pathOf(kind: PartKind, id: string): string;
  indexPath: string;
  /** Documents by path. */
  documents: Map<string, Record<string, unknown>>;
}

/** The parts of `feed` and their paths (under the folder of `feedPath`, default `/feed.json`). */
export function publish(feed: FeedInput, feedPath = '/feed.json'): Published {
  const text = JSON.stringify(feed);
  const sha256 = createHash('sha256').update(text).digest('hex');
  const folder = `${feedPath.replace(/\.json$/, '')}.parts`;
  const index = partsIndex(feed, feedPath.slice(feedPath.lastIndexOf('/') + 1), { generatedAt: feed.generatedAt, sha256 });
  const documents = new Map<string, Record<string, unknown>>([[`${folder}/index.json`, index as unknown as Record<string, unknown>]]);
  for (const part of cutParts(feed, { generatedAt: feed.generatedAt, sha256 })) {
    documents.set(`${folder}/${partPath(index.parts.paths[part.kind], part.id)}`, part.document);
  }
  return {
    text,
    sha256,
    indexPath: `${folder}/index.json`,
    pathOf: (kind, id) => `${folder}/${partPath(index.parts.paths[kind], id)}`,
    documents,
  };
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
