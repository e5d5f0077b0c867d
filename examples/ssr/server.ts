/**
 * `node --conditions=source --import tsx examples/ssr/server.ts` (after `npm run build`): a Node
 * server that renders each page with the card inside it, on 127.0.0.1:8090 (or PORT). Open
 * http://127.0.0.1:8090/CL0081?lang=pt-BR with scripts off: the card is there; with scripts on, it
 * goes live from /feed.json without moving.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { snapshotPage } from './page.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'packages/elements/dist');
const FEED = readFileSync(join(ROOT, 'examples/feeds/chile.json'));
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/feed.json') return response.writeHead(200, { 'content-type': TYPES['.json']! }).end(FEED);
  if (url.pathname.startsWith('/dist/')) {
    const file = join(DIST, normalize(url.pathname.slice('/dist/'.length)).replace(/^(\.\.[/\\])+/, ''));
    try {
      return response
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(readFileSync(file));
    } catch {
      return response.writeHead(404).end();
    }
  }
  try {
    const html = await snapshotPage({
      feed: JSON.parse(FEED.toString('utf8')),
      commitment: decodeURIComponent(url.pathname.slice(1)) || 'CL0081',
      lang: url.searchParams.get('lang') ?? 'es',
      script: '/dist/ogp-embed.js',
      src: '/feed.json',
    });
    response
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy':
          "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
      })
      .end(html);
  } catch (error) {
    response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
  }
});
const port = Number(process.env.PORT) || 8090;
server.listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${port}/CL0081`));
