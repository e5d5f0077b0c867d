/**
 * Files under a folder, by URL path, never outside it (`..`, encoded or not, cannot escape).
 * A folder's URL serves its index.html.
 */
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { contentType, etagOf, send } from './http-reply.js';

/** A URL path decoded, or `undefined` when it is not valid percent-encoding. */
export function decodedPath(urlPath: string): string | undefined {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
}

/** The file `urlPath` names under `root`, or `undefined` when it would leave `root`. */
export function resolveUnder(root: string, urlPath: string): string | undefined {
  const decoded = decodedPath(urlPath);
  if (decoded === undefined || decoded.includes('\0')) return undefined;
  const path = resolve(root, `.${sep}${decoded}`);
  const inside = relative(root, path);
  return inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside) ? undefined : path;
}

export interface ServeFileOptions {
  /** Extra headers (CORS for feeds, caching). */
  headers?: Record<string, string>;
}

/** Answers with the file, or returns false when there is none (the caller sends the 404). */
export async function serveFile(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  urlPath: string,
  options: ServeFileOptions = {},
): Promise<boolean> {
  let path = resolveUnder(root, urlPath);
  if (!path) return false;
  let info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!urlPath.endsWith('/')) {
      // Relative links inside the folder's page need the trailing slash.
      res.writeHead(301, { location: `${req.url?.split('?')[0]}/` }).end();
      return true;
    }
    path = join(path, 'index.html');
    info = await stat(path).catch(() => undefined);
  }
  if (!info?.isFile()) return false;
  const body = await readFile(path);
  send(req, res, {
    body,
    type: contentType(path),
    etag: etagOf(body),
    lastModified: info.mtime,
    headers: { 'cache-control': 'no-cache', ...options.headers },
  });
  return true;
}
