/**
 * `parseFeed` checks feeds with a validator generated from the zod schemas
 * (packages/sdk/src/check/feed-validator.ts), so pages do not download zod. It must stay the same
 * check: the file matches what the generator writes today, and on valid feeds, damaged feeds and
 * hostile values it gives zod's output and zod's issues, one for one.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { Feed, parseFeed } from '../../packages/sdk/src/index.js';
import { parseFeedCompiled } from '../../packages/sdk/test/helpers/parse-feed-compiled.js';
import { checkFeed } from '../../packages/sdk/src/check/check-feed.js';
import type { SchemaIssue } from '../../packages/sdk/src/check/validators.js';
import { describeExpectation } from '../../packages/sdk/src/parse/expectations.js';
import {
  PARTS_VALIDATOR_FILE,
  VALIDATOR_FILE,
  renderFeedValidator,
  renderPartsValidator,
} from '../../scripts/build-feed-validator.js';
import { allPaths, hostileValue, mutate, mutation, setAt, validFeed } from '../helpers/feed-arbitraries.js';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };

/** What a reader of an issue gets from it: where, which kind, what was expected in words. */
function described(issues: readonly SchemaIssue[]) {
  return issues.map((issue) => ({ path: issue.path, ...describeExpectation(issue) }));
}

/** The generated validator and zod (interpreted, as `Feed.safeParse` runs) agree on `value`. */
function assertSameCheck(value: unknown): void {
  const ours = checkFeed(value);
  const zods = Feed.safeParse(value);
  assert.equal(
    ours.success,
    zods.success,
    `accepted by one, not the other: ${JSON.stringify(described(ours.success ? [] : ours.issues))}`,
  );
  if (ours.success && zods.success) {
    assert.deepStrictEqual(ours.data, zods.data);
    assert.deepEqual(Object.keys(ours.data), Object.keys(zods.data), 'fields come out in the same order');
  } else if (!ours.success && !zods.success) {
    assert.deepStrictEqual(described(ours.issues), described(zods.error.issues as SchemaIssue[]));
  }
}

/** Values that sit on the edges of each check: near-dates, near-links, near-numbers. */
const EDGE_VALUES: unknown[] = [
  '2024-02-29',
  '2023-02-29',
  '2023-02-30',
  '2023-13',
  '2023-1',
  '0000-02-29',
  ' https://example.org/a\tb ',
  'http:example.org',
  'HTTPS://EXAMPLE.ORG',
  'https://',
  'ftp://example.org',
  'mailto:mesa@example.org',
  'mesa@example.org',
  'mesa@@example.org',
  '2026-01-31T12:00:00Z',
  '2026-01-31T12:00:00+25:00',
  '2026-01-31T12:00:00',
  '2024-02-29T00:00:00Z',
  '2023-02-29T12:00:00Z',
  '1900-02-29T12:00:00Z',
  '2000-02-29T12:00:00Z',
  '2023-04-31T00:00:00+01:00',
  '2023-04-30T23:59:59.123-03:00',
  '2023-13-01T00:00:00Z',
  '2023-01-01T24:00:00Z',
  'es-CL',
  'e',
  '1.2.3',
  '2.0',
  0,
  1.5,
  100,
  100.5,
  -1,
  2 ** 53,
  -(2 ** 53),
  { es: 'texto', en: 'text' },
  { 'x!': 'y' },
  { es: 1 },
  Object.create({ inherited: 'yes' }),
  null,
  [],
  {},
  Number.NaN,
  'asap',
  '',
];
const edgeValue: fc.Arbitrary<unknown> = fc.oneof(hostileValue, fc.constantFrom(...EDGE_VALUES));

/** The complete example of docs/feed-format.md: every entity, every optional field filled in. */
function completeExample(): unknown {
  const doc = readFileSync(new URL('../../docs/feed-format.md', import.meta.url), 'utf8');
  const block = /```json\n([\s\S]*?)\n```/.exec(doc.slice(doc.indexOf('<!-- complete-example')));
  assert.ok(block, 'docs/feed-format.md has its complete example');
  return JSON.parse(block[1]!);
}

const damaged = (edits: fc.Arbitrary<unknown>) =>
  fc
    .tuple(validFeed, fc.array(fc.tuple(mutation, edits), { minLength: 1, maxLength: 4 }))
    .map(([feed, edits]) =>
      edits.reduce<unknown>(
        (current, [m, value]) => mutate(current, m.kind === 'replace' || m.kind === 'add-key' ? { ...m, value } : m),
        feed,
      ),
    );

describe('the generated feed validator', () => {
  test('is what scripts/build-feed-validator.ts writes from the zod schemas today', () => {
    assert.equal(readFileSync(VALIDATOR_FILE, 'utf8'), renderFeedValidator(), 'run scripts/build-feed-validator.ts');
    assert.equal(
      readFileSync(PARTS_VALIDATOR_FILE, 'utf8'),
      renderPartsValidator(),
      'run scripts/build-feed-validator.ts',
    );
  });

  test('agrees with zod on every field of a complete feed, removed or given each edge value', () => {
    const example = completeExample();
    assertSameCheck(example);
    for (const path of allPaths(example)) {
      if (path.length > 0) assertSameCheck(setAt(example, path, undefined, true));
      for (const value of EDGE_VALUES) assertSameCheck(setAt(example, path, value));
    }
  });

  test('accepts valid feeds with the output zod gives (defaults filled in, unknown fields kept)', () => {
    fc.assert(
      fc.property(validFeed, (feed) => assertSameCheck(feed)),
      RUNS,
    );
  });

  test('reports what zod reports on feeds damaged anywhere, with edge values', () => {
    fc.assert(
      fc.property(damaged(edgeValue), (feed) => assertSameCheck(feed)),
      { ...RUNS, numRuns: RUNS.numRuns * 3 },
    );
  });

  test('agrees with zod on any JSON value and anything JavaScript can hand it', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), hostileValue), (value) => assertSameCheck(value)),
      RUNS,
    );
  });

  test('agrees with zod on the sample feed, the format document and the hostile corpus', () => {
    const files = [
      new URL('../../examples/feeds/chile.json', import.meta.url),
      ...readdirSync(new URL('../fixtures/hostile/', import.meta.url))
        .filter((name) => name.endsWith('.json') && name !== 'cases.json')
        .map((name) => new URL(`../fixtures/hostile/${name}`, import.meta.url)),
    ];
    for (const file of files) {
      let value: unknown;
      try {
        value = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        continue; // the corpus's files that are not JSON on purpose
      }
      assertSameCheck(value);
      for (const mode of ['strict', 'lenient'] as const) {
        assert.deepEqual(parseFeed(value, { mode }), parseFeedCompiled(value, { mode }), `${file.pathname} (${mode})`);
      }
    }
  });

  test('parseFeed and parseFeedCompiled (zod) give the same results on damaged feeds', () => {
    fc.assert(
      fc.property(damaged(edgeValue), fc.constantFrom('strict' as const, 'lenient' as const), (feed, mode) => {
        assert.deepEqual(parseFeed(feed, { mode }), parseFeedCompiled(feed, { mode }));
      }),
      RUNS,
    );
  });
});
