/**
 * A plan's digest keeps of each commitment only what can change a figure `<ogp-plan>` derives from
 * it: these tests hold that, on any day, the digest and the whole commitment give the same status,
 * progress, overdue, best-known verdict and next due date.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  bestKnown,
  checkPlanDigest,
  COMMITMENT_STATUSES,
  commitmentProgress,
  commitmentStatus,
  cutSlices,
  IRM_COMPLETION,
  isCommitmentOverdue,
  MILESTONE_STATUSES,
  nextMilestone,
  parseFeed,
  type Commitment,
  type FeedInput,
} from '@ogp-embed/sdk';

const VERSION = { generatedAt: '2026-01-01T00:00:00Z', sha256: '0'.repeat(64) };

/** A date as feeds write them: a year, a month or a day, between 2018 and 2027. */
const partialDate = fc
  .record({
    year: fc.integer({ min: 2018, max: 2027 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    precision: fc.constantFrom(0, 1, 2),
  })
  .map(({ year, month, day, precision }) =>
    [String(year), String(month).padStart(2, '0'), String(day).padStart(2, '0')].slice(0, precision + 1).join('-'),
  );

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const milestone = fc.record(
  {
    title: fc.constant('Hito'),
    due: partialDate,
    status: fc.constantFrom(...MILESTONE_STATUSES),
    completedOn: partialDate,
    weight: fc.integer({ min: 1, max: 5 }),
  },
  { requiredKeys: ['title'] },
);

const commitment = fc.record(
  {
    title: fc.constant('Compromiso'),
    start: optional(partialDate),
    end: optional(partialDate),
    reported: optional(
      fc.record(
        {
          status: fc.constantFrom(...COMMITMENT_STATUSES),
          percent: fc.integer({ min: 0, max: 100 }),
          asOf: partialDate,
        },
        { requiredKeys: ['status', 'asOf'] },
      ),
    ),
    irm: optional(fc.record({ completionEndOfTerm: fc.constantFrom(...IRM_COMPLETION) }, { requiredKeys: [] })),
    milestones: fc.array(milestone, { maxLength: 6 }),
  },
  { requiredKeys: ['title', 'milestones'] },
);

/** The figures a plan derives from a commitment on the day `now`. */
function figures(c: Commitment, now: Date) {
  return {
    status: commitmentStatus(c, now),
    progress: commitmentProgress(c),
    overdue: isCommitmentOverdue(c, now),
    known: bestKnown(c, now),
    nextDue: nextMilestone(c, now)?.due,
  };
}

/** Ids unique in the feed, as a valid feed has them (a repeated one is dropped when parsed). */
const withIds = (c: object, i: number) => {
  const milestones = (c as { milestones?: object[] }).milestones ?? [];
  return { ...c, id: `C${i}`, milestones: milestones.map((m, j) => ({ ...m, id: `C${i}-M${j}` })) };
};

/** The plan's commitments parsed whole, and as its digest holds them. */
function wholeAndDigest(commitments: object[]): { whole: Commitment[]; digest: Commitment[] } {
  const feed = {
    schemaVersion: '1.0',
    publisher: { name: 'Prueba' },
    generatedAt: VERSION.generatedAt,
    country: 'CHL',
    defaultLanguage: 'es',
    plans: [
      {
        id: 'AP',
        number: 1,
        title: 'Plan',
        period: { start: '2018', end: '2027' },
        phase: 'implementation',
        commitments: commitments.map((c, i) => withIds(c, i)),
      },
    ],
  } as FeedInput;
  const parsed = parseFeed(feed);
  assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues));
  const part = cutSlices(feed, VERSION).find((p) => p.kind === 'plan-digest')!;
  const checked = checkPlanDigest(part.document.digest);
  assert.ok(checked.success, JSON.stringify(!checked.success && checked.issues));
  return { whole: parsed.feed.plans[0]!.commitments, digest: checked.data.commitments as Commitment[] };
}

describe('plan digest', () => {
  test('on any day, a digest row gives the figures its whole commitment gives', () => {
    fc.assert(
      fc.property(
        fc.array(commitment, { minLength: 1, maxLength: 5 }),
        fc.array(fc.date({ min: new Date('2017-01-01'), max: new Date('2029-12-31'), noInvalidDate: true }), {
          minLength: 1,
          maxLength: 4,
        }),
        (commitments, days) => {
          const { whole, digest } = wholeAndDigest(commitments);
          for (const [i, c] of whole.entries()) {
            for (const now of days)
              assert.deepEqual(figures(digest[i]!, now), figures(c, now), `${c.id} on ${now.toISOString()}`);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test('keeps no milestone that changes no figure: cancelled ones, and completed ones once a percent is reported', () => {
    const { digest } = wholeAndDigest([
      {
        title: 'Con porcentaje',
        reported: { status: 'in-progress', percent: 40, asOf: '2025-01' },
        milestones: [
          { id: 'a', title: 'A', due: '2024-01', status: 'completed', completedOn: '2024-02-01', weight: 2 },
          { id: 'b', title: 'B', due: '2025-06', status: 'cancelled' },
          { id: 'c', title: 'C', due: '2026-06', status: 'in-progress', weight: 3 },
        ],
      },
      {
        title: 'Sin reporte',
        milestones: [
          { id: 'a', title: 'A', due: '2024-01', status: 'completed', completedOn: '2024-02-01', weight: 2 },
          { id: 'b', title: 'B', due: '2024-03', completedOn: '2024-03-05' },
          { id: 'c', title: 'C', due: '2026-06', status: 'in-progress' },
        ],
      },
    ]);
    assert.deepEqual(digest[0]!.milestones, [{ due: '2026-06', status: 'in-progress' }]);
    assert.deepEqual(digest[1]!.milestones, [
      { status: 'completed', weight: 2 },
      { completedOn: '2024-03-05' },
      { due: '2026-06', status: 'in-progress' },
    ]);
  });
});
