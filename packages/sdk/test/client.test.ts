/**
 * The feed client against a real HTTP server on 127.0.0.1 (`helpers/feed-server.ts`), with
 * Node's own fetch: what a page embedding a feed would live through. Every client test runs
 * with each transport the SDK ships.
 */
import { afterEach, describe, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import ky from 'ky';
import {
  createClient as createSdkClient,
  errorMessage,
  fetchTransport,
  getSharedClient,
  isFeedFormatError,
  isFeedHttpError,
  isFeedNetworkError,
  isFeedTimeoutError,
  isFeedUrlError,
  isFeedValidationError,
  isNotFoundError,
  kyTransport,
  type FeedStorage,
  type ClientOptions,
  type FeedClient,
  type FeedTransport,
  type WatchState,
} from '@ogp-embed/sdk';
import { clearSharedClients, MAX_BACKOFF, pollDelay } from '@ogp-embed/sdk/internal';
import { parseRetryAfter } from '../src/client/retry-after.js';
import { cacheKey } from '../src/client/persistent-cache.js';
import { CONTROL_PATH, startFeedServer, type FeedServerOptions } from './helpers/feed-server.js';
import { buildCommitment, buildFeed, buildForum, feedWithCommitments } from './helpers/feed-builders.js';

const FEED_V1 = feedWithCommitments([buildCommitment()], { forums: [buildForum()] });
const FEED_V2 = feedWithCommitments([buildCommitment(), buildCommitment({ id: 'CL0070', number: '10' })]);

const TRANSPORTS: Array<[string, FeedTransport]> = [
  ['kyTransport()', kyTransport()],
  ['fetchTransport', fetchTransport],
];

async function serve(t: TestContext, options?: FeedServerOptions) {
  const server = await startFeedServer(options);
  t.after(() => server.close());
  return server;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves with the first state the predicate accepts. */
function nextState(client: FeedClient, accept: (state: WatchState) => boolean, timeout = 3000): Promise<WatchState> {
  return new Promise((resolve, reject) => {
    let stop = () => {};
    const timer = setTimeout(() => {
      stop();
      reject(new Error('state not reached'));
    }, timeout);
    const states: WatchState[] = [];
    stop = client.watch(
      (state) => {
        states.push(state);
        if (accept(state)) {
          clearTimeout(timer);
          queueMicrotask(() => stop());
          resolve(state);
        }
      },
      { interval: 60_000 },
    );
  });
}

/** Storage that keeps entries in a Map, as localStorage keeps strings. */
class MapStorage implements FeedStorage {
  readonly entries = new Map<string, string>();
  getItem(key: string): string | null {
    return this.entries.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.entries.set(key, String(value));
  }
  removeItem(key: string): void {
    this.entries.delete(key);
  }
}

afterEach(() => clearSharedClients());

describe('poll delay', () => {
  test('the interval after a success; doubled per failure, spread over 75-100%, capped at ten minutes', () => {
    assert.equal(pollDelay({ interval: 60_000, failures: 0 }), 60_000);
    assert.equal(pollDelay({ interval: 60_000, failures: 1, jitter: 1 }), 120_000);
    assert.equal(pollDelay({ interval: 60_000, failures: 1, jitter: 0 }), 90_000);
    assert.equal(pollDelay({ interval: 60_000, failures: 2, jitter: 1 }), 240_000);
    assert.equal(pollDelay({ interval: 60_000, failures: 9, jitter: 1 }), MAX_BACKOFF);
    assert.equal(pollDelay({ interval: 60_000, failures: 500, jitter: 1 }), MAX_BACKOFF);
    // An interval longer than the cap is never shortened by a failure.
    assert.equal(pollDelay({ interval: 3_600_000, failures: 3, jitter: 1 }), 3_600_000);
  });

  test("a server's Retry-After is honoured, within reason", () => {
    assert.equal(pollDelay({ interval: 1000, failures: 1, jitter: 1, retryAfter: 30_000 }), 30_000);
    assert.equal(pollDelay({ interval: 1000, failures: 1, jitter: 1, retryAfter: 500 }), 2000);
    assert.equal(pollDelay({ interval: 1000, failures: 1, jitter: 1, retryAfter: 86_400_000 }), 3_600_000);
    assert.equal(parseRetryAfter('120'), 120_000);
    assert.equal(parseRetryAfter('Wed, 25 Nov 2026 10:01:00 GMT', Date.parse('2026-11-25T10:00:00Z')), 60_000);
    assert.equal(parseRetryAfter('soon'), undefined);
    assert.equal(parseRetryAfter(null), undefined);
  });
});

/**
 * Every behaviour below holds with both transports the SDK ships: ky (`createClient`'s default)
 * and plain fetch (`getSharedClient`'s default, what the elements use).
 */
for (const [transportName, transport] of TRANSPORTS) {
  describe(transportName, () => {
    const createClient = (options: ClientOptions) => createSdkClient({ transport, ...options });

    describe('getFeed and revalidation', () => {
      test('a 200 with an ETag, then a 304 that reuses the body already parsed', async (t) => {
        const server = await serve(t);
        server.reply({ body: FEED_V1, etag: '"v1"' });
        const client = createClient({ feedUrl: server.url });

        const first = await client.getFeed();
        assert.equal(first.fromCache, false);
        assert.equal(first.feed.plans[0]?.commitments[0]?.id, 'CL0069');
        assert.equal(server.feedRequests[0]?.headers['if-none-match'], undefined);

        const second = await client.refresh();
        assert.equal(server.feedRequests.length, 2);
        assert.equal(server.feedRequests[1]?.headers['if-none-match'], '"v1"');
        assert.equal(server.feedRequests[1]?.status, 304);
        assert.equal(second.fromCache, true);
        assert.equal(second.feed, first.feed, 'the same parsed feed, not parsed again');
        assert.ok(second.fetchedAt.getTime() >= first.fetchedAt.getTime());

        server.reply({ body: FEED_V2, etag: '"v2"' });
        const third = await client.refresh();
        assert.equal(third.fromCache, false);
        assert.equal(third.feed.plans[0]?.commitments.length, 2);
        assert.equal(client.snapshot.data, third.feed);
      });

      test('Last-Modified is sent back as If-Modified-Since, and the 304 is honoured', async (t) => {
        const server = await serve(t);
        const lastModified = new Date('2026-11-20T10:00:00Z');
        server.reply({ body: FEED_V1, lastModified });
        const client = createClient({ feedUrl: server.url });
        const first = await client.getFeed();
        const second = await client.getFeed({ revalidate: true });
        assert.equal(server.feedRequests[1]?.headers['if-modified-since'], lastModified.toUTCString());
        assert.equal(server.feedRequests[1]?.status, 304);
        assert.equal(second.feed, first.feed);
      });

      test('without revalidate, a copy the server confirmed is returned with no request', async (t) => {
        const server = await serve(t);
        server.reply({ body: FEED_V1, etag: '"v1"' });
        const client = createClient({ feedUrl: server.url });
        await client.getFeed();
        const again = await client.getFeed();
        assert.equal(again.fromCache, true);
        assert.equal(server.feedRequests.length, 1);
      });

      test('concurrent calls share one request', async (t) => {
        const server = await serve(t);
        server.reply({ body: FEED_V1, delay: 100 });
        const client = createClient({ feedUrl: server.url });
        const [a, b, c, d] = await Promise.all([
          client.getFeed(),
          client.getFeed(),
          client.getCommitment('CL0069'),
          client.getPlan('AP_CHL05'),
        ]);
        assert.equal(server.feedRequests.length, 1);
        assert.equal(b.feed, a.feed);
        assert.equal(c.feed, a.feed);
        assert.equal(d.plan.id, 'AP_CHL05');
      });

      test('a 304 to a request that had no copy is asked again plainly; a second 304 is a clear error', async (t) => {
        const server = await serve(t);
        server.replyOnce({ status: 304 });
        server.reply({ body: FEED_V1 });
        const client = createClient({ feedUrl: server.url });
        const response = await client.getFeed();
        assert.equal(response.feed.country, 'CHL');
        assert.equal(server.feedRequests.length, 2);
        assert.equal(server.feedRequests[1]?.headers['if-none-match'], undefined);

        const other = createClient({ feedUrl: `${server.url}?always-304` });
        server.reply({ status: 304 });
        await assert.rejects(other.getFeed(), (error: unknown) => {
          assert.ok(isFeedHttpError(error));
          assert.equal(error.status, 304);
          assert.match(error.message, /no copy to reuse/);
          return true;
        });
        assert.equal(server.feedRequests.length, 4);
      });

      test('custom fetch and headers are used; JSON is asked for', async (t) => {
        const server = await serve(t);
        server.reply({ body: FEED_V1 });
        let calls = 0;
        const client = createClient({
          feedUrl: server.url,
          headers: { 'x-embed': 'test' },
          fetch: (input, init) => {
            calls++;
            return fetch(input, init);
          },
        });
        await client.getFeed();
        assert.equal(calls, 1);
        assert.equal(server.feedRequests[0]?.headers['x-embed'], 'test');
        assert.equal(server.feedRequests[0]?.headers.accept, 'application/json');
      });
    });

    describe('failures a reader would see', () => {
      test('404: a FeedHttpError, reported once, with no hidden retries', async (t) => {
        const server = await serve(t);
        server.reply({ status: 404, body: 'Not Found', contentType: 'text/plain' });
        const client = createClient({ feedUrl: server.url });
        await assert.rejects(client.getFeed(), (error: unknown) => isFeedHttpError(error) && error.status === 404);
        assert.equal(server.feedRequests.length, 1);
        assert.ok(isFeedHttpError(client.snapshot.error));
        assert.equal(client.snapshot.loading, false);
        assert.equal(client.snapshot.data, undefined);
      });

      test('500: a FeedHttpError in both languages', async (t) => {
        const server = await serve(t);
        server.reply({ status: 500, body: { error: 'boom' } });
        const client = createClient({ feedUrl: server.url });
        await assert.rejects(client.getFeed(), (error: unknown) => {
          assert.ok(isFeedHttpError(error));
          assert.equal(error.message, 'The feed could not be loaded: HTTP 500');
          assert.equal(errorMessage(error, 'es'), 'No se pudo cargar el feed: HTTP 500');
          return true;
        });
        assert.equal(server.feedRequests.length, 1);
      });

      test('a server that never answers: FeedTimeoutError after the timeout, not later', async (t) => {
        const server = await serve(t);
        server.reply({ hang: true });
        const client = createClient({ feedUrl: server.url, timeout: 150 });
        const started = Date.now();
        await assert.rejects(client.getFeed(), (error: unknown) => isFeedTimeoutError(error) && error.timeout === 150);
        const elapsed = Date.now() - started;
        assert.ok(elapsed >= 140 && elapsed < 1000, `${elapsed} ms`);
      });

      test('a body that stalls half-way times out after the silence', async (t) => {
        const server = await serve(t);
        // Node's first fetch spends ~100 ms loading itself: done first, so it is not timed.
        await (await fetch(server.url)).arrayBuffer();
        server.reply({ body: FEED_V1, stallAfter: 20 });
        const client = createClient({ feedUrl: server.url, timeout: 300 });
        const started = Date.now();
        await assert.rejects(client.getFeed(), (error: unknown) => {
          assert.ok(isFeedTimeoutError(error));
          assert.equal(error.stalled, true, 'the answer began, then stopped');
          assert.equal(errorMessage(error, 'es'), 'El feed no respondió en 0,3 segundos');
          return true;
        });
        // (Wide margins: these machines are shared and timers run late under load.)
        const elapsed = Date.now() - started;
        assert.ok(elapsed >= 280 && elapsed < 1500, `${elapsed} ms`);
      });

      test('slow is not dead: a body that keeps arriving for longer than the timeout is read whole', async (t) => {
        const server = await serve(t);
        // Six pieces 150 ms apart: 750 ms in all, with a 400 ms limit on silence.
        server.reply({ body: FEED_V1, slow: { chunks: 6, every: 150 } });
        const client = createClient({ feedUrl: server.url, timeout: 400 });
        const started = Date.now();
        const { feed } = await client.getFeed();
        assert.equal(feed.country, 'CHL');
        assert.ok(Date.now() - started >= 600, 'the download took longer than the timeout');
      });

      test('a body cut off by a dropped connection is a network error', async (t) => {
        const server = await serve(t);
        server.reply({ body: FEED_V1, cutOffAfter: 20 });
        const client = createClient({ feedUrl: server.url });
        await assert.rejects(client.getFeed(), (error: unknown) => isFeedNetworkError(error));
      });

      test('nobody listening: a FeedNetworkError that says the feed could not be reached', async (t) => {
        const server = await startFeedServer();
        const url = server.url;
        await server.close();
        const client = createClient({ feedUrl: url });
        await assert.rejects(client.getFeed(), (error: unknown) => {
          assert.ok(isFeedNetworkError(error));
          assert.match(error.message, /could not be reached/);
          return true;
        });
        t.diagnostic('connection refused on a closed port');
      });

      const formats: Array<[string, unknown, string | undefined, string]> = [
        ['text that is not JSON', 'status: all good', 'text/plain', 'not-json'],
        ['an HTML page served with 200', '<!doctype html><html><body>Home</body></html>', 'text/html', 'html'],
        ['an empty body', '', undefined, 'empty'],
        ['a body of only whitespace', '  \n ', undefined, 'empty'],
        // A feed written in Latin-1: "Región" with ó as the single byte 0xF3.
        [
          'JSON that is not UTF-8',
          Uint8Array.from([...Buffer.from('{"country":"Regi'), 0xf3, ...Buffer.from('n"}')]),
          undefined,
          'not-utf8',
        ],
      ];
      for (const [what, body, contentType, reason] of formats) {
        test(`${what}: FeedFormatError (${reason})`, async (t) => {
          const server = await serve(t);
          server.reply({ body, ...(contentType ? { contentType } : {}) });
          const client = createClient({ feedUrl: server.url });
          await assert.rejects(
            client.getFeed(),
            (error: unknown) => isFeedFormatError(error) && error.reason === reason,
          );
        });
      }

      test('valid JSON that is not a feed: FeedValidationError naming the first problem', async (t) => {
        const server = await serve(t);
        server.reply({ body: { hello: 'world' } });
        const client = createClient({ feedUrl: server.url });
        await assert.rejects(client.getFeed(), (error: unknown) => {
          assert.ok(isFeedValidationError(error));
          assert.ok(error.issues.length > 0);
          assert.match(error.message, /^The feed was rejected: schemaVersion: expected/);
          return true;
        });
      });

      test('a JSON string that holds a feed is a string, not a feed: it is not read a second time', async (t) => {
        const server = await serve(t);
        server.reply({ body: JSON.stringify(JSON.stringify(buildFeed())) });
        const client = createClient({ feedUrl: server.url });
        await assert.rejects(client.getFeed(), (error: unknown) => {
          assert.ok(isFeedValidationError(error));
          assert.match(error.message, /^The feed was rejected: feed: expected an object, found the text/);
          return true;
        });
      });

      test('lenient by default: a broken commitment is left out and reported; strict rejects the feed', async (t) => {
        const server = await serve(t);
        const body = structuredClone(FEED_V2) as unknown as {
          plans: Array<{ commitments: Array<Record<string, unknown>> }>;
        };
        body.plans[0]!.commitments[1]!.title = 42;
        server.reply({ body });
        const lenient = await createClient({ feedUrl: server.url }).getFeed();
        assert.deepEqual(
          lenient.feed.plans[0]?.commitments.map((c) => c.id),
          ['CL0069'],
        );
        assert.ok(lenient.issues.some((issue) => issue.dropped === 'plans[0].commitments[1]'));

        const strict = createClient({ feedUrl: server.url, parse: { mode: 'strict' } });
        await assert.rejects(strict.getFeed(), (error: unknown) => isFeedValidationError(error));
      });

      test('a server that fails then recovers: the last good data stays, marked stale, then fresh again', async (t) => {
        const server = await serve(t);
        server.reply({ body: FEED_V1, etag: '"v1"' });
        const client = createClient({ feedUrl: server.url });
        const good = await client.getFeed();

        server.reply({ status: 503, body: 'maintenance', contentType: 'text/plain' });
        await assert.rejects(client.refresh(), (error: unknown) => isFeedHttpError(error) && error.status === 503);
        let state = client.snapshot;
        assert.equal(state.data, good.feed, 'the last good data is kept');
        assert.equal(state.stale, true);
        assert.ok(isFeedHttpError(state.error));
        assert.equal(state.fetchedAt, good.fetchedAt);

        server.reply({ body: { not: 'a feed' } });
        await assert.rejects(client.refresh(), (error: unknown) => isFeedValidationError(error));
        assert.equal(client.snapshot.data, good.feed, 'a broken feed does not replace a good one');

        server.reply({ body: FEED_V2, etag: '"v2"' });
        await client.refresh();
        state = client.snapshot;
        assert.equal(state.stale, false);
        assert.equal(state.error, undefined);
        assert.equal(state.data?.plans[0]?.commitments.length, 2);
      });

      test('an address that is not http(s) is never fetched', async () => {
        let fetched = false;
        const client = createClient({
          feedUrl: 'javascript:alert(1)',
          fetch: async () => {
            fetched = true;
            return new Response('{}');
          },
        });
        await assert.rejects(client.getFeed(), (error: unknown) => isFeedUrlError(error));
        const states: WatchState[] = [];
        const stop = client.watch((state) => states.push(state), { interval: 10 });
        await sleep(50);
        stop();
        assert.equal(fetched, false);
        assert.equal(states.length, 1);
        assert.ok(isFeedUrlError(states[0]?.error));
      });
    });

    describe('lookups', () => {
      test('getCommitment, getPlan, getForum, getInstitution find by id, or throw NotFoundError', async (t) => {
        const server = await serve(t);
        server.reply({ body: FEED_V1 });
        const client = createClient({ feedUrl: server.url });
        const { commitment, plan, feed } = await client.getCommitment('CL0069');
        assert.equal(commitment.id, 'CL0069');
        assert.equal(plan.id, 'AP_CHL05');
        assert.equal(feed.country, 'CHL');
        assert.equal((await client.getForum('mesa-ga')).forum.id, 'mesa-ga');
        assert.equal((await client.getInstitution('congreso')).institution.kind, 'legislature');

        await assert.rejects(client.getCommitment('CL9999'), (error: unknown) => {
          assert.ok(isNotFoundError(error));
          assert.equal(error.kind, 'commitment');
          assert.equal(error.message, 'Commitment CL9999 is not in this feed');
          assert.equal(errorMessage(error, 'es'), 'El compromiso CL9999 no está en este feed');
          return true;
        });
        await assert.rejects(
          client.getPlan('AP_CHL09'),
          (error: unknown) => isNotFoundError(error) && error.kind === 'plan',
        );
        await assert.rejects(
          client.getForum('other'),
          (error: unknown) => isNotFoundError(error) && error.kind === 'forum',
        );
        assert.equal(server.feedRequests.length, 1, 'lookups reuse the confirmed copy');
      });
    });

    describe('AbortSignal', () => {
      test("an aborted call rejects with the signal's own reason, and is not recorded as a failure", async (t) => {
        const server = await serve(t);
        server.reply({ hang: true });
        const client = createClient({ feedUrl: server.url });
        const controller = new AbortController();
        const reason = new Error('the reader left');
        const pending = client.getFeed({ signal: controller.signal });
        await server.waitForRequests(1);
        controller.abort(reason);
        await assert.rejects(pending, (error: unknown) => error === reason);
        await sleep(10);
        assert.equal(client.snapshot.error, undefined);
        assert.equal(client.snapshot.loading, false);
      });

      test('a signal already aborted rejects at once, with no request', async (t) => {
        const server = await serve(t);
        server.reply({ body: FEED_V1 });
        const client = createClient({ feedUrl: server.url });
        const controller = new AbortController();
        controller.abort();
        await assert.rejects(
          client.getCommitment('CL0069', { signal: controller.signal }),
          (error: unknown) => error === controller.signal.reason,
        );
        assert.equal(server.feedRequests.length, 0);
      });

      test('one caller leaving does not cancel the request another caller waits on', async (t) => {
        const server = await serve(t);
        server.reply({ body: FEED_V1, delay: 150 });
        const client = createClient({ feedUrl: server.url });
        const controller = new AbortController();
        const leaving = client.getFeed({ signal: controller.signal });
        const staying = client.getFeed();
        setTimeout(() => controller.abort(), 30);
        await assert.rejects(leaving);
        const response = await staying;
        assert.equal(response.feed.country, 'CHL');
        assert.equal(server.feedRequests.length, 1);
      });

      test('when every caller leaves, the request is cancelled and the next call starts afresh', async (t) => {
        const server = await serve(t);
        server.replyOnce({ hang: true });
        server.reply({ body: FEED_V1 });
        const client = createClient({ feedUrl: server.url });
        const controller = new AbortController();
        const abandoned = client.getFeed({ signal: controller.signal });
        await server.waitForRequests(1);
        controller.abort();
        await assert.rejects(abandoned);
        const response = await client.getFeed();
        assert.equal(response.fromCache, false);
        assert.equal(server.feedRequests.length, 2);
      });
    });

    describe('watch', () => {
      test('calls the listener at once, then with loading and with data; polls on the interval; unsubscribing stops it', async (t) => {
        const server = await serve(t);
        server.reply({ body: FEED_V1, etag: '"v1"' });
        const client = createClient({ feedUrl: server.url });
        const states: WatchState[] = [];
        const stop = client.watch((state) => states.push(state), { interval: 80 });
        assert.equal(states.length >= 1, true, 'called synchronously');
        assert.deepEqual(states[0], { issues: [], stale: false, loading: false });

        await server.waitForRequests(4, 2000);
        const times = server.feedRequests.map((request) => request.at);
        for (let i = 1; i < times.length; i++) {
          const gap = times[i]! - times[i - 1]!;
          assert.ok(gap >= 70, `gap ${i}: ${gap} ms`);
        }
        assert.ok(states.some((state) => state.loading));
        assert.ok(states.some((state) => state.data?.country === 'CHL' && !state.loading));
        assert.ok(server.feedRequests.slice(1).every((request) => request.headers['if-none-match'] === '"v1"'));

        stop();
        const count = server.feedRequests.length;
        const calls = states.length;
        await sleep(300);
        assert.equal(server.feedRequests.length, count, 'no request after unsubscribing');
        assert.equal(states.length, calls, 'no call after unsubscribing');
      });

      test('backs off exponentially while the server fails, and returns to the interval once it recovers', async (t) => {
        const server = await serve(t);
        server.reply({ status: 500 });
        const client = createClient({ feedUrl: server.url });
        const stop = client.watch(() => undefined, { interval: 50 });
        t.after(stop);
        await server.waitForRequests(4, 3000);
        const [t0, t1, t2, t3] = server.feedRequests.map((request) => request.at) as [number, number, number, number];
        const gaps = [t1 - t0, t2 - t1, t3 - t2];
        t.diagnostic(`gaps while failing: ${gaps.join(', ')} ms`);
        // 50 ms doubled per failure, spread over 75-100%: at least 75, 150, 300 (timers run
        // late on a busy machine, never early, so only the floors are asserted).
        assert.ok(gaps[0]! >= 75, `first backoff ${gaps[0]}`);
        assert.ok(gaps[1]! >= 150, `second backoff ${gaps[1]}`);
        assert.ok(gaps[2]! >= 300, `third backoff ${gaps[2]}`);

        server.reply({ body: FEED_V1 });
        await server.waitForRequests(6, 3000);
        const lastBackoff = server.feedRequests[4]!.at - server.feedRequests[3]!.at;
        const recovered = server.feedRequests[5]!.at - server.feedRequests[4]!.at;
        t.diagnostic(`last backoff ${lastBackoff} ms, gap after recovering: ${recovered} ms`);
        // The fourth backoff waits at least 600 ms, the interval 50: compared with each other, not
        // with a clock, since a loaded machine runs every timer late (376 ms seen at load 15).
        assert.ok(lastBackoff >= 600, `fourth backoff ${lastBackoff}`);
        assert.ok(
          recovered < lastBackoff / 2,
          `back to the interval: ${recovered} ms after a ${lastBackoff} ms backoff`,
        );
        assert.equal(client.snapshot.error, undefined);
      });

      test("waits as long as the server's Retry-After asks", async (t) => {
        const server = await serve(t);
        server.replyOnce({ status: 503, headers: { 'retry-after': '1' } });
        server.reply({ body: FEED_V1 });
        const client = createClient({ feedUrl: server.url });
        const stop = client.watch(() => undefined, { interval: 40 });
        t.after(stop);
        await server.waitForRequests(2, 3000);
        const gap = server.feedRequests[1]!.at - server.feedRequests[0]!.at;
        assert.ok(gap >= 950, `${gap} ms`);
      });

      test('several watchers share one loop at the shortest interval; it stops with the last one', async (t) => {
        const server = await serve(t);
        server.reply({ body: FEED_V1, etag: '"v1"' });
        const client = createClient({ feedUrl: server.url });
        const slowStates: WatchState[] = [];
        const fastStates: WatchState[] = [];
        const stopSlow = client.watch((state) => slowStates.push(state), { interval: 5_000 });
        const stopFast = client.watch((state) => fastStates.push(state), { interval: 60 });
        await sleep(400);
        const during = server.feedRequests.length;
        t.diagnostic(`${during} requests in 400 ms at a 60 ms interval`);
        // At 5 s there would be 1; two loops at 60 ms would make about 12.
        assert.ok(during >= 2 && during <= 8, `one loop at the short interval: ${during}`);
        assert.ok(slowStates.length > 3, 'every watcher hears every change');

        stopFast();
        await sleep(300);
        assert.ok(server.feedRequests.length <= during + 1, 'back to the slow interval');
        const afterFast = server.feedRequests.length;
        stopSlow();
        await sleep(100);
        assert.equal(server.feedRequests.length, afterFast);
      });

      test('aborting the watch signal unsubscribes', async (t) => {
        const server = await serve(t);
        server.reply({ body: FEED_V1 });
        const client = createClient({ feedUrl: server.url });
        const controller = new AbortController();
        let calls = 0;
        client.watch(() => calls++, { interval: 50, signal: controller.signal });
        await server.waitForRequests(2, 2000);
        controller.abort();
        const count = server.feedRequests.length;
        const seen = calls;
        await sleep(200);
        assert.equal(server.feedRequests.length, count);
        assert.equal(calls, seen);
      });

      test('leaves no timer behind once the last watcher unsubscribes', async (t) => {
        const server = await serve(t);
        server.reply({ body: FEED_V1 });
        const client = createClient({ feedUrl: server.url });
        const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
        const before = timers();
        const stop = client.watch(() => undefined, { interval: 10_000 });
        t.after(stop);
        await nextState(client, (state) => state.data !== undefined);
        await sleep(5);
        assert.ok(timers() > before, 'a poll is scheduled');
        stop();
        assert.equal(timers(), before);
      });

      test('pauses while the page is hidden and polls again when it is shown', async (t) => {
        const server = await serve(t);
        server.reply({ body: FEED_V1 });
        // A page's document, as far as the client looks at it.
        const listeners = new Set<string>();
        const page = Object.assign(new EventTarget(), { visibilityState: 'hidden' });
        const add = page.addEventListener.bind(page);
        const remove = page.removeEventListener.bind(page);
        page.addEventListener = (type: string, listener: EventListenerOrEventListenerObject | null) => {
          listeners.add(type);
          add(type, listener);
        };
        page.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject | null) => {
          listeners.delete(type);
          remove(type, listener);
        };
        const scope = globalThis as { document?: unknown };
        scope.document = page;
        t.after(() => delete scope.document);

        const client = createClient({ feedUrl: server.url });
        const stop = client.watch(() => undefined, { interval: 300 });
        t.after(stop);
        await server.waitForRequests(1);
        await sleep(500);
        assert.equal(server.feedRequests.length, 1, 'the first load happens, then nothing while hidden');
        assert.ok(listeners.has('visibilitychange'));

        page.visibilityState = 'visible';
        const shownAt = Date.now();
        page.dispatchEvent(new Event('visibilitychange'));
        await server.waitForRequests(3, 2000);
        const delay = server.feedRequests[1]!.at - shownAt;
        assert.ok(delay < 200, `polls as soon as the page is shown, not an interval later: ${delay} ms`);

        page.visibilityState = 'hidden';
        page.dispatchEvent(new Event('visibilitychange'));
        await sleep(20);
        const hiddenCount = server.feedRequests.length;
        await sleep(700);
        assert.equal(server.feedRequests.length, hiddenCount, 'hidden again: paused again');

        stop();
        assert.equal(listeners.has('visibilitychange'), false, 'the listener is removed');
      });
    });

    describe('persistent cache', () => {
      test('gives an instant first paint from storage, marked stale until the server confirms it', async (t) => {
        const server = await serve(t);
        server.reply({ body: FEED_V1, etag: '"v1"' });
        const storage = new MapStorage();
        const firstVisit = createClient({ feedUrl: server.url, storage });
        const first = await firstVisit.getFeed();
        const stored = JSON.parse(storage.getItem(cacheKey(server.url))!);
        assert.equal(stored.v, 1);
        assert.equal(stored.url, server.url);
        assert.equal(stored.etag, '"v1"');
        assert.equal(stored.savedAt, first.fetchedAt.getTime());
        assert.deepEqual(JSON.parse(stored.body), FEED_V1);

        // The next visit: a new client, and a slow network.
        server.reply({ body: FEED_V1, etag: '"v1"', delay: 150 });
        const nextVisit = createClient({ feedUrl: server.url, storage });
        const states: WatchState[] = [];
        const stop = nextVisit.watch((state) => states.push(state), { interval: 60_000 });
        t.after(stop);
        assert.equal(states[0]?.data?.country, 'CHL', 'data at the very first call');
        assert.equal(states[0]?.stale, true);
        assert.equal(states[0]?.fetchedAt?.getTime(), first.fetchedAt.getTime());

        const confirmed = await nextState(nextVisit, (state) => !state.stale);
        assert.equal(server.feedRequests.at(-1)?.headers['if-none-match'], '"v1"');
        assert.equal(server.feedRequests.at(-1)?.status, 304);
        assert.equal(confirmed.data, states[0]?.data, 'the stored copy, confirmed');
      });

      test('a stored copy of another feed version is replaced when the feed changed', async (t) => {
        const server = await serve(t);
        server.reply({ body: FEED_V1, etag: '"v1"' });
        const storage = new MapStorage();
        await createClient({ feedUrl: server.url, storage }).getFeed();
        server.reply({ body: FEED_V2, etag: '"v2"' });
        const client = createClient({ feedUrl: server.url, storage });
        assert.equal(client.snapshot.data?.plans[0]?.commitments.length, 1);
        const response = await client.getFeed();
        assert.equal(response.feed.plans[0]?.commitments.length, 2);
        assert.equal(JSON.parse(storage.getItem(cacheKey(server.url))!).etag, '"v2"');
      });

      test('corrupt, foreign-shaped, other-version, other-address and invalid-feed entries are ignored and removed', async (t) => {
        const server = await serve(t);
        server.reply({ body: FEED_V1 });
        const key = cacheKey(server.url);
        const body = JSON.stringify(FEED_V1);
        const entries = {
          corrupt: '{"v":1,"url":',
          foreign: JSON.stringify({ theme: 'dark' }),
          'other version': JSON.stringify({ v: 2, url: server.url, body, savedAt: Date.now() }),
          'other address': JSON.stringify({
            v: 1,
            url: 'https://elsewhere.example/feed.json',
            body,
            savedAt: Date.now(),
          }),
          'invalid feed': JSON.stringify({ v: 1, url: server.url, body: '{"hello":"world"}', savedAt: Date.now() }),
          'not a number savedAt': JSON.stringify({ v: 1, url: server.url, body, savedAt: 'yesterday' }),
        };
        for (const [what, value] of Object.entries(entries)) {
          const storage = new MapStorage();
          storage.setItem(key, value);
          storage.setItem('unrelated', 'kept');
          const client = createClient({ feedUrl: server.url, storage });
          assert.equal(client.snapshot.data, undefined, what);
          assert.equal(client.snapshot.error, undefined, what);
          assert.equal(storage.getItem(key), null, `${what}: removed`);
          assert.equal(storage.getItem('unrelated'), 'kept');
          assert.equal((await client.getFeed()).feed.country, 'CHL', `${what}: loads normally`);
        }
      });

      test('a full or disabled storage never breaks loading', async (t) => {
        const server = await serve(t);
        server.reply({ body: FEED_V1 });
        const full = new MapStorage();
        full.setItem(
          cacheKey(server.url),
          JSON.stringify({ v: 1, url: server.url, body: JSON.stringify(FEED_V2), savedAt: 1 }),
        );
        full.setItem = () => {
          throw new DOMException('quota', 'QuotaExceededError');
        };
        const client = createClient({ feedUrl: server.url, storage: full });
        assert.equal((await client.getFeed({ revalidate: true })).feed.plans[0]?.commitments.length, 1);
        assert.equal(
          full.getItem(cacheKey(server.url)),
          null,
          'an outdated copy that could not be replaced is dropped',
        );

        const disabled: FeedStorage = {
          getItem: () => {
            throw new DOMException('denied', 'SecurityError');
          },
          setItem: () => {
            throw new DOMException('denied', 'SecurityError');
          },
          removeItem: () => {
            throw new DOMException('denied', 'SecurityError');
          },
        };
        const other = createClient({ feedUrl: server.url, storage: disabled });
        assert.equal(other.snapshot.data, undefined);
        assert.equal((await other.getFeed()).feed.country, 'CHL');
      });
    });

    describe('shared clients', () => {
      test('one client per address: elements with the same src share one request', async (t) => {
        const server = await serve(t);
        server.reply({ body: FEED_V1, delay: 50 });
        const a = getSharedClient(server.url, { transport });
        const b = getSharedClient(`${server.origin}/./feed.json`);
        assert.equal(a, b);
        await Promise.all([a.getCommitment('CL0069'), b.getForum('mesa-ga')]);
        assert.equal(server.feedRequests.length, 1);
        clearSharedClients();
        assert.notEqual(getSharedClient(server.url, { transport }), a);
      });
    });
  });
}

describe('the test feed server', () => {
  test('answers preflights like a static host and can be scripted over HTTP, for browser tests', async (t) => {
    const server = await serve(t, { control: true, cors: { allowHeaders: ['If-None-Match'] } });
    const preflight = await fetch(server.url, { method: 'OPTIONS' });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-headers'), 'If-None-Match');

    const control = `${server.origin}${CONTROL_PATH}`;
    await fetch(`${control}reply`, { method: 'POST', body: JSON.stringify({ body: FEED_V1, etag: '"v1"' }) });
    await fetch(`${control}reply-once`, { method: 'POST', body: JSON.stringify([{ status: 503 }]) });
    const client = createSdkClient({ feedUrl: server.url });
    await assert.rejects(client.getFeed(), (error: unknown) => isFeedHttpError(error) && error.status === 503);
    const response = await client.getFeed();
    assert.equal(response.feed.country, 'CHL');
    assert.equal((await fetch(server.url)).headers.get('access-control-allow-origin'), '*');

    const seen = (await (await fetch(`${control}requests`)).json()) as Array<{ status: number }>;
    assert.deepEqual(
      seen.map((request) => request.status),
      [503, 200, 200],
    );
    await fetch(`${control}reset`, { method: 'POST' });
    assert.equal(server.feedRequests.length, 0);
  });
});

describe('transports', () => {
  test("kyTransport(instance): a developer's own ky instance, hooks and all; its retries stay off", async (t) => {
    const server = await serve(t);
    server.replyOnce({ status: 503, body: 'busy', contentType: 'text/plain' });
    server.reply({ body: FEED_V1 });
    const api = ky.create({
      retry: { limit: 3, delay: () => 0 },
      hooks: { beforeRequest: [({ request }) => request.headers.set('authorization', 'Bearer token')] },
    });
    const client = createSdkClient({ feedUrl: server.url, transport: kyTransport(api) });
    await assert.rejects(client.getFeed(), (error: unknown) => isFeedHttpError(error) && error.status === 503);
    assert.equal(server.feedRequests.length, 1, 'watch() retries with backoff; ky does not retry on its own');
    assert.equal((await client.getFeed()).feed.country, 'CHL');
    assert.equal(server.feedRequests[1]?.headers.authorization, 'Bearer token');
  });

  test("a transport of one's own: asked with the client's headers and cache mode; its statuses become the SDK's errors", async () => {
    const seen: Array<{ url: string; headers: Record<string, string>; cache: string }> = [];
    let reply = { status: 200, headers: new Headers({ etag: '"v1"' }), body: JSON.stringify(FEED_V1) };
    const transport: FeedTransport = async (url, request) => {
      seen.push({ url, headers: request.headers, cache: request.cache });
      return { status: reply.status, headers: reply.headers, bytes: new TextEncoder().encode(reply.body).buffer };
    };
    const client = createSdkClient({
      feedUrl: 'https://feeds.example.org/chile.json',
      transport,
      headers: { 'X-Embed': 'site' },
    });
    assert.equal((await client.getFeed()).feed.country, 'CHL');
    assert.deepEqual(seen[0], {
      url: 'https://feeds.example.org/chile.json',
      headers: { accept: 'application/json', 'x-embed': 'site' },
      cache: 'no-cache',
    });
    reply = { status: 304, headers: new Headers(), body: '' };
    assert.equal((await client.refresh()).fromCache, true);
    assert.equal(seen[1]?.headers['if-none-match'], '"v1"');
    assert.equal(seen[1]?.cache, 'no-store', 'with its own validators the browser cache stays out of the way');

    reply = { status: 503, headers: new Headers({ 'retry-after': '120' }), body: 'busy' };
    await assert.rejects(client.refresh(), (error: unknown) => {
      assert.ok(isFeedHttpError(error));
      assert.equal(error.status, 503);
      assert.equal(error.retryAfter, 120_000);
      return true;
    });
    assert.equal(client.snapshot.data?.country, 'CHL', 'the last good feed is kept');
  });

  test('fetchTransport: the timeout holds even for a fetch that ignores its signal', async () => {
    const client = createSdkClient({
      feedUrl: 'https://feeds.example.org/never.json',
      transport: fetchTransport,
      timeout: 100,
      fetch: () => new Promise<Response>(() => {}),
    });
    const started = Date.now();
    await assert.rejects(client.getFeed(), (error: unknown) => isFeedTimeoutError(error) && error.timeout === 100);
    assert.ok(Date.now() - started < 1000);
  });

  test('fetchTransport: a fetch that throws a TypeError (offline, CORS refused) is a FeedNetworkError', async () => {
    const client = getSharedClient('https://feeds.example.org/offline.json', {
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await assert.rejects(client.getFeed(), (error: unknown) => isFeedNetworkError(error));
  });
});
