import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '@ogp-embed/sdk';

test('resolves the workspace package from source', () => {
  assert.equal(parseFeed('').ok, false);
});
