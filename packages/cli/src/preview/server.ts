/**
 * The preview's HTTP server, on 127.0.0.1 only: the page, the feed (ETag, `Cache-Control:
 * no-cache`, 304 when unchanged) and the elements bundle when it has been built.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FeedFile } from './feed-file.js';

export interface PreviewServerOptions {
  feed: FeedFile;
  /** Path of `ogp-embed.js`; its folder's `.js`/`.map` files are served beside it. */
  bundlePath: string;
  page: (bundle: boolean) => string;
  script: string;
  port: number;
  /** A file of the published layout (`feed.parts/...`) by its path, when the feed has it. */
  published?: (path: string) => Promise<{ body: Buffer; etag: string } | undefined>;
}

export interface RunningPreview {
  server: Server;
  url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  // The elements must work under a strict policy: no inline script, no eval.
  'content-security-policy':
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
};

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
  head = false,
): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache', ...SECURITY_HEADERS, ...extra });
  response.end(head ? undefined : body);
}

/** True when the request's `If-None-Match` names `etag` (or is `*`). */
function notModified(request: IncomingMessage, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

async function serveFile(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  type: string,
  head: boolean,
) {
  try {
    send(response, 200, type, await readFile(path), {}, head);
  } catch {
    send(response, 404, 'text/plain; charset=utf-8', 'not found', {}, head);
  }
}

export function startPreviewServer(options: PreviewServerOptions): Promise<RunningPreview> {
  const bundleDir = dirname(options.bundlePath);
  const bundleName = basename(options.bundlePath);

  const server = createServer(async (request, response) => {
    const head = request.method === 'HEAD';
    if (request.method !== 'GET' && !head) {
      send(response, 405, 'text/plain; charset=utf-8', 'method not allowed', { allow: 'GET, HEAD' });
      return;
    }
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/' || path === '/index.html') {
      const bundle = await readFile(options.bundlePath).then(
        () => true,
        () => false,
      );
      send(response, 200, 'text/html; charset=utf-8', options.page(bundle), {}, head);
      return;
    }
    if (path === '/feed.json' || path.startsWith('/feed.parts/')) {
      try {
        // The whole feed, or a part of it as `ogp-embed publish` would write it.
        const { body, etag } =
          path === '/feed.json' ? await options.feed.current() : ((await options.published?.(path.slice(1))) ?? {});
        if (!body || !etag) {
          send(response, 404, 'text/plain; charset=utf-8', 'not found', {}, head);
        } else if (notModified(request, etag)) {
          response.writeHead(304, { etag, 'cache-control': 'no-cache', ...SECURITY_HEADERS });
          response.end();
        } else {
          send(response, 200, 'application/json; charset=utf-8', body, { etag }, head);
        }
      } catch {
        send(response, 503, 'text/plain; charset=utf-8', 'the feed file cannot be read', { 'retry-after': '2' }, head);
      }
      return;
    }
    if (path === '/preview.js') {
      send(response, 200, 'text/javascript; charset=utf-8', options.script, {}, head);
      return;
    }
    const file = path.slice(1);
    if (file === 'ogp-embed.js' || /^[\w-][\w.-]*\.(js|map)$/.test(file)) {
      const name = file === 'ogp-embed.js' ? bundleName : file;
      const type = name.endsWith('.map') ? 'application/json; charset=utf-8' : 'text/javascript; charset=utf-8';
      await serveFile(request, response, join(bundleDir, name), type, head);
      return;
    }
    send(response, 404, 'text/plain; charset=utf-8', 'not found', {}, head);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      resolve({
        server,
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
