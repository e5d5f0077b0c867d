/**
 * `client.part(kind, id)` against a real loopback server: a host with published parts sends one
 * small document per element; a host without them (the index is a 404) costs one extra request per
 * page and then the whole feed, as before; a part that is missing, unreadable or out of step with
 * the whole falls back to the whole feed; `watch` asks once per document per poll, with 304s.
 */
import { afterEach, describe, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import {
  createClient,
  fetchTransport,
  getSharedClient,
  isFeedHttpError,
  isNotFoundError,
  sliceClient,
} from '@ogp-embed/sdk';
import { clearSharedClients } from '@ogp-embed/sdk/internal';
import type { FeedClient, FeedSlice, WatchState } from '@ogp-embed/sdk';
import { startFeedServer, type FeedServer } from './helpers/feed-server.js';
import { buildCommitment, buildForum, feedWithCommitments } from './helpers/feed-builders.js';
import { servePublished } from './helpers/published-parts.js';

afterEach(() => clearSharedClients());

async function serve(t: TestContext): Promise<FeedServer> {
  const server = await startFeedServer();
  t.after(() => server.close());
  return server;
}

const FEED = feedWithCommitments(
  [buildCommitment({ id: 'C1' }), buildCommitment({ id: 'C2' }), buildCommitment({ id: 'C3' })],
  {
    forums: [buildForum()],
  },
);

const partOf = (feed: unknown) => (feed as FeedSlice).part;

/** Resolves with the first state `accept` takes. */
function stateWhere(
  client: FeedClient,
  accept: (state: WatchState) => boolean,
  interval = 60_000,
): Promise<{ state: WatchState; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no such state within 5 s')), 5000);
    const stop = client.watch(
      (state) => {
        if (!accept(state)) return;
        clearTimeout(timer);
        queueMicrotask(() => resolve({ state, stop }));
      },
      { interval },
    );
  });
}

