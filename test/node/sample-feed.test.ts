/**
 * The real-data sample (`examples/feeds/chile.json`): valid in strict mode, faithful to the
 * shared data, and exactly what its builder produces, so the fixture cannot drift.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { formatPath, parseFeed } from '@ogp-embed/sdk';
import type { Feed } from '@ogp-embed/sdk';
import { OUTPUT, SOURCES, renderSampleFeed } from '../../scripts/build-sample-feed.js';

const committed = readFileSync(OUTPUT, 'utf8');
const shared = JSON.parse(readFileSync(SOURCES.data, 'utf8')) as {
  commitments: {
    id: string | null;
    title_es: string | null;
    title_en: string | null;
    lead: string | null;
    start?: string;
    end?: string;
    milestones?: { title: string; start: string | null; end: string }[];
  }[];
};

function parsedSample(): Feed {
  const result = parseFeed(committed, { mode: 'strict' });
  assert.ok(result.ok, result.issues.map((issue) => issue.message).join('\n'));
  return result.feed;
}

function locate(feed: Feed, id: string) {
  for (const [p, plan] of feed.plans.entries()) {
    const c = plan.commitments.findIndex((commitment) => commitment.id === id);
    if (c >= 0) return { p, c, commitment: plan.commitments[c]! };
  }
  assert.fail(`${id} is not in the sample`);
}

test('the committed sample parses in strict mode without errors', () => {
  const result = parseFeed(committed, { mode: 'strict' });
  assert.equal(result.ok, true);
  assert.deepEqual(
    result.issues.filter((issue) => issue.severity === 'error'),
    [],
  );
});

test("CL0069's milestones due after its end are warnings at their own paths", () => {
  const feed = parsedSample();
  const { p, c } = locate(feed, 'CL0069');
  const warnings = parseFeed(committed, { mode: 'strict' }).issues.filter((issue) => issue.severity === 'warning');
  const lateDue = warnings.find((w) => String(w.found[1]).includes('2022-12'));
  assert.ok(lateDue, 'the milestone due 2022-12 is reported');
  assert.equal(lateDue.code, 'due-after-end');
  assert.equal(lateDue.path, formatPath(['plans', p, 'commitments', c, 'milestones', 2, 'due']));
  // The data holds a second one (due 2022-08); nothing else in the sample is late.
  assert.deepEqual(
    warnings.map((w) => w.path),
    [2, 5].map((m) => formatPath(['plans', p, 'commitments', c, 'milestones', m, 'due'])),
  );
});

test("CL0069's title, lead, dates and milestones match the shared data", () => {
  const feed = parsedSample();
  const source = shared.commitments.find((c) => c.id === 'CL0069')!;
  const { commitment } = locate(feed, 'CL0069');
  assert.deepEqual(commitment.title, { es: source.title_es, en: source.title_en });
  const lead = feed.institutions.find((institution) => institution.id === commitment.lead);
  assert.equal(lead?.name, source.lead);
  assert.equal(lead?.kind, 'legislature');
  assert.equal(commitment.start, source.start);
  assert.equal(commitment.end, source.end);
  assert.deepEqual(
    commitment.milestones.map((m) => [m.title, m.start, m.due]),
    source.milestones!.map((m) => [m.title, m.start, m.end]),
  );
});

test('every verified commitment is in the sample, and unknowns stay unknown', () => {
  const feed = parsedSample();
  const ids = feed.plans.flatMap((plan) => plan.commitments.map((c) => c.id));
  for (const source of shared.commitments) if (source.id) assert.ok(ids.includes(source.id), source.id);
  assert.equal(ids.length, shared.commitments.length);
  assert.doesNotMatch(committed, /: null/, 'a null of the data became a field');
  // CL0051 has no known lead: none is made up.
  assert.equal(locate(feed, 'CL0051').commitment.lead, undefined);
});

test('whatever is illustrative says so in the text a reader sees', () => {
  const marked: unknown[] = [];
  JSON.parse(committed, (key, value) => {
    if (value && typeof value === 'object' && (value as { illustrative?: unknown }).illustrative === true)
      marked.push(value);
    return value;
  });
  assert.ok(marked.length > 0);
  for (const entity of marked) {
    const e = entity as { text?: object; name?: object; percent?: number };
    const visible = e.text ?? e.name;
    if (visible) for (const text of Object.values(visible)) assert.match(text, /^Ilustrativo \/ Illustrative:/);
  }
  // A reported figure is explained by an illustrative update of the same commitment.
  const feed = parsedSample();
  for (const commitment of feed.plans.flatMap((plan) => plan.commitments)) {
    if (commitment.reported && (commitment.reported as { illustrative?: boolean }).illustrative) {
      assert.ok(
        commitment.updates.some((u) => (u as { illustrative?: boolean }).illustrative),
        commitment.id,
      );
    }
  }
});

test('rebuilding the sample gives the committed bytes', () => {
  assert.equal(renderSampleFeed(), committed);
});
