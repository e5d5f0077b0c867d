/**
 * Browser side of feed-server-plugin.js: a real feed server on 127.0.0.1 that a test starts,
 * scripts (status, body, ETag, delay, hang...) and stops.
 *
 *   const server = await startFeedServer();
 *   await server.reply({ body: feed, etag: '"v1"' });
 *   el.src = server.url;
 *   ...
 *   await server.close();
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { FeedInput } from '@ogp-embed/sdk';
import { partDocuments, type PartDocuments } from '../../../sdk/test/helpers/part-documents.js';

/** As `FeedReply` of packages/sdk/test/helpers/feed-server.ts (JSON-safe fields only). */
export interface FeedReply {
  status?: number;
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
  etag?: string;
  delay?: number;
  hang?: boolean;
  cutOffAfter?: number;
}

export interface SeenRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  at: number;
  status?: number;
}

export interface TestFeedServer {
  url: string;
  reply(reply: FeedReply): Promise<void>;
  replyOnce(...replies: FeedReply[]): Promise<void>;
  /** The feed requests the server has seen. */
  requests(): Promise<SeenRequest[]>;
  /** Answers `path` (a published part) with `reply`. */
  route(path: string, reply: FeedReply): Promise<void>;
  /** The GET requests for `path` (not the feed's). */
  requestsFor(path: string): Promise<SeenRequest[]>;
  close(): Promise<void>;
}

export async function startFeedServer(options: { path?: string } = {}): Promise<TestFeedServer> {
  const { url, control } = await executeServerCommand<{ url: string; control: string }, unknown>(
    'ogp-feed-server:start',
    options,
  );
  const post = async (action: string, body: unknown) => {
    const response = await fetch(control + action, { method: 'POST', body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`feed server ${action}: HTTP ${response.status}`);
  };
  return {
    url,
    reply: (reply) => post('reply', reply),
    replyOnce: (...replies) => post('reply-once', replies),
    requests: async () => (await fetch(control + 'requests')).json(),
    route: (path, reply) => post('route', { path, reply }),
    requestsFor: async (path) => (await fetch(`${control}requests-for?path=${encodeURIComponent(path)}`)).json(),
    close: async () => {
      await executeServerCommand('ogp-feed-server:stop', { url });
    },
  };
}

const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
const sha256Of = async (text: string) => hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));

/**
 * Serves `feed` on `server` as `ogp-embed publish` lays it out: the whole at the feed's URL, the
 * index and every part under `<name>.parts/`, each with an ETag from its bytes (real 304s).
 */
export async function publishOn(server: TestFeedServer, feed: FeedInput): Promise<PartDocuments> {
  const text = JSON.stringify(feed);
  const etag = async (body: string) => `"${(await sha256Of(body)).slice(0, 16)}"`;
  const published = partDocuments(feed, new URL(server.url).pathname, await sha256Of(text));
  await server.reply({ body: text, etag: await etag(text) });
  for (const [path, document] of published.documents) {
    const body = JSON.stringify(document);
    await server.route(path, { body, etag: await etag(body) });
  }
  return published;
}
