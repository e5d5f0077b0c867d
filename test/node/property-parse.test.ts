/**
 * Property tests of `parseFeed`: whatever a publisher's spreadsheet, a broken export or a hostile
 * host sends, the parser answers (never throws), says where the problem is, and in lenient mode
 * loses nothing but the one entity that is wrong.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { formatPath, issueMessage, issueParts, parseFeed } from '../../packages/sdk/src/index.js';
import type { ParseResult } from '../../packages/sdk/src/index.js';
import { buildFeed } from '../../packages/sdk/test/helpers/feed-builders.js';
import { optionalLinkFields } from '../../packages/sdk/src/parse/optional-links.js';
import {
  BREAK_FIELD,
  getAt,
  hostileValue,
  listEntries,
  mutate,
  mutation,
  setAt,
  validFeed,
} from '../helpers/feed-arbitraries.js';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };

/** What every answer of `parseFeed` must be, whatever it was given. */
function assertWellFormed(result: ParseResult): void {
  assert.equal(typeof result.ok, 'boolean');
  assert.ok(Array.isArray(result.issues));
  if (result.ok) assert.equal(typeof result.feed, 'object');
  else {
    assert.equal(result.feed, undefined);
    assert.ok(
      result.issues.some((issue) => issue.severity === 'error'),
      'a rejected feed says why',
    );
  }
  for (const issue of result.issues) {
    assert.equal(typeof issue.path, 'string');
    for (const text of [
      issue.message,
      issueMessage(issue, 'es'),
      issueMessage(issue, 'fr'),
      issueParts(issue, 'pt').found,
    ]) {
      assert.equal(typeof text, 'string');
      assert.ok(text.length > 0 && text.length < 2_000, 'messages stay short, even for huge values');
    }
  }
}

function parseBoth(input: unknown): void {
  for (const mode of ['lenient', 'strict'] as const) assertWellFormed(parseFeed(input, { mode }));
}

describe('parseFeed never throws', () => {
  test('on any JSON value, and on any text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => parseBoth(value)),
      RUNS,
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => parseBoth(text)),
      RUNS,
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => parseBoth(JSON.stringify(value))),
      RUNS,
    );
  });

  test('on any value JavaScript can hand it (NaN, Infinity, bigint, dates, undefined)', () => {
    fc.assert(
      fc.property(hostileValue, (value) => parseBoth(value)),
      RUNS,
    );
  });

  test('on valid feeds mutated anywhere: values replaced, keys removed, objects wrapped in lists, entries duplicated', () => {
    fc.assert(
      fc.property(validFeed, fc.array(mutation, { minLength: 1, maxLength: 6 }), (feed, mutations) => {
        const mutated = mutations.reduce<unknown>((value, m) => mutate(value, m), feed);
        parseBoth(mutated);
        // As text too, when it is JSON at all (NaN and bigint are not).
        let text: string | undefined;
        try {
          text = JSON.stringify(mutated);
        } catch {
          text = undefined;
        }
        if (text !== undefined) parseBoth(text);
      }),
      RUNS,
    );
  });

  test('a lenient result parses again unchanged: what it keeps is valid, and nothing more is dropped', () => {
    fc.assert(
      fc.property(validFeed, fc.array(mutation, { minLength: 1, maxLength: 4 }), (feed, mutations) => {
        const mutated = mutations.reduce<unknown>((value, m) => mutate(value, m), feed);
        const first = parseFeed(mutated, { mode: 'lenient' });
        if (!first.ok) return;
        // Cloned as a value a page would hold (unknown keys may carry null-prototype objects).
        const kept = structuredClone(first.feed);
        const again = parseFeed(kept, { mode: 'lenient' });
        assert.ok(again.ok);
        assert.deepEqual(
          again.issues.filter((issue) => issue.dropped),
          [],
        );
        assert.deepEqual(again.feed, kept);
      }),
      {
        ...RUNS,
        examples: [[buildFeed(), [{ kind: 'add-key', pick: 0, key: '', value: { __proto__: null, polluted: true } }]]],
      },
    );
  });
});

/** Every level, element and character of `value`, as text. */
const printed = (value: unknown) =>
  inspect(value, {
    depth: Infinity,
    maxArrayLength: Infinity,
    maxStringLength: Infinity,
    breakLength: Infinity,
    sorted: true,
  });

test('parseFeed never changes what it was given, even when lenient mode leaves entries out', () => {
  fc.assert(
    fc.property(validFeed, fc.array(mutation, { minLength: 1, maxLength: 4 }), (feed, mutations) => {
      const mutated = mutations.reduce<unknown>((value, m) => mutate(value, m), feed);
      const before = structuredClone(mutated);
      parseFeed(mutated, { mode: 'lenient' });
      // Compared as printed: deepEqual finds two invalid Dates (a mutation may put one in) unequal.
      assert.equal(printed(structuredClone(mutated)), printed(before));
    }),
    // The case that found deepEqual's blind spot (seed 1343273125).
    { ...RUNS, examples: [[buildFeed(), [{ kind: 'replace', pick: 1, value: new Date(NaN) }]]] },
  );
});

