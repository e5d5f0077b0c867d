/**
 * Early responses (client/early-responses.ts): the embed's loader asks for a card's data before the
 * card's client exists, and the client's first plain GET takes that answer instead of asking again.
 * Against a real loopback server, through `fetchTransport` (the transport the elements use).
 */
import { afterEach, mock, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, fetchTransport } from '@ogp-embed/sdk';
import { requestEarly } from '@ogp-embed/sdk/shared-client';
import { EARLY_RESPONSE_LIFETIME, takeEarly } from '../src/client/early-responses.js';
import { startFeedServer } from './helpers/feed-server.js';
import { buildCommitment, feedWithCommitments } from './helpers/feed-builders.js';

const FEED = feedWithCommitments([buildCommitment()]);

async function serve(t: TestContext) {
  const server = await startFeedServer();
  server.reply({ body: FEED, etag: '"v1"' });
  t.after(() => server.close());
  return server;
}

afterEach(() => mock.timers.reset());

test("the client's first GET takes the answer asked for early: one request, the same feed, then 304s", async (t) => {
  const server = await serve(t);
  requestEarly(server.url);
  requestEarly(server.url);
  const client = createClient({ feedUrl: server.url, transport: fetchTransport });
  const { feed } = await client.getFeed();
  assert.equal(feed.plans[0]?.commitments[0]?.id, 'CL0069');
  assert.equal(server.feedRequests.length, 1, 'asked once, early, however many times the loader saw it');
  // The validators came with the early answer: the next load revalidates.
  await client.refresh();
  assert.equal(server.feedRequests.length, 2);
  assert.equal(server.feedRequests[1]?.headers['if-none-match'], '"v1"');
});

test("a client with headers of its own asks itself: the early answer is not what it asked for", async (t) => {
  const server = await serve(t);
  requestEarly(server.url);
  const own = createClient({ feedUrl: server.url, transport: fetchTransport, headers: { authorization: 'Bearer x' } });
  await own.getFeed();
  assert.equal(server.feedRequests.length, 2);
  assert.equal(server.feedRequests.filter((request) => request.headers.authorization === 'Bearer x').length, 1);
  // Still there for the plain client that comes next.
  await createClient({ feedUrl: server.url, transport: fetchTransport }).getFeed();
  assert.equal(server.feedRequests.length, 2);
});

test('an early request that failed is asked again: it was only a head start', async (t) => {
  const server = await serve(t);
  const realFetch = globalThis.fetch;
  globalThis.fetch = async () => {
    throw new TypeError('Failed to fetch');
  };
  try {
    requestEarly(server.url);
  } finally {
    globalThis.fetch = realFetch;
  }
  const { feed } = await createClient({ feedUrl: server.url, transport: fetchTransport }).getFeed();
  assert.equal(feed.plans[0]?.commitments[0]?.id, 'CL0069');
  assert.equal(server.feedRequests.length, 1);
});

test('an early answer nobody takes is dropped after its lifetime, never read late as new', async (t) => {
  const server = await serve(t);
  mock.timers.enable({ apis: ['Date'], now: 1_000_000 });
  requestEarly(server.url);
  mock.timers.tick(EARLY_RESPONSE_LIFETIME);
  const kept = takeEarly(server.url);
  assert.ok(kept, 'kept until then');
  await kept;
  requestEarly(server.url);
  mock.timers.tick(EARLY_RESPONSE_LIFETIME + 1);
  assert.equal(takeEarly(server.url), undefined);
});
