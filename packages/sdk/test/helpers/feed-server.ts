/**
 * A real HTTP server on 127.0.0.1 that plays a feed's host in tests. A test scripts its
 * replies (status, body, ETag / Last-Modified with real 304s, delays, a hang, a body cut off
 * or stalled half-way) and changes them between requests; the server records every request
 * with its headers. It answers CORS like a static host (on by default), so browser and
 * end-to-end tests can use it from another origin, and with `control: true` those tests can
 * script it over HTTP (see `CONTROL_PATH`).
 *
 * It never keeps a process alive (the socket is unref'd) and closes itself after
 * `lifetime` ms even if a test forgets to.
 *
 *   const server = await startFeedServer();
 *   server.reply({ body: feed, etag: '"v1"' });
 *   ...fetch(server.url)...
 *   server.requests.at(-1)?.headers['if-none-match'];
 *   await server.close();
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FeedReply {
  /** Default 200 (or 304 when the request's validators match `etag` / `lastModified`). */
  status?: number;
  /** A string or bytes as is; anything else is sent as JSON. Omitted: an empty body. */
  body?: unknown;
  /** Default `application/json; charset=utf-8`. */
  contentType?: string;
  headers?: Record<string, string>;
  /** Sent as `ETag`; a request whose `If-None-Match` lists it gets a 304. */
  etag?: string;
  /** Sent as `Last-Modified`; a request whose `If-Modified-Since` is not older gets a 304. */
  lastModified?: Date | string;
  /** Wait this long before answering. */
  delay?: number;
  /** Never answer (the connection stays open until the client gives up or the server closes). */
  hang?: boolean;
  /** Send the headers and this many bytes of the body, then drop the connection. */
  cutOffAfter?: number;
  /** Send the headers and this many bytes of the body, then send nothing more. */
  stallAfter?: number;
  /** Send the body in `chunks` pieces, `every` ms apart (a slow line that never stops). */
  slow?: { chunks: number; every: number };
}

export type ReplyScript = FeedReply | ((request: SeenRequest) => FeedReply);

export interface SeenRequest {
  method: string;
  /** Path and query. */
  url: string;
  headers: IncomingHttpHeaders;
  /** `Date.now()` when it arrived. */
  at: number;
  /** The status answered; `undefined` while pending, or if the server never answered. */
  status?: number;
}

export interface CorsOptions {
  /** Request headers a preflight allows. Default: the conditional-request headers. */
  allowHeaders?: string[];
}

export interface FeedServerOptions {
  /** Default `/feed.json`. Every path is answered with the script; this one is just `url`'s. */
  path?: string;
  /** CORS like a permissive static host; `false` sends no CORS headers at all. Default on. */
  cors?: boolean | CorsOptions;
  /** Accept scripts over HTTP under `CONTROL_PATH` (for tests running in a browser). */
  control?: boolean;
  /** Closes itself after this many ms. Default 120000. */
  lifetime?: number;
}

export interface FeedServer {
  /** `http://127.0.0.1:<port>/feed.json` */
  readonly url: string;
  readonly origin: string;
  /** Every request so far (control requests and preflights included, marked by method and path). */
  readonly requests: readonly SeenRequest[];
  /** GET requests for the feed (not preflights, not control requests, not other routes or parts). */
  readonly feedRequests: readonly SeenRequest[];
  /**
   * Replies at `path` (query ignored) with `script`, apart from the feed's own script: a published
   * part, an index. Paths under a `*.parts/` folder with no route get a 404, as on a static host
   * that has no parts. Neither is counted in `feedRequests`.
   */
  route(path: string, script: ReplyScript): void;
  /** GET requests for `path` (query ignored) that were not the feed's. */
  requestsFor(path: string): SeenRequest[];
  /** Replies to every request from now on (after any queued by `replyOnce`). */
  reply(script: ReplyScript): void;
  /** Queues replies, each used once, before the standing one. */
  replyOnce(...replies: FeedReply[]): void;
  /** Resolves once `count` feed requests have arrived; rejects after `timeout` ms. */
  waitForRequests(count: number, timeout?: number): Promise<void>;
  /** Forgets requests and scripts. */
  reset(): void;
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

/**
 * Under this path, with `control: true`: POST `reply` / `reply-once` (a JSON `FeedReply`, or a list
 * for `reply-once`), POST `route` (`{ path, reply }`: a published part), POST `reset`, GET
 * `requests` (the feed's), GET `requests-for?path=` (another path's).
 */
export const CONTROL_PATH = '/__feed-server/';

const DEFAULT_ALLOWED_HEADERS = ['If-None-Match', 'If-Modified-Since'];

function bodyBytes(body: unknown): Buffer {
  if (body === undefined) return Buffer.alloc(0);
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof Uint8Array) return Buffer.from(body);
  return Buffer.from(JSON.stringify(body), 'utf8');
}