describe('discovery', () => {
  test("a card's part, and nothing of the whole feed: the index and the part, asked at once", async (t) => {
    const server = await serve(t);
    const published = servePublished(server, FEED);
    // The index answers after 1 s: a part asked for only after it would arrive 1 s later.
    const index = published.documents.get(published.indexPath);
    server.route(published.indexPath, { body: index, delay: 1000 });
    const client = createClient({ feedUrl: server.url });
    const { feed } = await sliceClient(client, 'commitment', 'C2').getFeed();
    assert.deepEqual(partOf(feed), {
      kind: 'commitment',
      id: 'C2',
      generatedAt: FEED.generatedAt,
      sha256: published.sha256,
    });
    assert.equal(feed.plans[0]?.commitments[0]?.id, 'C2');
    assert.equal(server.feedRequests.length, 0, 'the whole feed is never asked for');
    assert.equal(server.requestsFor(published.indexPath).length, 1);
    assert.equal(server.requestsFor(published.pathOf('commitment', 'C2')).length, 1);
    // The first part goes out with the index, not after it.
    const [asked, part] = [
      server.requestsFor(published.indexPath)[0]!,
      server.requestsFor(published.pathOf('commitment', 'C2'))[0]!,
    ];
    assert.ok(part.at - asked.at < 1000, `the part was asked for ${part.at - asked.at} ms after the index`);
    // The lookups answer from the part.
    assert.equal((await sliceClient(client, 'commitment', 'C2').getCommitment('C2')).commitment.id, 'C2');
  });

  test('one index per client, one request per part, whatever the number of parts and callers', async (t) => {
    const server = await serve(t);
    const published = servePublished(server, FEED);
    const client = getSharedClient(server.url);
    await Promise.all([
      sliceClient(client, 'commitment', 'C1').getFeed(),
      sliceClient(client, 'commitment', 'C1').getFeed(),
      sliceClient(client, 'commitment', 'C3').getFeed(),
      sliceClient(client, 'plan', 'AP_CHL05').getFeed(),
      sliceClient(client, 'forum', 'mesa-ga').getFeed(),
    ]);
    assert.equal(
      sliceClient(client, 'commitment', 'C1'),
      sliceClient(client, 'commitment', 'C1'),
      'one client per part',
    );
    assert.equal(server.requestsFor(published.indexPath).length, 1);
    for (const [kind, id] of [
      ['commitment', 'C1'],
      ['commitment', 'C3'],
      ['plan', 'AP_CHL05'],
      ['forum', 'mesa-ga'],
    ] as const) {
      assert.equal(server.requestsFor(published.pathOf(kind, id)).length, 1, `${kind} ${id}`);
    }
    assert.equal(server.feedRequests.length, 0);
    const plan = (await sliceClient(client, 'plan', 'AP_CHL05').getFeed()).feed.plans[0]!;
    assert.deepEqual(
      plan.commitments.map((c) => c.id),
      ['C1', 'C2', 'C3'],
    );
    assert.equal(
      plan.commitments[0]!.description,
      undefined,
      "a plan's rows leave the details to each commitment's part",
    );
  });

  test('a host without parts: one 404 for the index, remembered, then the whole feed as before', async (t) => {
    const server = await serve(t);
    server.reply({ body: FEED, etag: '"v1"' });
    const client = createClient({ feedUrl: server.url, transport: fetchTransport });
    const { feed } = await sliceClient(client, 'commitment', 'C1').getFeed();
    assert.equal(partOf(feed), undefined, 'the whole feed');
    assert.equal(feed.plans[0]?.commitments.length, 3);
    await sliceClient(client, 'commitment', 'C3').getFeed();
    await sliceClient(client, 'plan', 'AP_CHL05').getFeed();
    assert.equal(server.requestsFor('/feed.parts/index.json').length, 1, 'the 404 is remembered');
    assert.equal(server.feedRequests.length, 1, 'and the whole feed is asked for once');
    // The first part was tried at its default path with the index: one request, in parallel.
    assert.equal(server.requestsFor('/feed.parts/commitment/C1.json').length, 1);
    assert.equal(server.requestsFor('/feed.parts/commitment/C3.json').length, 0);
  });

  test('the whole feed already on the page: parts are not asked for', async (t) => {
    const server = await serve(t);
    const published = servePublished(server, FEED);
    const client = createClient({ feedUrl: server.url });
    await client.getFeed();
    const { feed } = await sliceClient(client, 'commitment', 'C1').getFeed();
    assert.equal(partOf(feed), undefined);
    assert.equal(server.requestsFor(published.indexPath).length, 0);
  });
});

