/**
 * The head start (client/head-start.ts): the embed's loader asks for a card's first documents
 * before the card's client exists, and hands the answers to it; the client's first GET of each
 * reads them instead of asking again. Against a real loopback server, through the elements' road
 * (`clientFor`, the page's shared client): each test counts what the server was asked.
 */
import { afterEach, mock, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, getSharedClient } from '@ogp-embed/sdk';
import {
  clearSharedClients,
  clientFor,
  firstRequests,
  getDefaultSharedClient,
  HEAD_START_LIFETIME,
  startFirstRequests,
} from '@ogp-embed/sdk/internal';
import { startFeedServer } from './helpers/feed-server.js';
import { buildCommitment, feedWithCommitments } from './helpers/feed-builders.js';
import { servePublished } from './helpers/published-parts.js';

const FEED = feedWithCommitments([buildCommitment({ id: 'C1' }), buildCommitment({ id: 'C2' })]);

async function serve(t: TestContext) {
  const server = await startFeedServer();
  server.reply({ body: FEED, etag: '"v1"' });
  t.after(() => server.close());
  return server;
}

afterEach(() => {
  mock.timers.reset();
  clearSharedClients();
});

test('the first requests are the slice at its default place and the index, or the whole feed', () => {
  assert.deepEqual(firstRequests('https://x.example/ogp/feed.json', { kind: 'commitment', id: 'CL:1' }), {
    guess: 'https://x.example/ogp/feed.parts/commitment/CL~3A1.json',
    index: 'https://x.example/ogp/feed.parts/index.json',
  });
  assert.deepEqual(firstRequests('https://x.example/ogp/feed.json'), { whole: 'https://x.example/ogp/feed.json' });
});

test("a whole feed's head start is read by the client: one request, then 304s", async (t) => {
  const server = await serve(t);
  const headStart = startFirstRequests(server.url);
  startFirstRequests(server.url);
  const client = clientFor(getDefaultSharedClient(server.url), undefined, headStart);
  const { feed } = await client.getFeed();
  assert.equal(feed.plans[0]?.commitments[0]?.id, 'C1');
  assert.equal(server.feedRequests.length, 1, 'asked once, early, however many cards the loader saw');
  // The validators came with the early answer: the next load revalidates.
  await client.refresh();
  assert.equal(server.feedRequests.length, 2);
  assert.equal(server.feedRequests[1]?.headers['if-none-match'], '"v1"');
});

test("a slice's head start is read by its client: the slice and the index once each, the whole never", async (t) => {
  const server = await serve(t);
  const published = servePublished(server, FEED);
  const slice = { kind: 'commitment', id: 'C2' } as const;
  const headStart = startFirstRequests(server.url, slice);
  // Both asked before any client exists.
  for (let waited = 0; server.requestsFor(published.indexPath).length === 0 && waited < 5000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.equal(server.requestsFor(published.pathOf('commitment', 'C2')).length, 1);
  assert.equal(server.requestsFor(published.indexPath).length, 1);
  const { feed } = await clientFor(getDefaultSharedClient(server.url), slice, headStart).getFeed();
  assert.equal(feed.plans[0]?.commitments[0]?.id, 'C2');
  assert.equal(server.requestsFor(published.pathOf('commitment', 'C2')).length, 1, 'the slice was downloaded once');
  assert.equal(server.requestsFor(published.indexPath).length, 1, 'the index was downloaded once');
  assert.equal(server.feedRequests.length, 0);
});

test('a second card of another slice reads the same head start of the index: the page downloads each document once', async (t) => {
  const server = await serve(t);
  const published = servePublished(server, FEED);
  const first = startFirstRequests(server.url, { kind: 'commitment', id: 'C1' });
  const second = startFirstRequests(server.url, { kind: 'commitment', id: 'C2' });
  const whole = getDefaultSharedClient(server.url);
  await Promise.all([
    clientFor(whole, { kind: 'commitment', id: 'C1' }, first).getFeed(),
    clientFor(whole, { kind: 'commitment', id: 'C2' }, second).getFeed(),
  ]);
  assert.equal(server.requestsFor(published.indexPath).length, 1);
  assert.equal(server.requestsFor(published.pathOf('commitment', 'C1')).length, 1);
  assert.equal(server.requestsFor(published.pathOf('commitment', 'C2')).length, 1);
});

test('a client with headers of its own asks itself, and says so: never a silent second download', async (t) => {
  const server = await serve(t);
  const warnings: string[] = [];
  t.mock.method(console, 'warn', (message: string) => warnings.push(message));
  const headStart = startFirstRequests(server.url);
  const own = getSharedClient(server.url, { headers: { authorization: 'Bearer x' } });
  await clientFor(own, undefined, headStart).getFeed();
  assert.equal(server.feedRequests.length, 2);
  assert.equal(server.feedRequests.filter((request) => request.headers.authorization === 'Bearer x').length, 1);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /asked again, with the client's own options/);
});

test('a client that is not handed the head start asks itself: the handover is explicit, nothing is matched by address', async (t) => {
  const server = await serve(t);
  startFirstRequests(server.url);
  await createClient({ feedUrl: server.url }).getFeed();
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(server.feedRequests.length, 2);
});

test('a head start that failed is asked again by the client: it was only a head start', async (t) => {
  const server = await serve(t);
  const realFetch = globalThis.fetch;
  globalThis.fetch = async () => {
    throw new TypeError('Failed to fetch');
  };
  let headStart;
  try {
    headStart = startFirstRequests(server.url);
  } finally {
    globalThis.fetch = realFetch;
  }
  const { feed } = await clientFor(getDefaultSharedClient(server.url), undefined, headStart).getFeed();
  assert.equal(feed.plans[0]?.commitments[0]?.id, 'C1');
  assert.equal(server.feedRequests.length, 1);
});

test('an answer past its lifetime is never read as new: the client asks', async (t) => {
  const server = await serve(t);
  mock.timers.enable({ apis: ['Date'], now: 1_000_000 });
  const headStart = startFirstRequests(server.url);
  mock.timers.tick(HEAD_START_LIFETIME + 1);
  assert.equal(headStart.take(server.url), undefined);
  const kept = startFirstRequests(server.url);
  mock.timers.tick(HEAD_START_LIFETIME);
  const answer = kept.take(server.url);
  assert.ok(answer, 'kept until then');
  await answer;
  assert.equal(kept.take(server.url), undefined, 'taken once');
});
