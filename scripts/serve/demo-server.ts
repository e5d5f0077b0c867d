/**
 * The demo server (node:http, no framework): the index page, the examples, the sample feeds as
 * a feed's host should serve them, each with its published parts beside it (`/feeds/chile.parts/`,
 * as after `ogp-embed publish`), the live feed and its parts, the bundles and Storybook's build.
 * Tests use it as it is, on 127.0.0.1 and a free port.
 */
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { basename, dirname, join, resolve } from 'node:path';
import { bundle, bundleSource } from './example-bundles.js';
import { FeedParts, type PartFile } from './feed-parts.js';
import { etagOf, FEED_CORS_HEADERS, send, sendError } from './http-reply.js';
import { renderIndexPage } from './index-page.js';
import { LiveFeed } from './live-feed.js';
import { decodedPath, resolveUnder, serveFile } from './static-files.js';

/** `/feeds/<name>.parts/<path>`: a file of the parts folder beside `/feeds/<name>.json`. */
const PARTS_PATH = /^\/feeds\/([^/]+)\.parts\/(.+)$/;

export interface DemoServerOptions {
  /** The repository's root; default the current directory. */
  root?: string;
  /** Milliseconds between rewrites of `/feeds/live.json`; default 5000. */
  liveInterval?: number;
  /** Called once per request after it is answered (tests count 304s with it). */
  onResponse?: (req: IncomingMessage, res: ServerResponse) => void;
}

export interface DemoServer {
  readonly server: Server;
  readonly live: LiveFeed;
  /** Listens on `host:port` (port 0: any free one); resolves to the base URL. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export function createDemoServer(options: DemoServerOptions = {}): DemoServer {
  const root = resolve(options.root ?? '.');
  const paths = {
    examples: join(root, 'examples'),
    feeds: join(root, 'examples', 'feeds'),
    dist: join(root, 'packages', 'elements', 'dist'),
    storybook: join(root, 'storybook-static'),
    studio: join(root, 'packages', 'studio', 'dist'),
  };
  const live = new LiveFeed(
    JSON.parse(readFileSync(join(paths.feeds, 'chile.json'), 'utf8')),
    options.liveInterval ?? 5000,
  );
  const sockets = new Set<Socket>();
  const parts = new FeedParts();

  /** A file of the parts of `/feeds/<name>.json`, cut from the bytes served as that whole right now. */
  async function partFile(name: string, path: string): Promise<PartFile | undefined> {
    const inFolder = decodedPath(path);
    if (name === 'live') {
      // Cut from the revision being served now: a part and the whole of one revision always agree.
      const revision = live.latest;
      return parts
        .files('live', 'live.json', revision.etag, () => Buffer.from(revision.body), revision.lastModified)
        .get(inFolder ?? '');
    }
    const file = resolveUnder(paths.feeds, `/${name}.json`);
    if (!file || dirname(file) !== paths.feeds || inFolder === undefined) return undefined;
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    // Cut again when the file may have changed; the same bytes keep their parts' validators.
    const version = `${info.ino}:${info.size}:${info.mtimeMs}`;
    return parts.files(file, basename(file), version, () => readFileSync(file), info.mtime).get(inFolder);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, FEED_CORS_HEADERS).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD, OPTIONS');
      sendError(res, 405, 'Method not allowed');
      return;
    }
    if (pathname === '/' || pathname === '/index.html') {
      const body = renderIndexPage({
        examplesDir: paths.examples,
        distDir: paths.dist,
        storybookDir: paths.storybook,
        studioDir: paths.studio,
        liveSeconds: live.interval / 1000,
      });
      send(req, res, {
        body,
        type: 'text/html; charset=utf-8',
        etag: etagOf(body),
        lastModified: new Date(),
        headers: { 'cache-control': 'no-cache' },
      });
      return;
    }
    if (pathname === '/favicon.ico') {
      // No icon: say so without an error in every page's console.
      res.writeHead(204, { 'cache-control': 'max-age=86400' }).end();
      return;
    }
    if (pathname === '/feeds/live.json') {
      const { body, etag, lastModified } = live.latest;
      send(req, res, {
        body,
        type: 'application/json; charset=utf-8',
        etag,
        lastModified,
        headers: { 'cache-control': 'no-cache', ...FEED_CORS_HEADERS },
      });
      return;
    }
    const inParts = PARTS_PATH.exec(pathname);
    if (inParts) {
      const part = await partFile(inParts[1]!, inParts[2]!);
      if (!part) {
        // A host without this part: the SDK then reads the whole feed.
        sendError(res, 404, `Not found: ${pathname}`, FEED_CORS_HEADERS);
        return;
      }
      const { body, etag, lastModified } = part;
      send(req, res, {
        body,
        type: 'application/json; charset=utf-8',
        etag,
        lastModified,
        headers: { 'cache-control': 'no-cache', ...FEED_CORS_HEADERS },
      });
      return;
    }
    const mounts: [prefix: string, dir: string, headers: Record<string, string>][] = [
      ['/feeds/', paths.feeds, FEED_CORS_HEADERS],
      ['/examples/', paths.examples, {}],
      // A CDN serves the embed to any site: so does the demo.
      ['/dist/', paths.dist, { 'access-control-allow-origin': '*' }],
      ['/storybook/', paths.storybook, {}],
      // The publisher's studio: a static page, as any host serves its build.
      ['/studio/', paths.studio, {}],
    ];
    for (const [prefix, dir, headers] of mounts) {
      if (pathname === prefix.slice(0, -1)) {
        res.writeHead(301, { location: prefix }).end();
        return;
      }
      if (!pathname.startsWith(prefix)) continue;
      const rest = pathname.slice(prefix.length - 1);
      if (await serveFile(req, res, dir, rest, { headers })) return;
      const file = dir === paths.examples ? resolveUnder(dir, rest) : undefined;
      const source = file && bundleSource(file);
      if (source) {
        send(req, res, await bundle(source));
        return;
      }
      break;
    }
    sendError(res, 404, `Not found: ${pathname}`, pathname.startsWith('/feeds/') ? FEED_CORS_HEADERS : {});
  }

  const server = createServer((req, res) => {
    res.on('finish', () => options.onResponse?.(req, res));
    route(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) sendError(res, 500, error instanceof Error ? error.message : String(error));
      else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  return {
    server,
    live,
    listen(port, host = '127.0.0.1') {
      return new Promise((resolveUrl, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          live.start();
          const { port: actual } = server.address() as AddressInfo;
          resolveUrl(`http://${host}:${actual}/`);
        });
      });
    },
    close() {
      live.stop();
      return new Promise((done) => {
        server.close(() => done());
        // Browsers keep connections open; a clean stop must not wait for them.
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}