describe('fallback to the whole feed', () => {
  const cases: [string, (server: FeedServer, path: string) => void][] = [
    [
      'a missing part (404)',
      (server, path) => server.route(path, { status: 404, body: 'Not Found', contentType: 'text/plain' }),
    ],
    [
      'a part that is not JSON',
      (server, path) => server.route(path, { body: '<!doctype html><p>Moved', contentType: 'text/html' }),
    ],
    ['a part that is no feed', (server, path) => server.route(path, { body: { hello: 'world' } })],
    [
      'a part of another version of the whole (a half-uploaded folder)',
      (server, path) => {
        const stale = FEED.plans[0]!.commitments[0]!;
        server.route(path, {
          body: {
            ...FEED,
            plans: [{ ...FEED.plans[0], commitments: [stale] }],
            part: { kind: 'commitment', id: 'C1', generatedAt: FEED.generatedAt, sha256: '0'.repeat(64) },
          },
        });
      },
    ],
    // Replaced below with the part of C2 (what a host that ignores case might send).
    ['another part than the one asked for', () => undefined],
  ];
  for (const [what, breakIt] of cases) {
    test(`${what}: the whole feed, with its own data`, async (t) => {
      const server = await serve(t);
      const published = servePublished(server, FEED);
      const path = published.pathOf('commitment', 'C1');
      if (what.startsWith('another part')) {
        server.route(path, { body: JSON.stringify(published.documents.get(published.pathOf('commitment', 'C2'))) });
      } else breakIt(server, path);
      const client = createClient({ feedUrl: server.url });
      const { commitment, feed } = await sliceClient(client, 'commitment', 'C1').getCommitment('C1');
      assert.equal(commitment.id, 'C1');
      assert.equal(partOf(feed), undefined, 'from the whole feed');
      assert.equal(server.feedRequests.length, 1);
    });
  }

  test("a plan's digest: used when it checks; one that does not, or an index that names no digests, is the whole feed", async (t) => {
    const server = await serve(t);
    const published = servePublished(server, FEED);
    const path = published.pathOf('plan-digest', 'AP_CHL05');
    const good = published.documents.get(path) as { digest: { commitments: { id: string }[] } };
    const { feed } = await sliceClient(createClient({ feedUrl: server.url }), 'plan-digest', 'AP_CHL05').getFeed();
    assert.equal(partOf(feed)?.kind, 'plan-digest');
    assert.deepEqual(
      (feed as unknown as typeof good).digest.commitments.map((c) => c.id),
      ['C1', 'C2', 'C3'],
    );
    assert.equal(server.feedRequests.length, 0);
    // A digest row with a status the format does not know: the part is not used.
    clearSharedClients();
    server.route(path, {
      body: { ...good, digest: { commitments: [{ id: 'C1', milestones: [{ status: 'nearly' }] }] } },
    });
    const broken = await sliceClient(createClient({ feedUrl: server.url }), 'plan-digest', 'AP_CHL05').getFeed();
    assert.equal(partOf(broken.feed), undefined, 'the whole feed');
    assert.equal(server.feedRequests.length, 1);
    // An index written before digests existed: no path for them.
    const index = published.documents.get(published.indexPath) as { parts: { paths: Record<string, string> } };
    const { 'plan-digest': _, ...paths } = index.parts.paths;
    server.route(published.indexPath, { body: { ...index, parts: { ...index.parts, paths } } });
    server.route(path, { status: 404, body: 'Not Found', contentType: 'text/plain' });
    const older = await sliceClient(createClient({ feedUrl: server.url }), 'plan-digest', 'AP_CHL05').getFeed();
    assert.equal(partOf(older.feed), undefined, 'the whole feed');
    // Its other parts are still used.
    const card = await sliceClient(createClient({ feedUrl: server.url }), 'commitment', 'C1').getFeed();
    assert.equal(partOf(card.feed)?.kind, 'commitment');
  });

  test('a stale part has the index asked again once: a re-published folder is not a contradiction', async (t) => {
    const server = await serve(t);
    const first = servePublished(server, FEED);
    const client = createClient({ feedUrl: server.url });
    await sliceClient(client, 'commitment', 'C1').getFeed();
    // Published again: every part and the index change.
    const next = servePublished(server, { ...FEED, generatedAt: '2026-02-01T12:00:00Z' });
    const { feed } = await sliceClient(client, 'commitment', 'C2').getFeed();
    assert.equal(partOf(feed)?.sha256, next.sha256);
    assert.equal(server.requestsFor(first.indexPath).length, 2);
    assert.equal(server.feedRequests.length, 0);
  });

  test('an id in no part and not in the feed: NotFoundError from the whole feed, as before', async (t) => {
    const server = await serve(t);
    servePublished(server, FEED);
    const client = createClient({ feedUrl: server.url });
    await assert.rejects(sliceClient(client, 'commitment', 'NOPE').getCommitment('NOPE'), isNotFoundError);
    assert.equal(server.feedRequests.length, 1);
  });

  test('the whole feed failing too: its error, as today', async (t) => {
    const server = await serve(t);
    server.reply({ status: 500, body: 'boom' });
    const client = createClient({ feedUrl: server.url });
    await assert.rejects(
      sliceClient(client, 'commitment', 'C1').getFeed(),
      (error: unknown) => isFeedHttpError(error) && error.status === 500,
    );
  });
});

