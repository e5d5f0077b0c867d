/**
 * The demo server serves each sample feed's published parts beside it (`/feeds/chile.parts/...`),
 * as a host does after `ogp-embed publish`: exactly the files `publishedFiles` makes from the bytes
 * served as the whole, with a feed's headers, 304s and compression, and a 404 (with CORS) for any
 * other path; cut again when the file changes, never written to disk. The live feed's parts are
 * cut from the revision being served. `validate`'s folder check finds a copy of what is served in
 * agreement, and the SDK's `sliceClient` reads the parts instead of the whole.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
  checkSliceInfo,
  checkSliceDirectory,
  createClient,
  DEFAULT_SLICE_PATHS,
  fetchTransport,
  parseFeed,
  sliceClient,
} from '@ogp-embed/sdk';
import type { FeedInput, FeedSlice, SliceIndex } from '@ogp-embed/sdk';
import { checkFolder } from '../../packages/cli/src/publish/check-folder.js';
import { publishedFiles } from '../../packages/cli/src/publish/published-files.js';
import { createDemoServer, type DemoServer } from '../../scripts/serve/demo-server.js';
import { LIVE_COMMITMENT, livePercent } from '../../scripts/serve/live-feed.js';
import { rawGet, ROOT, startDemo, type RunningDemo } from './helpers/demo.js';

let running: RunningDemo;
/** The path of every request the server answered, in order. */
const asked: string[] = [];

before(async () => {
  // No revision of the live feed happens by itself during these tests: they call `advance()`.
  running = await startDemo({ liveInterval: 3_600_000, onResponse: (req) => asked.push(req.url ?? '') });
});

after(async () => {
  await running?.demo.close();
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  fetch(new URL(path, running.url), { headers, method });
const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const SAMPLE = readFileSync(join(ROOT, 'examples/feeds/chile.json'));

/** What `ogp-embed publish` writes for the whole `bytes` served as `/feeds/<feedFile>`, by URL path. */
function published(bytes: Buffer, feedFile: string): Map<string, Buffer> {
  const files = publishedFiles(bytes, JSON.parse(bytes.toString('utf8')) as FeedInput, feedFile).filter(
    (file) => file.kind !== 'feed',
  );
  return new Map(files.map((file) => [`/feeds/${file.path}`, file.bytes]));
}

/** Copies the whole and every part the server serves for it into a new folder, as a host's files. */
async function mirror(feedFile: string, whole: Buffer, paths: Iterable<string>): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'ogp-demo-parts-'));
  writeFileSync(join(folder, feedFile), whole);
  for (const path of paths) {
    const response = await get(path);
    assert.equal(response.status, 200, path);
    const file = join(folder, path.slice('/feeds/'.length));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, await bytesOf(response));
  }
  return folder;
}

