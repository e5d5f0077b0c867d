/**
 * The demo server as a feed's host and as `npm start`: validators and 304s, CORS for other
 * sites, the live feed's revisions, files never served from outside their folders, the index
 * page, examples bundled on request, and a process that finds a free port and stops cleanly.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parseFeed } from '@ogp-embed/sdk';
import { BUILD_SOURCES, buildProblem } from '../../scripts/rollup/fresh-build.js';
import { renderIndexPage } from '../../scripts/serve/index-page.js';
import { LIVE_COMMITMENT, livePercent } from '../../scripts/serve/live-feed.js';
import { rawGet, ROOT, startDemo, type RunningDemo } from './helpers/demo.js';

let running: RunningDemo;

before(async () => {
  running = await startDemo({ liveInterval: 400 });
});

after(async () => {
  await running?.demo.close();
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  fetch(new URL(path, running.url), { headers, method });

describe('the sample feed, served as a static host should serve a feed', () => {
  test('with its bytes, validators, no-cache and CORS headers', async () => {
    const response = await get('/feeds/chile.json');
    assert.equal(response.status, 200);
    assert.deepEqual(Buffer.from(await response.arrayBuffer()), readFileSync(join(ROOT, 'examples/feeds/chile.json')));
    assert.match(response.headers.get('etag') ?? '', /^"[\w-]+"$/);
    assert.ok(Date.parse(response.headers.get('last-modified') ?? '') > 0);
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('access-control-expose-headers') ?? '', /ETag/);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  });

  test('answers 304 without a body when the copy held is current, by ETag or by date', async () => {
    const first = await get('/feeds/chile.json');
    const etag = first.headers.get('etag')!;
    const byTag = await get('/feeds/chile.json', { 'if-none-match': etag });
    assert.equal(byTag.status, 304);
    assert.equal((await byTag.arrayBuffer()).byteLength, 0);
    assert.equal(byTag.headers.get('etag'), etag);
    const byDate = await get('/feeds/chile.json', { 'if-modified-since': first.headers.get('last-modified')! });
    assert.equal(byDate.status, 304);
    const otherTag = await get('/feeds/chile.json', { 'if-none-match': '"another-version"' });
    assert.equal(otherTag.status, 200);
  });

  test('lets a page on another site revalidate (preflight for the conditional headers)', async () => {
    const preflight = await get(
      '/feeds/chile.json',
      {
        origin: 'https://ministerio.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'if-none-match',
      },
      'OPTIONS',
    );
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /If-None-Match/i);
  });
});

describe('compression, as any real host sends text', () => {
  const raw = (path: string, headers: Record<string, string>) => rawGet(running.url, path, headers);
  const file = readFileSync(join(ROOT, 'examples/feeds/chile.json'));

  test('Brotli when accepted, else gzip, else none; the same bytes once decoded; Vary on Accept-Encoding', async () => {
    const br = await raw('/feeds/chile.json', { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.deepEqual(brotliDecompressSync(br.body), file);
    assert.ok(br.body.length < file.length / 3, `${br.body.length} B for ${file.length}`);
    const gzip = await raw('/feeds/chile.json', { 'accept-encoding': 'gzip' });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.deepEqual(gunzipSync(gzip.body), file);
    const none = await raw('/feeds/chile.json', { 'accept-encoding': 'br;q=0, gzip;q=0' });
    assert.equal(none.headers['content-encoding'], undefined);
    assert.deepEqual(none.body, file);
    for (const reply of [br, gzip, none]) assert.equal(reply.headers.vary, 'Accept-Encoding');
    // Each encoding is its own representation: its own validator, and a 304 for it.
    assert.equal(new Set([br, gzip, none].map((reply) => reply.headers.etag)).size, 3);
    const again = await raw('/feeds/chile.json', { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) });
    assert.equal(again.status, 304);
  });

  test('the embed goes out compressed', async () => {
    const loader = await raw('/dist/ogp-embed.bundle.js', { 'accept-encoding': 'gzip' });
    assert.equal(loader.headers['content-encoding'], 'gzip');
    assert.ok(loader.body.length < 40_000, `${loader.body.length} B`);
  });
});

describe('the live feed', () => {
  test('is a valid feed whose revisions change CL0081’s progress, each with its own ETag', async () => {
    const first = await get('/feeds/live.json');
    const etag = first.headers.get('etag')!;
    const feed = parseFeed(await first.json());
    assert.ok(feed.ok, JSON.stringify(feed.issues.filter((i) => i.severity === 'error')));
    const revision = running.demo.live.latest.revision;
    const commitment = feed.feed!.plans.flatMap((p) => p.commitments).find((c) => c.id === LIVE_COMMITMENT)!;
    assert.ok([livePercent(revision), livePercent(revision - 1)].includes(commitment.reported!.percent!));
    assert.match(JSON.stringify(commitment.updates.at(-1)?.text), /Ilustrativo \/ Illustrative/);

    await new Promise((resolve) => setTimeout(resolve, 900));
    const later = await get('/feeds/live.json', { 'if-none-match': etag });
    assert.equal(later.status, 200, 'a new revision is a new download');
    assert.notEqual(later.headers.get('etag'), etag);
    const again = await get('/feeds/live.json', { 'if-none-match': later.headers.get('etag')! });
    assert.ok([200, 304].includes(again.status));
  });

  test('goes 30, 35 ... 100, then starts again', () => {
    assert.deepEqual([0, 1, 13, 14, 15].map(livePercent), [30, 35, 95, 100, 30]);
  });
});

describe('files', () => {
  test('never from outside their folder', async () => {
    for (const path of [
      '/examples/..%2f..%2fpackage.json',
      '/feeds/..%2f..%2fpackage.json',
      '/dist/%2e%2e/%2e%2e/package.json',
      '/examples/%00',
    ]) {
      const response = await get(path);
      assert.equal(response.status, 404, path);
    }
  });

  test('a folder without its slash is redirected, so the page’s relative links work', async () => {
    const response = await fetch(new URL('/examples/react', running.url), { redirect: 'manual' });
    assert.equal(response.status, 301);
    assert.equal(response.headers.get('location'), '/examples/react/');
  });

  test('an example’s .jsx is bundled on request, with React, and revalidated by ETag', async () => {
    // It imports the packages as an npm user does: from their built dist/.
    const problem = buildProblem(
      [join(ROOT, 'packages/elements/dist/index.js'), join(ROOT, 'packages/sdk/dist/index.js')],
      BUILD_SOURCES.map((s) => join(ROOT, s)),
    );
    if (problem) throw new Error(problem);
    const response = await get('/examples/react/app.js');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /javascript/);
    const code = await response.text();
    assert.match(code, /ogp-commitment/);
    assert.ok(code.length > 50_000, 'React is bundled in');
    const again = await get('/examples/react/app.js', { 'if-none-match': response.headers.get('etag')! });
    assert.equal(again.status, 304);
  });

  test('anything but GET, HEAD and OPTIONS is refused', async () => {
    const response = await get('/feeds/chile.json', {}, 'POST');
    assert.equal(response.status, 405);
    assert.match(response.headers.get('allow') ?? '', /GET/);
  });
});

describe('the index page', () => {
  test('links every example, both feeds and the how-to', async () => {
    const html = await (await get('/')).text();
    for (const href of [
      '/examples/ministry/',
      '/examples/sdk-view/',
      '/examples/react/',
      '/examples/wordpress/',
      '/examples/live/',
      '/examples/wordpress/README.md',
      '/feeds/chile.json',
      '/feeds/live.json',
    ]) {
      assert.ok(html.includes(`href="${href}"`), `no link to ${href}`);
    }
    assert.match(html, /Milestone tracker/);
  });

  test('links Storybook only when it is built', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ogp-index-'));
    try {
      const input = {
        examplesDir: join(ROOT, 'examples'),
        distDir: join(dir, 'dist'),
        storybookDir: join(dir, 'sb'),
        liveSeconds: 5,
      };
      assert.doesNotMatch(renderIndexPage(input), /href="\/storybook\/"/);
      assert.match(renderIndexPage(input), /npm run build-storybook/);
      mkdirSync(input.storybookDir);
      writeFileSync(join(input.storybookDir, 'index.html'), '<!doctype html>');
      assert.match(renderIndexPage(input), /href="\/storybook\/"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm start (scripts/serve.ts)', () => {
  let taken: Server;
  let takenPort: number;

  before(async () => {
    taken = createServer().listen(0, '127.0.0.1');
    await once(taken, 'listening');
    takenPort = (taken.address() as { port: number }).port;
  });

  after(() => taken.close());

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    test(
      `takes the next port when PORT is taken, prints the address, and stops on ${signal}`,
      { timeout: 30_000 },
      async () => {
        const child = spawn(
          process.execPath,
          ['--conditions=source', '--import', 'tsx', 'scripts/serve.ts', '--no-build'],
          {
            cwd: ROOT,
            env: { ...process.env, PORT: String(takenPort) },
            stdio: ['ignore', 'pipe', 'pipe'],
          },
        );
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        const exited = once(child, 'exit');
        try {
          const deadline = Date.now() + 20_000;
          while (!/ogp-embed demo: (http:\/\/127\.0\.0\.1:\d+\/)/.test(output) && Date.now() < deadline) {
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
          const url = /ogp-embed demo: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
          assert.ok(url, `no address printed:\n${output}`);
          assert.match(output, new RegExp(`Port ${takenPort} is taken`));
          assert.notEqual(new URL(url).port, String(takenPort));
          assert.equal((await fetch(url)).status, 200);
          child.kill(signal);
          const [code] = await exited;
          assert.equal(code, 0, output);
          await assert.rejects(fetch(url), 'the port is closed');
        } finally {
          child.kill('SIGKILL');
        }
      },
    );
  }
});