describe('watching parts', () => {
  test('one request per document per poll, however many watchers; 304 when unchanged', async (t) => {
    const server = await serve(t);
    const published = servePublished(server, FEED);
    const client = getSharedClient(server.url);
    const stops: (() => void)[] = [];
    const seen = new Map<string, number>();
    for (const id of ['C1', 'C1', 'C1', 'C2']) {
      for (let i = 0; i < 5; i++) {
        stops.push(
          sliceClient(client, 'commitment', id).watch((state) => state.data && seen.set(id, (seen.get(id) ?? 0) + 1), {
            interval: 300,
          }),
        );
      }
    }
    t.after(() => stops.forEach((stop) => stop()));
    const c1 = published.pathOf('commitment', 'C1');
    const c2 = published.pathOf('commitment', 'C2');
    // The first load, then two polls.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const polls = server.requestsFor(c1);
    assert.ok(polls.length >= 2 && polls.length <= 5, `${polls.length} requests for C1`);
    assert.ok(Math.abs(server.requestsFor(c2).length - polls.length) <= 1, 'C2 polls on its own, as often');
    assert.equal(server.feedRequests.length, 0);
    assert.equal(server.requestsFor(published.indexPath).length, 1, 'the index is not polled');
    for (const poll of polls.slice(1)) {
      assert.ok(poll.headers['if-none-match'], 'revalidated');
      assert.equal(poll.status, 304);
    }
    assert.ok((seen.get('C1') ?? 0) >= 15, 'every watcher got the data');
  });

  test('a part that changes reaches its watchers; one that goes away falls back to the whole feed', async (t) => {
    const server = await serve(t);
    servePublished(server, FEED);
    const client = createClient({ feedUrl: server.url });
    const part = sliceClient(client, 'commitment', 'C1');
    const first = await stateWhere(part, (state) => state.data !== undefined, 200);
    assert.equal(partOf(first.state.data)?.id, 'C1');
    first.stop();

    const changed = {
      ...FEED,
      generatedAt: '2026-03-01T00:00:00Z',
      plans: [{ ...FEED.plans[0]!, commitments: [buildCommitment({ id: 'C1', title: 'Nuevo título' })] }],
    };
    const republished = servePublished(server, changed);
    const update = await stateWhere(
      part,
      (state) => state.data?.plans[0]?.commitments[0]?.title === 'Nuevo título',
      200,
    );
    assert.equal(partOf(update.state.data)?.sha256, republished.sha256);
    assert.equal(server.feedRequests.length, 0, 'a re-published folder keeps its parts');

    server.route(republished.pathOf('commitment', 'C1'), { status: 404, body: 'gone', contentType: 'text/plain' });
    const whole = await stateWhere(part, (state) => state.data !== undefined && partOf(state.data) === undefined, 200);
    update.stop();
    assert.equal(whole.state.error, undefined, 'the fallback is no error');
    assert.equal(whole.state.data?.plans[0]?.commitments[0]?.title, 'Nuevo título');
    whole.stop();
  });

  test('a network failure of a watched part is shown as the whole would show it: stale data and the error', async (t) => {
    const server = await serve(t);
    const published = servePublished(server, FEED);
    const client = createClient({ feedUrl: server.url });
    const part = sliceClient(client, 'commitment', 'C1');
    const first = await stateWhere(part, (state) => state.data !== undefined, 200);
    first.stop();
    server.route(published.pathOf('commitment', 'C1'), { status: 503, body: 'busy', headers: { 'retry-after': '1' } });
    const failed = await stateWhere(part, (state) => state.error !== undefined, 200);
    failed.stop();
    assert.equal(failed.state.stale, true);
    assert.equal(partOf(failed.state.data)?.id, 'C1', 'the last good part is kept');
    assert.equal(server.feedRequests.length, 0, 'no fallback on a failure of the network or the server');
  });
});
