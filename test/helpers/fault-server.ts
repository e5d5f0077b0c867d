/**
 * A loopback web server for end-to-end tests that plays both the government's page and the feed's
 * host, faults included. It serves files (the built bundle), pages with the headers a test asks
 * for (a strict Content-Security-Policy, Trusted Types), and feeds whose every reply a test
 * scripts per path: a status, a body, a delay, a hung connection, a slow body, a body cut off
 * midway, a 304 whatever was asked, no CORS headers. Every request is recorded.
 *
 * It listens on 127.0.0.1 only, on a free port; two servers are two origins (for CORS). `close()`
 * drops every open connection, hung ones included, so a test never waits on its own server.
 *
 *   const server = await startFaultServer({ files: { '/dist/': DIST } });
 *   server.page('/strict.html', html, { headers: { 'content-security-policy': STRICT_CSP } });
 *   server.feed('/feed.json', [{ body: feed }, { status: 500 }]);   // first a feed, then 500s
 *   ...
 *   server.requestsFor('/feed.json').length;
 *   await server.close();
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

export interface Reply {
  /** Default 200. */
  status?: number;
  /** Bytes or text as is; any other value is sent as JSON. Omitted: an empty body. */
  body?: unknown;
  /** Default `application/json; charset=utf-8`. */
  contentType?: string;
  headers?: Record<string, string>;
  /** Sent as `ETag`; a request whose `If-None-Match` names it gets a 304 (a real revalidation). */
  etag?: string;
  /** Wait this long before sending anything. */
  delay?: number;
  /** Never answer: headers and body never come, the connection stays open until closed. */
  hang?: boolean;
  /** Send the body in `chunks` pieces, `every` ms apart (a slow link). */
  slow?: { chunks: number; every: number };
  /** Announce the whole length, send this share of the body (0-1), then drop the connection. */
  cutOffAt?: number;
  /** `Access-Control-Allow-Origin: *` unless `false` (a host that refuses other origins). */
  cors?: boolean;
}

/** One reply for every request, a list used in turn (its last reply repeats), or a function of the request count. */
export type Script = Reply | Reply[] | ((index: number, request: SeenRequest) => Reply);

export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** `performance.now()` of the server's process when it arrived. */
  at: number;
}

export interface PageOptions {
  headers?: Record<string, string>;
}

export interface FaultServerOptions {
  /** URL prefixes served from folders: `{ '/dist/': '/abs/path/to/dist' }`. */
  files?: Record<string, string>;
}

export interface FaultServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  url(path: string): string;
  /** Serves `html` at `path` with the given headers. */
  page(path: string, html: string, options?: PageOptions): void;
  /** Scripts the replies at `path` (replacing any earlier script) and forgets its requests. */
  feed(path: string, script: Script): void;
  /** Every request so far, preflights included. */
  readonly requests: readonly SeenRequest[];
  /** GET requests for `path` (query ignored). */
  requestsFor(path: string): SeenRequest[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

function bodyBytes(body: unknown): Buffer {
  if (body === undefined) return Buffer.alloc(0);
  if (Buffer.isBuffer(body)) return body;
  if (body instanceof Uint8Array) return Buffer.from(body);
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  return Buffer.from(JSON.stringify(body), 'utf8');
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startFaultServer(options: FaultServerOptions = {}): Promise<FaultServer> {
  const pages = new Map<string, { html: string; headers: Record<string, string> }>();
  const scripts = new Map<string, Script>();
  const requests: SeenRequest[] = [];
  const counts = new Map<string, number>();

  function pick(path: string, request: SeenRequest): Reply | undefined {
    const script = scripts.get(path);
    if (script === undefined) return undefined;
    const index = counts.get(path) ?? 0;
    counts.set(path, index + 1);
    if (typeof script === 'function') return script(index, request);
    if (Array.isArray(script)) return script[Math.min(index, script.length - 1)];
    return script;
  }

  async function sendReply(req: IncomingMessage, res: ServerResponse, reply: Reply): Promise<void> {
    if (reply.delay) await wait(reply.delay);
    if (reply.hang) return; // Left open: the client's timeout, or close(), ends it.
    const headers: Record<string, string> = {
      'content-type': reply.contentType ?? 'application/json; charset=utf-8',
      'cache-control': 'no-cache',
      ...(reply.cors === false ? {} : { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'etag' }),
      ...(reply.etag ? { etag: reply.etag } : {}),
      ...reply.headers,
    };
    const status = reply.status ?? 200;
    if (reply.etag && status === 200 && req.headers['if-none-match']?.split(/\s*,\s*/).includes(reply.etag)) {
      res.writeHead(304, headers).end();
      return;
    }
    const bytes = status === 304 ? Buffer.alloc(0) : bodyBytes(reply.body);
    res.writeHead(status, { ...headers, 'content-length': String(bytes.length) });
    if (reply.cutOffAt !== undefined) {
      res.write(bytes.subarray(0, Math.floor(bytes.length * reply.cutOffAt)));
      // Let the first part reach the client before the connection goes.
      await wait(50);
      res.socket?.destroy();
      return;
    }
    if (reply.slow) {
      const size = Math.ceil(bytes.length / reply.slow.chunks);
      for (let offset = 0; offset < bytes.length; offset += size) {
        if (res.destroyed) return;
        res.write(bytes.subarray(offset, offset + size));
        await wait(reply.slow.every);
      }
      res.end();
      return;
    }
    res.end(bytes);
  }

  function serveFile(res: ServerResponse, path: string): boolean {
    for (const [prefix, folder] of Object.entries(options.files ?? {})) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(folder, path.slice(prefix.length)));
      if (!file.startsWith(normalize(folder)) || !existsSync(file) || !statSync(file).isFile()) continue;
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'access-control-allow-origin': '*',
      });
      createReadStream(file).pipe(res);
      return true;
    }
    return false;
  }

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const seen: SeenRequest = { method: req.method ?? 'GET', path, headers: req.headers, at: performance.now() };
    requests.push(seen);
    if (req.method === 'OPTIONS') {
      res
        .writeHead(204, {
          'access-control-allow-origin': '*',
          'access-control-allow-headers': 'if-none-match, if-modified-since',
          'access-control-max-age': '600',
        })
        .end();
      return;
    }
    const page = pages.get(path);
    if (page) {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...page.headers })
        .end(page.html);
      return;
    }
    const reply = pick(path, seen);
    if (reply) {
      sendReply(req, res, reply).catch(() => res.destroy());
      return;
    }
    if (serveFile(res, path)) return;
    // Browsers ask for it on every page; a 404 would be an error in the console.
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`nothing at ${path}`);
  });
  // A finished test must not wait for a hung reply's socket.
  server.unref();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    url: (path) => origin + path,
    page: (path, html, pageOptions = {}) => void pages.set(path, { html, headers: pageOptions.headers ?? {} }),
    feed: (path, script) => {
      scripts.set(path, script);
      counts.delete(path);
      for (let i = requests.length - 1; i >= 0; i--) if (requests[i]!.path === path) requests.splice(i, 1);
    },
    requests,
    requestsFor: (path) => requests.filter((r) => r.path === path && r.method === 'GET'),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
