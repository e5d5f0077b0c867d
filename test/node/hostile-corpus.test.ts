/**
 * Every feed of the hostile corpus, through what the client does with a body: decode the bytes,
 * parse leniently (the default) and strictly. Each must give exactly the answer `cases.json`
 * records for it, never an exception, and the message an element would show must say what
 * `cases.json` promises the reader.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FeedValidationError, isFeedFormatError, parseFeed } from '../../packages/sdk/src/index.js';
import type { Feed } from '../../packages/sdk/src/index.js';
import { decodeBody } from '../../packages/sdk/src/client/decode-body.js';
import { FIFTY_MB } from '../fixtures/hostile/generate.js';
import { HOSTILE_CASES, hostileBody, hostileCase } from '../helpers/hostile-corpus.js';

function decodeCase(id: string): { value?: unknown; reason?: string; message?: string } {
  try {
    return { value: decodeBody(hostileBody(hostileCase(id)), `http://127.0.0.1/${id}`).value };
  } catch (error) {
    assert.ok(isFeedFormatError(error), `${id}: a body that cannot be read is a FeedFormatError, not ${String(error)}`);
    return { reason: error.reason, message: error.message };
  }
}

/** Every string the feed holds under `key`, wherever it is. */
function valuesUnder(value: unknown, key: string): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuesUnder(item, key));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (k === key ? [v] : valuesUnder(v, key)));
}

describe('the hostile corpus', () => {
  for (const c of HOSTILE_CASES) {
    test(`${c.id}: ${c.what}`, () => {
      const decoded = decodeCase(c.id);
      if (c.decode !== 'feed') {
        assert.equal(decoded.reason, c.decode);
        assert.ok(decoded.message?.includes(c.element.message!), `the reader is told: ${decoded.message}`);
        return;
      }
      assert.equal(decoded.reason, undefined, `${c.id} decodes as JSON`);
      const lenient = parseFeed(decoded.value, { mode: 'lenient' });
      assert.equal(lenient.ok, c.lenient!.ok, `lenient: ${lenient.issues[0]?.message}`);
      const dropped = [...new Set(lenient.issues.flatMap((issue) => (issue.dropped ? [issue.dropped] : [])))];
      if (lenient.ok) assert.deepEqual(dropped, c.lenient!.dropped, 'exactly these entries are left out');
      else {
        const message = new FeedValidationError(lenient.issues).message;
        assert.ok(message.includes(c.element.message!), `the reader is told: ${message}`);
      }
      assert.equal(parseFeed(decoded.value, { mode: 'strict' }).ok, c.strict!.ok, 'strict');

      if (c.generate === 'fiftyMegabytes') {
        // Parsed completely, whatever it took: every generated commitment is there.
        assert.ok(hostileBody(c).length >= FIFTY_MB);
        const sent = (decoded.value as Feed).plans.reduce((sum, plan) => sum + plan.commitments.length, 0);
        assert.ok(sent > 30_000 && lenient.ok);
        assert.equal(
          lenient.feed.plans.reduce((sum, plan) => sum + plan.commitments.length, 0),
          sent,
        );
      }
      if (lenient.ok) {
        const found = lenient.feed.plans.some((plan) => plan.commitments.some((cm) => cm.id === c.element.commitment));
        assert.equal(
          found,
          c.element.shows === 'data',
          `${c.element.commitment} is kept exactly when the element is to show it`,
        );
      }
    });
  }
});

describe('what the hostile feeds must not do', () => {
  test('markup stays text: every payload comes out of the parser exactly as it went in', () => {
    const { value } = decodeCase('markup-in-text');
    const result = parseFeed(value);
    assert.ok(result.ok);
    assert.deepEqual(result.feed, parseFeed(value, { mode: 'strict' }).feed);
    const titles = result.feed.plans[0]!.commitments.map((cm) => cm.title);
    assert.ok(titles.every((title) => JSON.stringify(title).includes('<script>window.__pwned=1</script>')));
  });

  test('no link that is not http(s) survives lenient parsing, in any link field', () => {
    const { value } = decodeCase('dangerous-links');
    const result = parseFeed(value);
    assert.ok(result.ok);
    const links = ['url', 'reportUrl', 'minutesUrl'].flatMap((key) => valuesUnder(result.feed, key));
    assert.ok(links.length >= 3, 'the good links are still there');
    for (const link of links) assert.match(String(link), /^https?:\/\/[^/]/, `${String(link)} is a web address`);
  });

  test('__proto__ and constructor keys pollute nothing: not Object.prototype, not the parsed feed', () => {
    const { value } = decodeCase('prototype-pollution');
    const result = parseFeed(value);
    assert.ok(result.ok);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(result.feed), Object.prototype);
    const commitment = result.feed.plans[0]!.commitments[0]! as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(commitment), Object.prototype);
    assert.equal(commitment.isAdmin, undefined);
    assert.equal((result.feed as Record<string, unknown>).polluted, undefined);
  });

  test('huge and negative numbers: every progress that is kept lies within 0-100', async () => {
    const { commitmentProgress } = await import('../../packages/sdk/src/index.js');
    const { value } = decodeCase('huge-and-negative-numbers');
    const result = parseFeed(value);
    assert.ok(result.ok);
    for (const commitment of result.feed.plans.flatMap((plan) => plan.commitments)) {
      const progress = commitmentProgress(commitment);
      if (progress.kind !== 'unknown')
        assert.ok(progress.percent >= 0 && progress.percent <= 100, `${commitment.id}: ${progress.percent}`);
    }
  });

  test('nesting 100,000 deep, in the text or in a value: an answer, not a stack overflow', () => {
    const text = hostileBody(hostileCase('deep-nesting')).toString('utf8');
    for (const mode of ['lenient', 'strict'] as const) {
      assert.doesNotThrow(() => parseFeed(text, { mode }), `${mode}, from text`);
      assert.doesNotThrow(() => parseFeed(JSON.parse(text), { mode }), `${mode}, from a value`);
    }
  });
});
