/**
 * The benchmark feed generator (`scripts/bench/generate-feed.ts`), shared with the elements'
 * render benchmark: what it makes is a valid feed, and the same seed makes the same feed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '@ogp-embed/sdk';
import { generateFeed } from '../../scripts/bench/generate-feed.js';

test('a generated feed passes strict parsing with no issue', () => {
  const result = parseFeed(JSON.stringify(generateFeed({ commitments: 300 })), { mode: 'strict' });
  assert.deepEqual(
    result.issues.map((issue) => issue.message),
    [],
  );
  assert.equal(result.ok, true);
  const commitments = result.feed!.plans.flatMap((plan) => plan.commitments);
  assert.equal(commitments.length, 300);
  assert.ok(commitments.every((c) => c.milestones.length >= 3 && c.indicators.length >= 1));
});

test('the same seed gives the same feed, another seed another one', () => {
  const a = JSON.stringify(generateFeed({ commitments: 50, seed: 7 }));
  assert.equal(JSON.stringify(generateFeed({ commitments: 50, seed: 7 })), a);
  assert.notEqual(JSON.stringify(generateFeed({ commitments: 50, seed: 8 })), a);
});