describe('lenient mode keeps every valid entity of a feed with exactly one bad entity', () => {
  test('generated feeds are valid to begin with (strict, no issue)', () => {
    fc.assert(
      fc.property(validFeed, (feed) => {
        const result = parseFeed(feed, { mode: 'strict' });
        assert.deepEqual(result.issues, []);
        assert.deepEqual(result.feed, feed);
      }),
      { numRuns: 100 },
    );
  });

  test('a bad field, a null, a list or a bare string in place of one entry: that entry alone is left out, and reported', () => {
    const breakage = fc.constantFrom('field', 'null', 'wrapped', 'string', 'number');
    fc.assert(
      fc.property(validFeed, fc.nat(), breakage, (feed, pick, how) => {
        const entries = listEntries(feed);
        const entry = entries[pick % entries.length]!;
        const original = getAt(feed, entry);
        const listName = String(entry.at(-2));
        // An agenda item may be plain text: a string there is valid, not bad.
        fc.pre(!(listName === 'agenda' && how === 'string'));
        let bad: unknown;
        if (typeof original === 'string' || how === 'number') bad = how === 'null' ? null : 42;
        else if (how === 'field') {
          const [field, value] = BREAK_FIELD[listName]!;
          bad = { ...(original as object), [field]: value };
        } else if (how === 'null') bad = null;
        else if (how === 'wrapped') bad = [original];
        else bad = '<script>globalThis.__pwned = true</script>';

        const result = parseFeed(setAt(feed, entry, bad), { mode: 'lenient' });
        assert.ok(result.ok, `the feed is kept when only ${formatPath(entry)} is bad`);
        const expected = setAt(feed, entry, undefined, true);
        assert.deepEqual(result.feed, expected, `everything but ${formatPath(entry)} is kept, as it was`);
        const dropped = new Set(result.issues.flatMap((issue) => (issue.dropped ? [issue.dropped] : [])));
        assert.deepEqual([...dropped], [formatPath(entry)], 'the issue names the entry left out');
      }),
      RUNS,
    );
  });

  test('a bad optional link (a url, a minutesUrl, a contact...): that field alone is left out, and reported', () => {
    const badLink = fc.constantFrom(
      'javascript:alert(1)',
      ' JaVaScRiPt:x',
      'data:text/html,x',
      '//evil.example',
      'file:///etc/passwd',
      42,
      null,
      ['https://a.org'],
    );
    fc.assert(
      fc.property(validFeed, fc.nat(), badLink, (feed, pick, bad) => {
        const fields = [...optionalLinkFields()].flatMap((pattern) => fieldsAt(feed, pattern));
        const field = fields[pick % fields.length]!;
        const result = parseFeed(setAt(feed, field, bad), { mode: 'lenient' });
        assert.ok(result.ok, `the feed is kept when only ${formatPath(field)} is bad`);
        assert.deepEqual(
          result.feed,
          setAt(feed, field, undefined, true),
          'every entity is kept, as it was, without the link',
        );
        assert.deepEqual(
          result.issues.map((issue) => issue.dropped),
          [formatPath(field)],
          'one issue, naming the field',
        );
      }),
      RUNS,
    );
  });

  test('a duplicate of any entity with an id: the first is kept, the later copy is left out', () => {
    const withIds = ['institutions', 'plans', 'commitments', 'forums'];
    fc.assert(
      fc.property(validFeed, fc.nat(), (feed, pick) => {
        const entries = listEntries(feed).filter((path) => withIds.includes(String(path.at(-2))));
        const entry = entries[pick % entries.length]!;
        const listPath = entry.slice(0, -1);
        const list = getAt(feed, listPath) as unknown[];
        const copy = structuredClone(getAt(feed, entry)) as Record<string, unknown>;
        // A changed title proves it is the later copy, not the first, that goes.
        copy.title = 'Copia';
        copy.name = 'Copia';
        const result = parseFeed(setAt(feed, listPath, [...list, copy]), { mode: 'lenient' });
        assert.ok(result.ok);
        assert.deepEqual(result.feed, feed);
        assert.ok(
          result.issues.some(
            (issue) => issue.code === 'duplicate-id' && issue.dropped === formatPath([...listPath, list.length]),
          ),
        );
        assert.equal(parseFeed(setAt(feed, listPath, [...list, copy]), { mode: 'strict' }).ok, false);
      }),
      RUNS,
    );
  });
});

const isObject = (value: unknown): value is object =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The paths in `root` a field of this pattern (`plans[].commitments[].url`) may take: those whose object exists. */
function fieldsAt(root: unknown, pattern: string): Array<Array<string | number>> {
  const steps = pattern.split(/(?=\[\])|\./).filter(Boolean);
  const field = steps.pop()!;
  let objects: Array<Array<string | number>> = [[]];
  for (const step of steps) {
    objects = objects.flatMap((path) => {
      const value = getAt(root, path);
      if (step === '[]') return Array.isArray(value) ? value.map((_, i) => [...path, i]) : [];
      return isObject(value) && step in value ? [[...path, step]] : [];
    });
  }
  return objects.filter((path) => isObject(getAt(root, path))).map((path) => [...path, field]);
}
