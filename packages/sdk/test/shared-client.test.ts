/**
 * `@ogp-embed/sdk/internal`, the elements' entry: the same registry as `getSharedClient`,
 * so a page's code and its elements share one client per feed, whoever asks first.
 */
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { getSharedClient, type FeedStorage } from '@ogp-embed/sdk';
import { clearSharedClients } from '@ogp-embed/sdk/internal';
import { getDefaultSharedClient } from '@ogp-embed/sdk/internal';
import { cacheKey } from '../src/client/persistent-cache.js';
import { buildCommitment, feedWithCommitments } from './helpers/feed-builders.js';

// Nothing listens here: no test below loads the feed.
const URL_A = 'https://feeds.example.org/a.json';
const URL_B = 'https://feeds.example.org/b.json';

afterEach(() => clearSharedClients());

test('the elements get the client page code made, and page code the one the elements made', () => {
  const fromPage = getSharedClient(URL_A);
  assert.equal(getDefaultSharedClient(URL_A), fromPage);
  assert.equal(getDefaultSharedClient('https://feeds.example.org/./a.json'), fromPage, 'keyed by the resolved address');

  const fromElements = getDefaultSharedClient(URL_B);
  assert.equal(getSharedClient(URL_B), fromElements);
  assert.notEqual(fromElements, fromPage);
});

test("page code that asks first with storage decides the elements' client: it paints from storage", () => {
  const feed = feedWithCommitments([buildCommitment()]);
  const entries = new Map([
    [cacheKey(URL_A), JSON.stringify({ v: 1, url: URL_A, body: JSON.stringify(feed), savedAt: 1 })],
  ]);
  const storage: FeedStorage = {
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key),
  };
  getSharedClient(URL_A, { storage });
  const { snapshot } = getDefaultSharedClient(URL_A);
  assert.equal(snapshot.data?.plans[0]?.commitments[0]?.id, 'CL0069');
  assert.equal(snapshot.stale, true);
  assert.equal(snapshot.fetchedAt?.getTime(), 1);
});

test('an invalid address gets one client too, which reports the error', () => {
  const client = getDefaultSharedClient('ftp://feeds.example.org/a.json');
  assert.equal(getSharedClient('ftp://feeds.example.org/a.json'), client);
  assert.equal(client.snapshot.error?.name, 'FeedUrlError');
});
