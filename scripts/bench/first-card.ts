/**
 * `npm run bench -- --only first-card`: what one card costs a reader on a phone. Chromium, driven
 * through playwright-core's CDP session with Lighthouse's "Slow 4G" (150 ms round trip, 1.6 Mbps
 * down, 750 kbps up, CPU 4x slower), cold cache, every file served gzip-compressed as real hosts
 * do, over HTTP/1.1 or (`--http2`) HTTP/2. Each page loads `--runs N` times (2 unless told) in a
 * fresh context and the fastest run is kept. Reported against the same page written as static HTML,
 * measured in the same run: ratios, never asserted. `--waterfall` prints each loader page's
 * requests; `--trace <folder>` writes a Chromium trace of each (DevTools' Performance panel opens it).
 *
 * Pages: one `<ogp-commitment>` on a ministry-like page, for Chile's sample and generated feeds of
 * 1,000 and 10,000 commitments; `<ogp-plan>` of a 1,000-commitment plan (summary and first page);
 * `<ogp-agreements>` of Chile's forum; a page with every element (bytes). Each through a bare
 * script that only fetches the part and writes its text (the floor of any script embed), the
 * snippet (`ogp-embed snippet`: the element written with its snapshot, then the loader makes it
 * live), the loader (`ogp-embed.js`), the loader with the data prefetch turned off, and the single
 * file (`ogp-embed.bundle.js`, what every page downloaded before). Each page's layout shift, summed
 * as CLS counts it (PerformanceObserver) until the network is quiet, is reported beside its time. The data: the whole `feed.json`, or,
 * when `ogp-embed publish` exists, the folder it publishes (with its `feed.json`, at the same URL).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { FeedInput } from '@ogp-embed/sdk';
import { renderSnapshot } from '@ogp-embed/elements/ssr';
import type { SnapshotAttribute, SnapshotTag } from '@ogp-embed/elements/ssr';
import { generateFeed } from './generate-feed.js';
import { emulateSlowPhone, launchChromium } from './slow-phone.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'packages/elements/dist');
/** Past this, a page is reported as not showing its card (the client gives up after 15 s anyway). */
const CEILING_MS = 30_000;

type Text = string | { es?: string; en?: string } | undefined;
const es = (text: Text) => (typeof text === 'string' ? text : (text?.es ?? text?.en ?? ''));
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

// ---------------------------------------------------------------------------------------------
// What is served: the build, the feeds (whole or published), the pages.

interface Feed {
  name: string;
  label: string;
  input: FeedInput;
}

/** One plan holding every commitment of a generated feed: `<ogp-plan>` of 1,000 commitments. */
function onePlan(input: FeedInput): FeedInput {
  // Numbered in order, so the first page is the first commitments.
  const all = input.plans!.flatMap((plan) => plan.commitments ?? []).map((c, i) => ({ ...c, number: String(i + 1) }));
  return { ...input, plans: [{ ...input.plans![0]!, commitments: all }] };
}

/** `ogp-embed publish`, when this checkout has it: the CLI's command file is the sign. */
export function canPublish(): boolean {
  return existsSync(join(ROOT, 'packages/cli/src/commands/publish.ts'));
}

/** The published folder of `feedFile` (its `feed.json` beside the parts), or undefined. */
function publish(feedFile: string, out: string): string | undefined {
  if (!canPublish()) return undefined;
  execFileSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', join(ROOT, 'packages/cli/src/main.ts'), 'publish', feedFile, '-o', out],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return out;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
};

/**
 * A self-signed certificate for 127.0.0.1, made with openssl for this run: browsers speak HTTP/2
 * only over TLS. Loopback only, thrown away with the run's folder.
 */
function loopbackCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
  } catch (cause) {
    throw new Error(
      '--http2 needs openssl, to make a certificate for 127.0.0.1 (browsers speak HTTP/2 only over TLS)',
      { cause },
    );
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/**
 * Serves folders and pages gzip-compressed (compressed once, kept), the way a static host does:
 * over HTTP/1.1 (six connections per host in a browser), or over HTTP/2 as CDNs and GitHub Pages do
 * (one connection, every file at once), given a certificate.
 */
function startServer(
  mounts: Record<string, string>,
  pages: Map<string, string>,
  stubs: Map<string, string>,
  tls?: { key: Buffer; cert: Buffer },
) {
  const cache = new Map<string, Buffer>();
  const compressed = (key: string, read: () => Buffer) => {
    let body = cache.get(key);
    if (!body) cache.set(key, (body = gzipSync(read())));
    return body;
  };
  const handle = (req: IncomingMessage | Http2ServerRequest, res: ServerResponse | Http2ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const reply = (type: string, body: Buffer) => {
      (res as ServerResponse).writeHead(200, {
        'content-type': type,
        'content-encoding': 'gzip',
        'content-length': String(body.length),
        'cache-control': 'no-cache',
        vary: 'Accept-Encoding',
      });
      res.end(body);
    };
    const page = pages.get(path);
    if (page !== undefined)
      return reply(
        TYPES['.html']!,
        compressed(path, () => Buffer.from(page)),
      );
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const name = path.slice(prefix.length);
      const stub = [...stubs].find(([pattern]) => prefix.includes('noprefetch') && name.startsWith(pattern));
      if (stub)
        return reply(
          TYPES['.js']!,
          compressed(`stub ${name}`, () => Buffer.from(stub[1])),
        );
      const file = resolve(dir, `.${sep}${name}`);
      if (relative(dir, file).startsWith('..') || !existsSync(file) || !statSync(file).isFile()) break;
      return reply(
        TYPES[extname(file)] ?? 'application/octet-stream',
        compressed(file, () => readFileSync(file)),
      );
    }
    (res as ServerResponse).writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  };
  const sockets = new Set<Socket>();
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handle) : createServer(handle);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  return new Promise<{ origin: string; close: () => Promise<void> }>((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({
        origin: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
        close: () =>
          new Promise((closed) => {
            server.close(() => closed());
            for (const socket of sockets) socket.destroy();
          }),
      });
    });
  });
}

/** A ministry's page around `card`: the same words, whether the card is an element or static HTML. */
function ministryPage(card: string, script = ''): string {
  return `<!doctype html>
<html lang="es">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gobierno abierto | Ministerio</title>${script}
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:46rem;padding:1rem}header,footer{border-bottom:1px solid #ccc;padding:.5rem 0}</style>
</head>
<body>
<header><strong>Ministerio Secretaría General de la Presidencia</strong></header>
<main>
<h1>Gobierno abierto</h1>
<p>El Estado de Chile participa en la Alianza para el Gobierno Abierto desde 2011. Estos son los compromisos a cargo de este ministerio y cómo avanzan.</p>
${card}
<p>Más información en la página de la Alianza para el Gobierno Abierto.</p>
</main>
<footer>Ministerio · Gobierno de Chile</footer>
</body>
</html>`;
}

// ---------------------------------------------------------------------------------------------
// A page load, measured.

export interface Load {
  /** ms from navigation to the card's text on screen; undefined: not within the ceiling. */
  ms?: number;
  /** Bytes on the wire (compressed bodies and headers), every request of the page. */
  bytes: number;
  requests: number;
  /** Each request: path, ms from navigation to sent and to done (for `--waterfall`). */
  waterfall: { path: string; sent: number; done: number; bytes: number }[];
  /** The protocols the responses came over (`h2`, `http/1.1`), as the browser says. */
  protocols: string[];
  /** The page's layout shift until the network was quiet, summed as CLS counts it. */
  shift: number;
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink',
  'loading',
  'toplevel',
  'disabled-by-default-v8.cpu_profiler',
];

/**
 * Loads `url` in a fresh context with the emulation, and waits until `target` (a selector) shows
 * `text` in its shadow root (or, for a static page, as its own text), then until the network is quiet.
 */
