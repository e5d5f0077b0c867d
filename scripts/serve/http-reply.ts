/**
 * How the demo server answers: bodies with validators (ETag, Last-Modified) and real 304s,
 * compressed (Brotli or gzip, as the request accepts) as any real host sends text, the CORS
 * headers a static host should send for a feed, and content types by extension.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  // Shown as text in the browser rather than downloaded.
  '.md': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** A strong validator: the same bytes give the same ETag, on any machine. */
export function etagOf(body: Uint8Array | string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/**
 * What a feed's host must send so that pages on other sites can read it and revalidate it: any
 * origin may read; the validators are readable; a preflight may carry the conditional headers.
 */
export const FEED_CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, Last-Modified',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'If-None-Match, If-Modified-Since',
  'access-control-max-age': '86400',
};

export interface Reply {
  body: Uint8Array | string;
  type: string;
  etag: string;
  lastModified: Date;
  headers?: Record<string, string>;
}

/** `If-None-Match` wins over `If-Modified-Since` (RFC 9110 13.2.2). */
function isNotModified(req: IncomingMessage, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch) {
    return ifNoneMatch === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
  }
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  // HTTP dates have whole seconds.
  return Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/** Text compresses; images, fonts and archives already are. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json)|image\/svg\+xml)/;
/** Below this, compressing saves less than its headers cost. */
const SMALLEST = 1024;

type Encoding = 'br' | 'gzip';

/** The encoding to send: Brotli when accepted, else gzip, else none (RFC 9110 12.5.3; `q=0` refuses). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const quality = (name: Encoding) => accepted.get(name) ?? (accepted.has('*') ? accepted.get('*')! : 0);
  if (quality('br') > 0) return 'br';
  if (quality('gzip') > 0) return 'gzip';
  return undefined;
}

/** Compressed bodies by encoding and ETag: a file is compressed once, not on every request. */
const compressed = new Map<string, Buffer>();
const KEPT = 200;

function compress(body: Buffer, encoding: Encoding, etag: string): Buffer {
  const key = `${encoding} ${etag}`;
  let out = compressed.get(key);
  if (!out) {
    out =
      encoding === 'br'
        ? brotliCompressSync(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: body.length > 1e6 ? 5 : 11,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          })
        : gzipSync(body, { level: 9 });
    if (compressed.size >= KEPT) compressed.delete(compressed.keys().next().value!);
    compressed.set(key, out);
  }
  return out;
}

export function send(req: IncomingMessage, res: ServerResponse, reply: Reply): void {
  const body =
    typeof reply.body === 'string'
      ? Buffer.from(reply.body)
      : Buffer.from(reply.body.buffer, reply.body.byteOffset, reply.body.byteLength);
  const compressible = COMPRESSIBLE.test(reply.type) && body.byteLength >= SMALLEST;
  const encoding = compressible ? chooseEncoding(req.headers['accept-encoding']) : undefined;
  // Each encoding is its own representation, with its own strong validator (RFC 9110 8.8.3).
  const etag = encoding ? `${reply.etag.slice(0, -1)}-${encoding}"` : reply.etag;
  const headers: Record<string, string> = {
    'content-type': reply.type,
    etag,
    'last-modified': reply.lastModified.toUTCString(),
    ...(compressible ? { vary: 'Accept-Encoding' } : {}),
    ...reply.headers,
  };
  if (isNotModified(req, etag, reply.lastModified)) {
    // A 304 carries the validators and caching headers, never the body or its type.
    delete headers['content-type'];
    res.writeHead(304, headers).end();
    return;
  }
  const sent = encoding ? compress(body, encoding, reply.etag) : body;
  if (encoding) headers['content-encoding'] = encoding;
  res.writeHead(200, { ...headers, 'content-length': String(sent.byteLength) });
  res.end(req.method === 'HEAD' ? undefined : sent);
}

/** `headers`: CORS for a feed's 404, so that a page on another site sees the 404 (and falls back) rather than a blocked request. */
export function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  res
    .writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers })
    .end(`${message}\n`);
}
