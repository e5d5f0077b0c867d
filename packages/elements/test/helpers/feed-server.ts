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
    close: async () => {
      await executeServerCommand('ogp-feed-server:stop', { url });
    },
  };
}