async function loadOnce(browser: Browser, url: string, target: string, text: string, traceTo?: string): Promise<Load> {
  // The HTTP/2 server's certificate is its own (self-signed, for 127.0.0.1).
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const cdp = await emulateSlowPhone(context, page);
  let bytes = 0;
  let requests = 0;
  const pending = new Set<string>();
  let lastActivity = Date.now();
  const sent = new Map<string, { path: string; at: number }>();
  const waterfall: Load['waterfall'] = [];
  let navigatedAt: number | undefined;
  cdp.on('Network.requestWillBeSent', (event) => {
    pending.add(event.requestId);
    requests++;
    lastActivity = Date.now();
    navigatedAt ??= event.timestamp;
    sent.set(event.requestId, { path: new URL(event.request.url).pathname, at: event.timestamp });
  });
  const protocols = new Set<string>();
  cdp.on(
    'Network.responseReceived',
    (event) => void (event.response.protocol && protocols.add(event.response.protocol)),
  );
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
    pending.delete(event.requestId);
    lastActivity = Date.now();
    const request = sent.get(event.requestId);
    if (request && navigatedAt !== undefined) {
      const ms = (at: number) => Math.round((at - navigatedAt!) * 1000);
      waterfall.push({
        path: request.path,
        sent: ms(request.at),
        done: ms(event.timestamp),
        bytes: event.encodedDataLength,
      });
    }
  });
  cdp.on('Network.loadingFailed', (event) => {
    pending.delete(event.requestId);
    lastActivity = Date.now();
  });
  // Checked on every frame, from before the page's first script: the first frame that has the text.
  await page.addInitScript({
    content: `(() => {
      const target = ${JSON.stringify(target)}, text = ${JSON.stringify(text)};
      const deep = (node) => { let s = ''; for (const c of node.childNodes) s += c.nodeType === 3 ? c.data : c.nodeType === 1 ? deep(c.shadowRoot || c) : ''; return s; };
      const check = () => {
        const el = document.querySelector(target);
        const root = el && (el.shadowRoot || (el.localName.includes('-') ? null : el));
        if (root && deep(root).includes(text)) window.__shownAt = performance.now();
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
      window.__shift = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; }).observe({ type: 'layout-shift', buffered: true });
    })();`,
  });
  // A trace DevTools opens (Performance panel), with the CPU profile: what the main thread did when.
  const tracing = traceTo && join(traceTo, `${new URL(url).pathname.slice(1)}-${Date.now()}.json`);
  if (tracing) await browser.startTracing(page, { path: tracing, categories: TRACE_CATEGORIES });
  const start = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  let ms: number | undefined;
  while (Date.now() - start < CEILING_MS) {
    ms = (await page.evaluate('window.__shownAt')) as number | undefined;
    if (ms !== undefined) break;
    await new Promise((done) => setTimeout(done, 100));
  }
  // Everything the page goes on to load counts too (a prefetch, a second chunk): quiet for 1 s.
  while (
    ms !== undefined &&
    (pending.size > 0 || Date.now() - lastActivity < 1000) &&
    Date.now() - start < CEILING_MS + 10_000
  ) {
    await new Promise((done) => setTimeout(done, 100));
  }
  if (tracing) await browser.stopTracing();
  const shift = (await page.evaluate('window.__shift')) as number;
  await context.close();
  return {
    ms: ms === undefined ? undefined : Math.round(ms),
    bytes,
    requests,
    waterfall,
    protocols: [...protocols],
    shift,
  };
}

/** `runs` times, the fastest kept: a shared machine only adds noise. */
async function load(
  browser: Browser,
  url: string,
  target: string,
  text: string,
  runs: number,
  traceTo?: string,
): Promise<Load> {
  let best: Load | undefined;
  for (let i = 0; i < runs; i++) {
    const run = await loadOnce(browser, url, target, text, traceTo);
    if (!best || (run.ms ?? Infinity) < (best.ms ?? Infinity)) best = run;
    // A page that never shows its card will not on a second try either.
    if (run.ms === undefined) break;
  }
  return best!;
}

// ---------------------------------------------------------------------------------------------
// The benchmark.

export interface FirstCardRow {
  /** What is behind the card: the feed and its size. */
  feed: string;
  page: string;
  static: Load;
  load: Load;
}

export interface FirstCardResult {
  data: 'whole feed.json' | 'published folder';
  protocol: 'HTTP/1.1' | 'HTTP/2';
  /** Loads of each page; the fastest is reported. */
  runs: number;
  rows: FirstCardRow[];
  /** A page with every element: bytes through the loader, and the single file. */
  everyElement: { loader: Load; bundle: Load };
  skipped: string[];
}

