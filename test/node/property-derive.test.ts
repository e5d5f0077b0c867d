/**
 * Property tests of the derived figures a reader sees: a progress bar never goes below 0 or past
 * 100 and never says NaN, whatever weights, percents and statuses a feed holds, and the counts of
 * a summary always add up.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  commitmentProgress,
  commitmentStatus,
  commitmentTimeline,
  DISPLAY_STATUSES,
  institutionSummary,
  MILESTONE_STATUSES,
  COMMITMENT_STATUSES,
  parseFeed,
  planSummary,
  summarize,
} from '../../packages/sdk/src/index.js';
import type { Commitment } from '../../packages/sdk/src/index.js';
import { buildCommitment, buildMilestone } from '../../packages/sdk/test/helpers/feed-builders.js';
import { mutate, mutation, validFeed } from '../helpers/feed-arbitraries.js';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };

function assertPercent(value: number | undefined, what: string): void {
  if (value === undefined) return;
  assert.equal(typeof value, 'number', what);
  assert.ok(!Number.isNaN(value), `${what} is NaN`);
  assert.ok(value >= 0 && value <= 100, `${what} is ${value}, outside 0-100`);
}

/** Every figure shown for these commitments lies where a reader can make sense of it. */
function assertFigures(commitments: readonly Commitment[], now: Date): void {
  for (const c of commitments) {
    const progress = commitmentProgress(c);
    if (progress.kind !== 'unknown') assertPercent(progress.percent, `progress of ${c.id}`);
    assert.ok((DISPLAY_STATUSES as readonly string[]).includes(commitmentStatus(c, now)));
    for (const entry of commitmentTimeline(c, now)) assert.ok(entry.kind);
  }
  const summary = summarize(commitments, now);
  assertPercent(summary.averageProgress, 'average progress');
  assert.equal(
    Object.values(summary.byStatus).reduce((a, b) => a + b, 0),
    summary.total,
  );
  assert.ok(summary.withKnownProgress <= summary.total && summary.overdue <= summary.total);
}

/** Any number JavaScript has: the ones a schema lets through, and the ones a page's own object may hold. */
const anyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(
    0,
    -0,
    1e-320,
    5e-324,
    1e308,
    Number.MAX_VALUE,
    -1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ),
);
const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true });
const dateText = day.map((d) => d.toISOString().slice(0, 10));

/**
 * A commitment as a page may hand it to an element's `.feed` property, never checked by the
 * schema: any weights, any percent, NaN and infinities included.
 */
const uncheckedCommitment = fc
  .record(
    {
      milestones: fc.array(
        fc.record(
          {
            status: fc.option(fc.constantFrom(...MILESTONE_STATUSES), { nil: undefined }),
            weight: fc.option(anyNumber, { nil: undefined }),
            completedOn: fc.option(dateText, { nil: undefined }),
            due: fc.option(dateText, { nil: undefined }),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 6 },
      ),
      reported: fc.option(
        fc.record({
          status: fc.constantFrom(...COMMITMENT_STATUSES),
          percent: fc.option(anyNumber, { nil: undefined }),
          asOf: dateText,
        }),
        { nil: undefined },
      ),
    },
    { noNullPrototype: true },
  )
  .map(({ milestones, reported }) =>
    buildCommitment({
      milestones: milestones.map((m) => buildMilestone(m as Parameters<typeof buildMilestone>[0])),
      ...(reported ? { reported: reported as Commitment['reported'] } : {}),
    }),
  );

describe('derived figures stay within 0-100 and are never NaN', () => {
  test('for every commitment of any valid feed, on any day', () => {
    fc.assert(
      fc.property(validFeed, day, (feed, now) => {
        for (const plan of feed.plans) {
          assertFigures(plan.commitments, now);
          assertPercent(planSummary(plan, now).averageProgress, 'plan average');
        }
        for (const institution of feed.institutions) {
          assertPercent(institutionSummary(feed, institution.id, now).averageProgress, 'institution average');
        }
      }),
      RUNS,
    );
  });

  test('for whatever lenient parsing keeps of a mutated feed', () => {
    fc.assert(
      fc.property(validFeed, fc.array(mutation, { minLength: 1, maxLength: 5 }), day, (feed, mutations, now) => {
        const result = parseFeed(mutations.reduce<unknown>((value, m) => mutate(value, m), feed));
        if (!result.ok) return;
        for (const plan of result.feed.plans) assertFigures(plan.commitments, now);
      }),
      RUNS,
    );
  });

  test('even for commitments that never went through the parser: NaN, infinite, negative and tiny weights and percents', () => {
    fc.assert(
      fc.property(fc.array(uncheckedCommitment, { maxLength: 5 }), day, (commitments, now) =>
        assertFigures(commitments, now),
      ),
      { numRuns: 500 },
    );
  });

  test('extreme but valid weights: a milestone of weight 1e308 beside one of 5e-324 is neither NaN nor past 100', () => {
    const c = buildCommitment({
      milestones: [
        buildMilestone({ status: 'completed', weight: Number.MAX_VALUE }),
        buildMilestone({ status: 'completed', weight: Number.MAX_VALUE }),
        buildMilestone({ status: 'in-progress', weight: 5e-324 }),
      ],
    });
    const progress = commitmentProgress(c);
    if (progress.kind !== 'unknown') assertPercent(progress.percent, 'progress');
  });
});