describe("a sample feed's parts, beside it as after ogp-embed publish", () => {
  test("the index: a feed's headers, and the SHA-256 of the whole served beside it", async () => {
    const whole = await bytesOf(await get('/feeds/chile.json'));
    const response = await get('/feeds/chile.parts/index.json');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.match(response.headers.get('etag') ?? '', /^"[\w-]+"$/);
    assert.ok(Date.parse(response.headers.get('last-modified') ?? '') > 0);
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('access-control-expose-headers') ?? '', /ETag/);
    const body = await bytesOf(response);
    assert.deepEqual(body, published(whole, 'chile.json').get('/feeds/chile.parts/index.json'));
    const index = JSON.parse(body.toString('utf8')) as SliceIndex;
    assert.equal(index.parts.sha256, sha256(whole));
    assert.equal(index.parts.sha256, sha256(SAMPLE), 'the whole is the file, byte for byte');
    assert.equal(index.parts.feed, '../chile.json', 'the index names the whole it is beside');
    assert.deepEqual(index.parts.paths, DEFAULT_SLICE_PATHS);
    assert.ok(checkSliceDirectory(index.parts).success);
    assert.ok(parseFeed(body.toString('utf8'), { mode: 'strict' }).ok, 'the index is a feed');
  });

  test("a commitment's part: what publishedFiles gives, a valid feed, cut from the whole served", async () => {
    const response = await get('/feeds/chile.parts/commitment/CL0069.json');
    assert.equal(response.status, 200);
    const body = await bytesOf(response);
    assert.deepEqual(body, published(SAMPLE, 'chile.json').get('/feeds/chile.parts/commitment/CL0069.json'));
    const parsed = parseFeed(body.toString('utf8'), { mode: 'strict' });
    assert.ok(parsed.ok, JSON.stringify(parsed.issues));
    const part = (JSON.parse(body.toString('utf8')) as FeedSlice).part;
    assert.ok(checkSliceInfo(part).success);
    assert.deepEqual(part, {
      kind: 'commitment',
      id: 'CL0069',
      generatedAt: (JSON.parse(SAMPLE.toString('utf8')) as FeedInput).generatedAt,
      sha256: sha256(SAMPLE),
    });
    assert.equal(parsed.feed!.plans[0]!.commitments[0]!.id, 'CL0069');
    assert.ok(body.length < SAMPLE.length / 5, `${body.length} B for a ${SAMPLE.length} B whole`);
  });

  test('every file publish would write is served, byte for byte, and validate finds a copy of them in agreement', async () => {
    const expected = published(SAMPLE, 'chile.json');
    // The index, 21 commitments, 3 plans, their 3 digests and 1 forum.
    assert.equal(expected.size, 29);
    for (const [path, bytes] of expected) assert.deepEqual(await bytesOf(await get(path)), bytes, path);
    const folder = await mirror('chile.json', SAMPLE, expected.keys());
    try {
      // The check parses the whole once and hands the result on (`parsed`): the rest is what it found.
      const { parsed, ...check } = await checkFolder(folder, 'chile.json');
      assert.equal(parsed?.ok, true);
      assert.deepEqual(check, { feed: SAMPLE, checked: expected.size, problems: [] });
      // The check can fail: the same parts beside an edited whole are stale.
      writeFileSync(join(folder, 'chile.json'), SAMPLE.toString('utf8').replace('"generatedAt"', '"generatedAt" '));
      const edited = await checkFolder(folder, 'chile.json');
      assert.equal(edited.problems.filter((problem) => problem.code === 'stale').length, expected.size);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('a part held is revalidated: 304 by ETag or by date, a new download for another tag; HEAD has no body', async () => {
    const path = '/feeds/chile.parts/commitment/CL0069.json';
    const first = await get(path);
    const etag = first.headers.get('etag')!;
    const byTag = await get(path, { 'if-none-match': etag });
    assert.equal(byTag.status, 304);
    assert.equal((await byTag.arrayBuffer()).byteLength, 0);
    assert.equal(byTag.headers.get('etag'), etag);
    assert.equal(byTag.headers.get('access-control-allow-origin'), '*');
    assert.equal((await get(path, { 'if-modified-since': first.headers.get('last-modified')! })).status, 304);
    assert.equal((await get(path, { 'if-none-match': '"another-version"' })).status, 200);
    const head = await get(path, {}, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal((await head.arrayBuffer()).byteLength, 0);
    // Another part is another representation.
    assert.equal((await get('/feeds/chile.parts/commitment/CL0081.json', { 'if-none-match': etag })).status, 200);
  });

  test('parts go out compressed as the feeds do: Brotli or gzip, the same bytes once decoded, each with its own validator', async () => {
    const raw = (path: string, headers: Record<string, string>) => rawGet(running.url, path, headers);
    const path = '/feeds/chile.parts/plan/AP_CHL05.json';
    const file = published(SAMPLE, 'chile.json').get(path)!;
    assert.ok(file.length > 1024, 'large enough to be compressed');
    const br = await raw(path, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.deepEqual(brotliDecompressSync(br.body), file);
    const gzip = await raw(path, { 'accept-encoding': 'gzip' });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.deepEqual(gunzipSync(gzip.body), file);
    const none = await raw(path, { 'accept-encoding': 'identity' });
    assert.equal(none.headers['content-encoding'], undefined);
    assert.deepEqual(none.body, file);
    for (const reply of [br, gzip, none]) assert.equal(reply.headers.vary, 'Accept-Encoding');
    assert.equal(new Set([br, gzip, none].map((reply) => reply.headers.etag)).size, 3);
    assert.equal((await raw(path, { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) })).status, 304);
  });

  test('any other path is a 404 that a page on another site can read (the SDK then reads the whole feed)', async () => {
    for (const path of [
      '/feeds/chile.parts/commitment/CL9999.json',
      '/feeds/chile.parts/institution/congreso.json',
      '/feeds/chile.parts/commitment/',
      '/feeds/chile.parts/',
      '/feeds/chile.parts/feed.json',
      '/feeds/chile.parts/..%2fchile.json',
      '/feeds/chile.parts/%E0%A4%A.json',
      '/feeds/nowhere.parts/index.json',
      '/feeds/README.parts/index.json',
      '/feeds/%2e%2e%2fpackage.parts/index.json',
      '/feeds/sub/chile.parts/index.json',
    ]) {
      const response = await get(path);
      assert.equal(response.status, 404, path);
      assert.equal(response.headers.get('access-control-allow-origin'), '*', path);
    }
  });

  test("the demo's index page links them, and every link answers", async () => {
    const html = await (await get('/')).text();
    const links = [...html.matchAll(/href="(\/feeds\/[^"]+\.parts\/[^"]+)"/g)].map((match) => match[1]!);
    assert.ok(links.includes('/feeds/chile.parts/index.json'), links.join(' '));
    assert.ok(
      links.some((link) => link.startsWith('/feeds/live.parts/')),
      links.join(' '),
    );
    for (const link of links) assert.equal((await get(link)).status, 200, link);
  });

  test('nothing is written into the repository', () => {
    assert.deepEqual(
      readdirSync(join(ROOT, 'examples/feeds')).filter((name) => name.endsWith('.parts')),
      [],
    );
  });
});

describe('parts follow the file they are cut from', () => {
  let root: string;
  let demo: DemoServer;
  let url: string;
  const at = (path: string, headers: Record<string, string> = {}) => fetch(new URL(path, url), { headers });
  const indexOf = async (response: Response) => JSON.parse(await response.text()) as SliceIndex;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'ogp-demo-root-'));
    mkdirSync(join(root, 'examples/feeds'), { recursive: true });
    // The live feed is made from the Chile sample.
    copyFileSync(join(ROOT, 'examples/feeds/chile.json'), join(root, 'examples/feeds/chile.json'));
    demo = createDemoServer({ root, liveInterval: 3_600_000 });
    url = await demo.listen(0);
  });

  after(async () => {
    await demo?.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('an edited file is cut again; a file touched but unchanged keeps its parts and their validators', async () => {
    const file = join(root, 'examples/feeds/plan.json');
    writeFileSync(file, SAMPLE);
    const first = await at('/feeds/plan.parts/index.json');
    assert.equal((await indexOf(first)).parts.sha256, sha256(SAMPLE));
    const etag = first.headers.get('etag')!;
    const part = await at('/feeds/plan.parts/commitment/CL0069.json');
    assert.equal(part.status, 200);
    assert.equal(((await part.json()) as FeedSlice).part.sha256, sha256(SAMPLE));

    // Touched only: the same bytes, the same ETag and Last-Modified, and a 304.
    utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    const touched = await at('/feeds/plan.parts/index.json', { 'if-none-match': etag });
    assert.equal(touched.status, 304);
    assert.equal(touched.headers.get('last-modified'), first.headers.get('last-modified'));

    // Edited (its mtime moves): a new version of every part, cut from the new bytes.
    const edited = Buffer.from(
      SAMPLE.toString('utf8').replace(/"generatedAt": "[^"]+"/, '"generatedAt": "2026-02-01T00:00:00Z"'),
    );
    assert.notDeepEqual(edited, SAMPLE);
    writeFileSync(file, edited);
    utimesSync(file, new Date(), new Date(Date.now() + 120_000));
    const again = await at('/feeds/plan.parts/index.json', { 'if-none-match': etag });
    assert.equal(again.status, 200);
    const index = await indexOf(again);
    assert.equal(index.parts.sha256, sha256(edited));
    assert.equal(index.generatedAt, '2026-02-01T00:00:00Z');
    const newPart = (await (await at('/feeds/plan.parts/commitment/CL0069.json')).json()) as FeedSlice;
    assert.deepEqual(newPart.part, {
      kind: 'commitment',
      id: 'CL0069',
      generatedAt: '2026-02-01T00:00:00Z',
      sha256: sha256(edited),
    });

    // Gone: no parts.
    rmSync(file);
    assert.equal((await at('/feeds/plan.parts/index.json')).status, 404);
    assert.deepEqual(
      readdirSync(join(root, 'examples/feeds')).sort(),
      ['chile.json'],
      'nothing written beside the feeds',
    );
  });

  test('a feed with errors has no parts, as publish refuses it; the whole is still served', async () => {
    const broken = JSON.parse(SAMPLE.toString('utf8')) as { plans: { commitments: { lead?: string }[] }[] };
    broken.plans[0]!.commitments[0]!.lead = 'no-such-institution';
    writeFileSync(join(root, 'examples/feeds/broken.json'), JSON.stringify(broken));
    assert.equal(parseFeed(JSON.stringify(broken), { mode: 'strict' }).ok, false, 'the feed has an error');
    assert.equal((await at('/feeds/broken.json')).status, 200);
    assert.equal((await at('/feeds/broken.parts/index.json')).status, 404);
    writeFileSync(join(root, 'examples/feeds/not-json.json'), '{"schemaVersion": ');
    assert.equal((await at('/feeds/not-json.parts/index.json')).status, 404);
  });
});

describe("the live feed's parts", () => {
  /** The live whole, its index and two parts, all answered within one revision. */
  async function snapshot() {
    const revision = running.demo.live.latest.revision;
    const whole = await bytesOf(await get('/feeds/live.json'));
    const index = await get('/feeds/live.parts/index.json');
    const moving = await get(`/feeds/live.parts/commitment/${LIVE_COMMITMENT}.json`);
    const still = await get('/feeds/live.parts/commitment/CL0069.json');
    assert.equal(running.demo.live.latest.revision, revision, 'no revision came in between');
    return {
      revision,
      whole,
      index: JSON.parse(await index.text()) as SliceIndex,
      moving: { etag: moving.headers.get('etag')!, body: await bytesOf(moving) },
      still: { etag: still.headers.get('etag')!, body: await bytesOf(still) },
    };
  }
  const documentOf = (body: Buffer) => JSON.parse(body.toString('utf8')) as FeedSlice & FeedInput;

  test('are cut from the revision being served, agree with its whole, and all change with a revision', async () => {
    const one = await snapshot();
    assert.equal(one.index.parts.sha256, sha256(one.whole));
    assert.equal(one.index.parts.feed, '../live.json');
    const expected = published(one.whole, 'live.json');
    assert.deepEqual(one.moving.body, expected.get(`/feeds/live.parts/commitment/${LIVE_COMMITMENT}.json`));
    assert.deepEqual(one.still.body, expected.get('/feeds/live.parts/commitment/CL0069.json'));
    const moving = documentOf(one.moving.body);
    assert.equal(moving.part.sha256, sha256(one.whole));
    assert.equal(moving.plans[0]!.commitments[0]!.reported?.percent, livePercent(one.revision));
    // Within a revision, a page polling a part gets 304s.
    assert.equal(
      (await get('/feeds/live.parts/commitment/CL0069.json', { 'if-none-match': one.still.etag })).status,
      304,
    );
    assert.equal(
      (
        await get('/feeds/live.parts/index.json', {
          'if-none-match': `"x", ${(await get('/feeds/live.parts/index.json')).headers.get('etag')}`,
        })
      ).status,
      304,
    );

    running.demo.live.advance();
    const two = await snapshot();
    assert.equal(two.revision, one.revision + 1);
    assert.notEqual(sha256(two.whole), sha256(one.whole));
    assert.equal(two.index.parts.sha256, sha256(two.whole));
    assert.equal(documentOf(two.moving.body).part.sha256, sha256(two.whole));
    assert.equal(documentOf(two.moving.body).plans[0]!.commitments[0]!.reported?.percent, livePercent(two.revision));
    // Every part names the new whole, so each is a new version (a new ETag, a 200 for the old one)...
    assert.notEqual(two.still.etag, one.still.etag);
    assert.equal(
      (await get('/feeds/live.parts/commitment/CL0069.json', { 'if-none-match': one.still.etag })).status,
      200,
    );
    // ... though CL0069 itself did not change: only the whole's version and time it names did.
    const strip = ({ part: _part, generatedAt: _at, ...rest }: FeedSlice & FeedInput) => rest;
    assert.deepEqual(strip(documentOf(two.still.body)), strip(documentOf(one.still.body)));
    assert.deepEqual(two.still.body, published(two.whole, 'live.json').get('/feeds/live.parts/commitment/CL0069.json'));
  });

  test('validate finds a copy of a revision (its whole and all its parts) in agreement', async () => {
    const whole = await bytesOf(await get('/feeds/live.json'));
    const revision = running.demo.live.latest.revision;
    const paths = [...published(whole, 'live.json').keys()];
    const folder = await mirror('live.json', whole, paths);
    try {
      assert.equal(running.demo.live.latest.revision, revision, 'no revision came in between');
      assert.deepEqual((await checkFolder(folder, 'live.json')).problems, []);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("the SDK's sliceClient reads the demo's parts", () => {
  const wholeAsked = (feed: string) => asked.filter((path) => path.split('?')[0] === `/feeds/${feed}`).length;

  for (const [feed, id] of [
    ['chile.json', 'CL0069'],
    ['live.json', LIVE_COMMITMENT],
  ] as const) {
    test(`${feed}: the commitment's part, and nothing of the whole feed`, async () => {
      const before = wholeAsked(feed);
      const client = createClient({
        feedUrl: new URL(`/feeds/${feed}`, running.url).href,
        transport: fetchTransport,
        storage: false,
      });
      const { feed: got } = await sliceClient(client, 'commitment', id).getFeed();
      const part = (got as FeedSlice).part;
      assert.equal(part?.kind, 'commitment', 'a part, not the whole feed');
      assert.equal(part.id, id);
      const whole = feed === 'live.json' ? Buffer.from(running.demo.live.latest.body) : SAMPLE;
      assert.equal(part.sha256, sha256(whole));
      assert.equal(got.plans[0]?.commitments[0]?.id, id);
      assert.equal(wholeAsked(feed), before, 'the whole feed was not asked for');
    });
  }

  test('a part the host does not have (a 404): the SDK reads the whole feed', async () => {
    const client = createClient({
      feedUrl: new URL('/feeds/chile.json', running.url).href,
      transport: fetchTransport,
      storage: false,
    });
    const { feed } = await sliceClient(client, 'commitment', 'CL9999').getFeed();
    assert.equal((feed as Partial<FeedSlice>).part, undefined);
    assert.equal(feed.plans.flatMap((plan) => plan.commitments).length, 21);
  });
});