/**
 * The floor of any script embed, whatever its code: a module of a few lines that fetches the part
 * (published at its default place) and writes the text it is measured by into the element's shadow
 * root; no checking, no styles, no Lit. What is left between it and the static page is round trips
 * (the page, the script, the data) and the phone's CPU, which no embed's code can save.
 */
const FLOOR_SCRIPT = `const card = document.getElementById('card');
const { floorPart, floorPath } = card.dataset;
const json = await (await fetch(new URL(floorPart, document.baseURI))).json();
const text = floorPath.split('.').reduce((value, key) => value?.[key], json);
card.attachShadow({ mode: 'open' }).textContent = typeof text === 'string' ? text : (text?.es ?? text?.en ?? '');
`;

const WAYS = [
  ['floor', 'a bare script: fetch the part, write its text', '/bench/floor.js'],
  ['snippet', 'snippet: the card in the HTML, ogp-embed.js', '/dist/ogp-embed.js'],
  ['snippet, styles inline', 'snippet --inline-styles', '/dist/ogp-embed.js'],
  ['loader', 'ogp-embed.js', '/dist/ogp-embed.js'],
  ['loader, no prefetch', 'ogp-embed.js, data not prefetched', '/dist-noprefetch/ogp-embed.js'],
  ['single file', 'ogp-embed.bundle.js (one file)', '/dist/ogp-embed.bundle.js'],
] as const;

export interface FirstCardOptions {
  /** Largest generated feed; default 10,000 (its whole feed.json is 72 MB: it is capped at 30 s). */
  largest?: number;
  runs?: number;
  /** Only the loader (and the bare script), not the other two ways (faster). */
  loaderOnly?: boolean;
  /** Print each loader page's requests, in time order (where the time goes). */
  waterfall?: boolean;
  /** Serve over HTTP/2 (TLS, a certificate made with openssl), as CDNs and GitHub Pages do; default HTTP/1.1. */
  http2?: boolean;
  /** A folder to write a Chromium trace of each loader page's every run into (slower runs: for where the time goes, not the table). */
  trace?: string;
}