function httpDate(value: Date | string): string {
  return typeof value === 'string' ? value : value.toUTCString();
}

/** RFC 9110: If-None-Match wins over If-Modified-Since; weak comparison for If-None-Match. */
function isNotModified(request: IncomingMessage, reply: FeedReply): boolean {
  const noneMatch = request.headers['if-none-match'];
  if (noneMatch !== undefined) {
    if (!reply.etag) return false;
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    return noneMatch.trim() === '*' || noneMatch.split(',').some((tag) => opaque(tag) === opaque(reply.etag!));
  }
  const modifiedSince = request.headers['if-modified-since'];
  if (modifiedSince !== undefined && reply.lastModified !== undefined) {
    const since = Date.parse(modifiedSince);
    const last = Date.parse(httpDate(reply.lastModified));
    return !Number.isNaN(since) && !Number.isNaN(last) && last <= since;
  }
  return false;
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

export async function startFeedServer(options: FeedServerOptions = {}): Promise<FeedServer> {
  const path = options.path ?? '/feed.json';
  const cors = options.cors === false ? undefined : options.cors === true || !options.cors ? {} : options.cors;
  const requests: SeenRequest[] = [];
  const feedRequests: SeenRequest[] = [];
  const queued: FeedReply[] = [];
  let standing: ReplyScript = { status: 404, body: { error: 'no reply scripted' } };
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const sockets = new Set<Socket>();
  const waiters = new Set<() => void>();
  const routes = new Map<string, ReplyScript>();

  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timer.unref();
    timers.add(timer);
  };

  const corsHeaders = (): Record<string, string> =>
    cors
      ? { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'ETag, Last-Modified, Retry-After' }
      : {};

  const answerFeed = (request: IncomingMessage, response: ServerResponse, seen: SeenRequest, script?: ReplyScript) => {
    const reply = script
      ? typeof script === 'function'
        ? script(seen)
        : script
      : (queued.shift() ?? (typeof standing === 'function' ? standing(seen) : standing));
    if (reply.hang) return;
    const send = () => {
      const headers: Record<string, string> = { 'cache-control': 'no-cache', ...corsHeaders() };
      if (reply.etag) headers.etag = reply.etag;
      if (reply.lastModified !== undefined) headers['last-modified'] = httpDate(reply.lastModified);
      if (reply.status === undefined && isNotModified(request, reply)) {
        seen.status = 304;
        response.writeHead(304, { ...headers, ...reply.headers });
        response.end();
        return;
      }
      const bytes = bodyBytes(reply.body);
      const status = reply.status ?? 200;
      seen.status = status;
      response.writeHead(status, {
        'content-type': reply.contentType ?? 'application/json; charset=utf-8',
        'content-length': String(bytes.length),
        ...headers,
        ...reply.headers,
      });
      if (reply.slow) {
        const { chunks, every } = reply.slow;
        const size = Math.ceil(bytes.length / chunks);
        const next = (i: number) => {
          if (response.destroyed) return;
          if (i >= chunks) return void response.end();
          response.write(bytes.subarray(i * size, (i + 1) * size));
          later(every, () => next(i + 1));
        };
        next(0);
        return;
      }
      const partial = reply.cutOffAfter ?? reply.stallAfter;
      if (partial === undefined) {
        response.end(bytes);
        return;
      }
      response.write(bytes.subarray(0, partial));
      // Dropped after the bytes leave; a stalled body just stops.
      if (reply.cutOffAfter !== undefined) later(20, () => response.socket?.destroy());
    };
    if (reply.delay) later(reply.delay, send);
    else send();
  };

  const answerControl = async (request: IncomingMessage, response: ServerResponse) => {
    const action = (request.url ?? '').slice(CONTROL_PATH.length).split('?')[0];
    const json = (status: number, value: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json', ...corsHeaders() });
      response.end(JSON.stringify(value));
    };
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        ...corsHeaders(),
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers': 'Content-Type',
      });
      response.end();
    } else if (action === 'requests' && request.method === 'GET') {
      json(200, feedRequests);
    } else if (action === 'reply' && request.method === 'POST') {
      server.reply((await readJson(request)) as FeedReply);
      json(200, { ok: true });
    } else if (action === 'reply-once' && request.method === 'POST') {
      const body = await readJson(request);
      server.replyOnce(...((Array.isArray(body) ? body : [body]) as FeedReply[]));
      json(200, { ok: true });
    } else if (action === 'requests-for' && request.method === 'GET') {
      json(200, server.requestsFor(new URL(request.url ?? '', origin).searchParams.get('path') ?? ''));
    } else if (action === 'route' && request.method === 'POST') {
      const { path: routePath, reply } = (await readJson(request)) as { path: string; reply: FeedReply };
      server.route(routePath, reply);
      json(200, { ok: true });
    } else if (action === 'reset' && request.method === 'POST') {
      server.reset();
      json(200, { ok: true });
    } else {
      json(404, { error: `unknown control ${request.method} ${action}` });
    }
  };

  const http = createServer((request, response) => {
    const seen: SeenRequest = {
      method: request.method ?? 'GET',
      url: request.url ?? '/',
      headers: request.headers,
      at: Date.now(),
    };
    requests.push(seen);
    if (options.control && seen.url.startsWith(CONTROL_PATH)) {
      answerControl(request, response).catch((error: unknown) => {
        response.writeHead(400, { 'content-type': 'text/plain', ...corsHeaders() });
        response.end(String(error));
      });
      return;
    }
    if (request.method === 'OPTIONS') {
      seen.status = 204;
      response.writeHead(204, {
        ...corsHeaders(),
        ...(cors
          ? {
              'access-control-allow-methods': 'GET, HEAD',
              'access-control-allow-headers': (cors.allowHeaders ?? DEFAULT_ALLOWED_HEADERS).join(', '),
            }
          : {}),
      });
      response.end();
      return;
    }
    const pathname = seen.url.split('?')[0]!;
    const route = routes.get(pathname);
    if (route || /\.parts\//.test(pathname)) {
      answerFeed(request, response, seen, route ?? { status: 404, body: 'Not Found', contentType: 'text/plain' });
      return;
    }
    feedRequests.push(seen);
    for (const wake of [...waiters]) wake();
    answerFeed(request, response, seen);
  });
  http.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(0, '127.0.0.1', () => resolve());
  });
  http.unref();
  const { port } = http.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      // Hanging and stalled responses would keep `close()` waiting forever.
      for (const socket of sockets) socket.destroy();
      http.close(() => resolve());
    });
    return closing;
  };
  later(options.lifetime ?? 120_000, () => void close());

  const server: FeedServer = {
    url: origin + path,
    origin,
    requests,
    feedRequests,
    reply(script) {
      standing = script;
    },
    replyOnce(...replies) {
      queued.push(...replies);
    },
    route(routePath, script) {
      routes.set(routePath, script);
    },
    requestsFor(routePath) {
      return requests.filter(
        (seen) => seen.method === 'GET' && seen.url.split('?')[0] === routePath && !feedRequests.includes(seen),
      );
    },
    waitForRequests(count, timeout = 5000) {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (feedRequests.length < count) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve();
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${count} feed requests within ${timeout} ms, got ${feedRequests.length}`));
        }, timeout);
        if (!check()) waiters.add(check);
      });
    },
    reset() {
      requests.length = 0;
      feedRequests.length = 0;
      queued.length = 0;
      routes.clear();
      standing = { status: 404, body: { error: 'no reply scripted' } };
    },
    close,
    [Symbol.asyncDispose]: close,
  };
  return server;
}