export async function runFirstCardBench(options: FirstCardOptions = {}): Promise<FirstCardResult> {
  const runs = options.runs ?? 2;
  const largest = options.largest ?? 10_000;
  if (!existsSync(join(DIST, 'ogp-embed.js'))) throw new Error('not built: run `npm run build` first');
  const work = mkdtempSync(join(tmpdir(), 'ogp-first-card-'));
  const skipped: string[] = [];
  const chile: FeedInput = JSON.parse(readFileSync(join(ROOT, 'examples/feeds/chile.json'), 'utf8'));
  const feeds: Feed[] = [{ name: 'chile', label: "Chile's sample", input: chile }];
  for (const n of [1000, 10_000].filter((n) => n <= largest)) {
    feeds.push({
      name: `gen-${n}`,
      label: `${n.toLocaleString('en')} commitments`,
      input: generateFeed({ commitments: n }),
    });
  }
  if (largest < 10_000) skipped.push(`the 10,000-commitment feed (--largest ${largest})`);
  feeds.push({
    name: 'plan-1000',
    label: '1,000 commitments, one plan',
    input: onePlan(generateFeed({ commitments: 1000 })),
  });

  // Each feed in its own folder, at /feeds/<name>/feed.json: the whole file, or the published folder.
  const mounts: Record<string, string> = { '/dist/': DIST, '/dist-noprefetch/': DIST };
  let published = false;
  const sizes = new Map<string, number>();
  for (const feed of feeds) {
    const text = JSON.stringify(feed.input);
    sizes.set(feed.name, Buffer.byteLength(text));
    const source = join(work, `${feed.name}.json`);
    writeFileSync(source, text);
    const folder = join(work, feed.name);
    if (publish(source, folder)) published = true;
    else {
      rmSync(folder, { recursive: true, force: true });
      execFileSync('mkdir', ['-p', folder]);
      writeFileSync(join(folder, 'feed.json'), text);
    }
    mounts[`/feeds/${feed.name}/`] = folder;
  }
  // The prefetch chunk answered by a module that starts nothing, for the loader without prefetch.
  const prefetchChunk = readdirSync(DIST).find((file) => /^ogp-embed-prefetch-/.test(file));
  const stubs = new Map(prefetchChunk ? [[prefetchChunk, 'export function prefetch() {}\n']] : []);
  const benchFiles = join(work, 'bench');
  execFileSync('mkdir', ['-p', benchFiles]);
  writeFileSync(join(benchFiles, 'floor.js'), FLOOR_SCRIPT);
  mounts['/bench/'] = benchFiles;
  if (!published) skipped.push('the bare script (it reads the published parts)');

  const pages = new Map<string, string>();
  const plans = (input: FeedInput) => input.plans ?? [];
  const mb = (name: string) => `${(sizes.get(name)! / 1e6).toFixed(sizes.get(name)! < 1e6 ? 2 : 1)} MB`;
  /** `floor`: the part the bare script fetches, and where in it the measured text is. */
  type Case = {
    feed: string;
    label: string;
    element: string;
    target: string;
    text: string;
    staticCard: string;
    floor: { part: string; path: string };
    /** What `ogp-embed snippet` writes for the same element: the tag and its attributes. */
    snapshot: { tag: SnapshotTag; attributes: Partial<Record<SnapshotAttribute, string>> };
  };
  const cases: Case[] = [];
  for (const feed of feeds.filter((f) => f.name !== 'plan-1000')) {
    const plan = plans(feed.input).at(-1)!;
    const commitment = plan.commitments![0]!;
    const lead = feed.input.institutions?.find((i) => i.id === commitment.lead);
    cases.push({
      feed: feed.name,
      label: `${feed.label}, ${mb(feed.name)}: <ogp-commitment>`,
      element: `<ogp-commitment id="card" src="/feeds/${feed.name}/feed.json" commitment="${commitment.id}"><a href="#">Compromiso ${commitment.id}</a></ogp-commitment>`,
      target: '#card',
      text: es(commitment.title),
      staticCard: `<article id="card"><h3>${escape(es(commitment.title))}</h3><p>Institución responsable: ${escape(es(lead?.name))}</p><p>Periodo: ${commitment.start} – ${commitment.end}</p></article>`,
      floor: {
        part: `/feeds/${feed.name}/feed.parts/commitment/${commitment.id}.json`,
        path: 'plans.0.commitments.0.title',
      },
      snapshot: { tag: 'ogp-commitment', attributes: { commitment: commitment.id } },
    });
  }
  {
    const feed = feeds.find((f) => f.name === 'plan-1000')!;
    const plan = plans(feed.input)[0]!;
    const first = plan.commitments!.slice(0, 10);
    cases.push({
      feed: feed.name,
      label: `${feed.label}, ${mb(feed.name)}: <ogp-plan> summary + first page`,
      element: `<ogp-plan id="card" src="/feeds/${feed.name}/feed.json" plan="${plan.id}"><a href="#">Plan</a></ogp-plan>`,
      target: '#card',
      text: es(first[0]!.title),
      staticCard: `<section id="card"><h2>${escape(es(plan.title))}</h2><p>${plan.commitments!.length} compromisos</p><ul>${first.map((c) => `<li>${escape(es(c.title))}</li>`).join('')}</ul></section>`,
      floor: {
        part: `/feeds/${feed.name}/feed.parts/plan-digest/${plan.id}.json`,
        path: 'plans.0.commitments.0.title',
      },
      snapshot: { tag: 'ogp-plan', attributes: { plan: plan.id } },
    });
  }
  {
    const forum = chile.forums![0]!;
    const meeting = forum.meetings!.at(-1)!;
    cases.push({
      feed: 'chile',
      label: `Chile's sample, ${mb('chile')}: <ogp-agreements>`,
      element: `<ogp-agreements id="card" src="/feeds/chile/feed.json" forum="${forum.id}"><a href="#">Acuerdos</a></ogp-agreements>`,
      target: '#card',
      text: es(meeting.agreements![0]!.text),
      staticCard: `<section id="card"><h2>${escape(es(forum.name))}</h2><ul>${forum
        .meetings!.flatMap((m) => m.agreements ?? [])
        .map((a) => `<li>${escape(es(a.text))}</li>`)
        .join('')}</ul></section>`,
      floor: {
        part: `/feeds/chile/feed.parts/forum/${forum.id}.json`,
        path: `forums.0.meetings.${forum.meetings!.length - 1}.agreements.0.text`,
      },
      snapshot: { tag: 'ogp-agreements', attributes: { forum: forum.id } },
    });
  }
  for (const [i, c] of cases.entries()) {
    pages.set(`/static-${i}.html`, ministryPage(c.staticCard));
    for (const [way, , src] of WAYS) {
      const tag =
        way === 'single file'
          ? `<script src="${src}" defer></script>`
          : `<script type="module" src="${src}"${way.startsWith('snippet') ? ' async' : ''}></script>`;
      const element =
        way === 'floor'
          ? c.element.replace(
              ' id="card"',
              ` id="card" data-floor-part="${c.floor.part}" data-floor-path="${c.floor.path}"`,
            )
          : way.startsWith('snippet')
            ? await snippetElement(c, feeds.find((f) => f.name === c.feed)!.input, way === 'snippet')
            : c.element;
      pages.set(`/${way.replaceAll(/\W+/g, '-')}-${i}.html`, ministryPage(element, tag));
    }
  }
  const every = (src: string, module: boolean) =>
    ministryPage(
      `<ogp-feed src="/feeds/chile/feed.json">
  <ogp-commitment id="card" commitment="CL0069"></ogp-commitment>
  <ogp-plan plan="AP_CHL05"></ogp-plan>
  <ogp-timeline commitment="CL0069"></ogp-timeline>
  <ogp-indicator commitment="CL0081"></ogp-indicator>
  <ogp-agreements forum="mesa-gobierno-abierto"></ogp-agreements>
</ogp-feed>
<ogp-progress-bar value="40" status="delayed"></ogp-progress-bar>
<ogp-status-badge status="delayed"></ogp-status-badge>`,
      module ? `<script type="module" src="${src}"></script>` : `<script src="${src}" defer></script>`,
    );
  pages.set('/every-loader.html', every('/dist/ogp-embed.js', true));
  pages.set('/every-bundle.html', every('/dist/ogp-embed.bundle.js', false));

  const server = await startServer(mounts, pages, stubs, options.http2 ? loopbackCertificate(work) : undefined);
  const browser = await launchChromium();
  const rows: FirstCardRow[] = [];
  try {
    for (const [i, c] of cases.entries()) {
      const still = await load(browser, `${server.origin}/static-${i}.html`, c.target, c.text, runs);
      for (const [way, label] of WAYS) {
        if (
          (options.loaderOnly && way !== 'loader' && way !== 'floor' && !way.startsWith('snippet')) ||
          (way === 'floor' && !published)
        )
          continue;
        const result = await load(
          browser,
          `${server.origin}/${way.replaceAll(/\W+/g, '-')}-${i}.html`,
          c.target,
          c.text,
          runs,
          way === 'loader' ? options.trace : undefined,
        );
        rows.push({ feed: c.label, page: label, static: still, load: result });
        if (options.waterfall && way === 'loader') printWaterfall(c.label, still, result);
      }
    }
    const title = es(chile.plans!.flatMap((p) => p.commitments ?? []).find((c) => c.id === 'CL0069')!.title);
    const everyElement = {
      loader: await load(browser, `${server.origin}/every-loader.html`, '#card', title, 1),
      bundle: await load(browser, `${server.origin}/every-bundle.html`, '#card', title, 1),
    };
    return {
      data: published ? 'published folder' : 'whole feed.json',
      protocol: options.http2 ? 'HTTP/2' : 'HTTP/1.1',
      runs,
      rows,
      everyElement,
      skipped,
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** The element as `ogp-embed snippet` writes it (the same renderer), with the id the page measures it by. */
async function snippetElement(
  c: { feed: string; snapshot: { tag: SnapshotTag; attributes: Partial<Record<SnapshotAttribute, string>> } },
  feed: FeedInput,
  linkStyles: boolean,
): Promise<string> {
  const { tag, attributes } = c.snapshot;
  const html = await renderSnapshot({
    tag,
    attributes: { ...attributes, src: `/feeds/${c.feed}/feed.json` },
    feed,
    lang: 'es',
    styles: linkStyles ? '/dist/' : undefined,
  });
  return html.replace(`<${tag} `, `<${tag} id="card" `);
}

function printWaterfall(label: string, still: Load, load: Load): void {
  console.log(`\n${label}: text at ${load.ms} ms (static ${still.ms} ms), over ${load.protocols.join(', ')}`);
  for (const r of [...load.waterfall].sort((a, b) => a.sent - b.sent)) {
    console.log(
      `  ${String(r.sent).padStart(5)} → ${String(r.done).padStart(5)} ms ${kb(r.bytes).padStart(8)}  ${r.path}`,
    );
  }
}

const kb = (bytes: number) =>
  `${(bytes / 1000).toLocaleString('en', { maximumFractionDigits: bytes < 10_000 ? 1 : 0 })} KB`;

export function formatFirstCardBench(result: FirstCardResult): string {
  const header = [
    'behind the card',
    'page',
    'ms to the text',
    'on the wire',
    'beyond the static page',
    '× static',
    'layout shift',
  ];
  const rows = result.rows.map((row) => [
    row.feed,
    row.page,
    row.load.ms === undefined ? `never (> ${CEILING_MS / 1000} s)` : row.load.ms.toLocaleString('en'),
    kb(row.load.bytes),
    kb(row.load.bytes - row.static.bytes),
    row.load.ms === undefined || row.static.ms === undefined ? '—' : `${(row.load.ms / row.static.ms).toFixed(2)}x`,
    row.load.shift.toFixed(3),
  ]);
  const statics = [...new Map(result.rows.map((row) => [row.feed, row.static])).entries()].map(([feed, load]) => [
    feed,
    'static HTML (the floor)',
    load.ms?.toLocaleString('en') ?? '—',
    kb(load.bytes),
    '',
    '1.00x',
    load.shift.toFixed(3),
  ]);
  const all = [...statics.slice(0, 1), ...rows];
  const widths = header.map((h, i) => Math.max(h.length, ...all.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const out = [
    `Chromium, Slow 4G (150 ms, 1.6 Mbps down, 750 kbps up, CPU 4x), cold cache, gzip, ${result.protocol}; the fastest of ${result.runs} run${result.runs === 1 ? '' : 's'}. Data: ${result.data}.`,
    '',
    line(header),
    `|${widths.map((w, i) => (i < 2 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
  ];
  let last = '';
  for (const [i, row] of rows.entries()) {
    if (row[0] !== last) {
      const still = statics.find((s) => s[0] === row[0]);
      if (still) out.push(line(still));
      last = row[0]!;
    }
    out.push(line(row));
    void i;
  }
  // The issue's goals, as ratios of the same run: the snippet against the static page, the loader against the bare script.
  const ratio = (feed: string, page: string, base: (row: FirstCardRow) => Load | undefined) => {
    const row = result.rows.find((r) => r.feed === feed && r.page === page);
    const against = row && base(row);
    return row?.load.ms && against?.ms ? (row.load.ms / against.ms).toFixed(2) : '—';
  };
  const page = (way: (typeof WAYS)[number][0]) => WAYS.find(([w]) => w === way)![1];
  const [floorPage, snippetPage, inlinePage, loaderPage] = [
    page('floor'),
    page('snippet'),
    page('snippet, styles inline'),
    page('loader'),
  ];
  out.push('');
  for (const feed of new Set(result.rows.map((r) => r.feed))) {
    const floor = result.rows.find((r) => r.feed === feed && r.page === floorPage)?.load;
    out.push(
      `${feed}: the snippet ${ratio(feed, snippetPage, (r) => r.static)}x static (styles inline ${ratio(feed, inlinePage, (r) => r.static)}x); ogp-embed.js ${ratio(feed, loaderPage, () => floor)}x the bare script.`,
    );
  }
  out.push(
    '',
    `A page with every element (Chile's sample): ${kb(result.everyElement.loader.bytes)} on the wire through the loader, ${kb(result.everyElement.bundle.bytes)} with the single file.`,
  );
  if (result.skipped.length > 0) out.push(`Not run: ${result.skipped.join('; ')}.`);
  return out.join('\n');
}
