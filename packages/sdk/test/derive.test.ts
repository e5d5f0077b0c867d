import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  commitmentProgress,
  commitmentStatus,
  commitmentTimeline,
  countByStatus,
  countByValue,
  findCommitment,
  findForum,
  findInstitution,
  findPlan,
  institutionName,
  institutionSummary,
  isCommitmentOverdue,
  milestoneState,
  nextMilestone,
  openAgreements,
  parseFeed,
  planSummary,
} from '@ogp-embed/sdk';
import type { Milestone, MilestoneStatus } from '@ogp-embed/sdk';
import {
  buildAgreement,
  buildCommitment,
  buildFeed,
  buildForum,
  buildInstitution,
  buildMeeting,
  buildMilestone,
  buildPlan,
  buildUpdate,
  commitmentWithMilestones,
} from './helpers/feed-builders.js';

const at = (iso: string) => new Date(iso);
const NOW = at('2026-11-24T12:00:00Z');
const reported = (status: 'not-started' | 'in-progress' | 'delayed' | 'completed' | 'withdrawn', percent?: number) =>
  percent === undefined ? { status, asOf: '2026-11' } : { status, percent, asOf: '2026-11' };

/**
 * Commitment CL0069 of Chile's 5th plan as the shared data has it (chile/verified-commitments.json):
 * milestones known to the month, no statuses, and one due after the commitment's end.
 */
const CL0069 = buildCommitment({
  start: '2021-03-01',
  end: '2022-06-30',
  milestones: [
    ['Informe de Diagnóstico de interoperabilidad', '2021-03', '2021-08'],
    ['Diseño de la actualización de la plataforma e interoperabilidad', '2021-08', '2022-03'],
    ['Diseño final de interoperabilidad', '2022-04', '2022-12'],
    ['Análisis comparativo de metodologías', '2021-03', '2021-08'],
    ['Diseño de metodología y talleres con sociedad civil', '2021-09', '2022-03'],
    ['Curso o video de uso de la plataforma', '2022-03', '2022-08'],
    ['Manual de procesos internos y registro de información en el SIL', '2021-03', '2022-03'],
    ['Capacitaciones internas de registro de información en el SIL', '2022-03', '2022-06'],
  ].map(([title, start, due]) => buildMilestone({ title: title!, start: start!, due: due! })),
});

describe('commitmentProgress', () => {
  test('the reported percent comes first, even over milestones', () => {
    const c = commitmentWithMilestones([{ status: 'completed' }], { reported: reported('in-progress', 40) });
    assert.deepEqual(commitmentProgress(c), { kind: 'reported', percent: 40 });
  });
  test('a reported 0 % is a known 0 %', () => {
    assert.deepEqual(commitmentProgress(buildCommitment({ reported: reported('in-progress', 0) })), {
      kind: 'reported',
      percent: 0,
    });
  });
  test('milestones weigh 1 each by default', () => {
    const c = commitmentWithMilestones([{ status: 'completed' }, { status: 'in-progress' }, { status: 'not-started' }]);
    const progress = commitmentProgress(c);
    assert.ok(progress.kind === 'milestones', progress.kind);
    assert.ok(Math.abs(progress.percent - 100 / 3) < 1e-9);
  });
  test('weights count', () => {
    const c = commitmentWithMilestones([{ status: 'completed', weight: 3 }, { status: 'in-progress' }]);
    assert.deepEqual(commitmentProgress(c), { kind: 'milestones', percent: 75 });
  });
  test('cancelled milestones are left out', () => {
    const c = commitmentWithMilestones([{ status: 'completed' }, { status: 'cancelled', weight: 5 }]);
    assert.deepEqual(commitmentProgress(c), { kind: 'milestones', percent: 100 });
  });
  test('a completion date without a status counts as completed', () => {
    const c = commitmentWithMilestones([{ completedOn: '2022-01' }, { status: 'not-started' }]);
    assert.deepEqual(commitmentProgress(c), { kind: 'milestones', percent: 50 });
  });
  test('milestones nobody reported on give no figure: not a silent 0', () => {
    assert.deepEqual(commitmentProgress(CL0069), { kind: 'unknown' });
    const partly = commitmentWithMilestones([{ status: 'completed' }, {}]);
    assert.deepEqual(commitmentProgress(partly), { kind: 'unknown' });
  });
  test('then from the reported status: completed is 100, not-started is 0', () => {
    assert.deepEqual(commitmentProgress(buildCommitment({ reported: reported('completed') })), {
      kind: 'status',
      percent: 100,
    });
    assert.deepEqual(commitmentProgress(buildCommitment({ reported: reported('not-started') })), {
      kind: 'status',
      percent: 0,
    });
  });
  test('other statuses say nothing of the percent', () => {
    for (const status of ['in-progress', 'delayed', 'withdrawn'] as const) {
      assert.deepEqual(
        commitmentProgress(buildCommitment({ reported: reported(status) })),
        { kind: 'unknown' },
        status,
      );
    }
    assert.deepEqual(commitmentProgress(buildCommitment()), { kind: 'unknown' });
  });
  test('only cancelled milestones fall through to the status', () => {
    const c = commitmentWithMilestones([{ status: 'cancelled' }], { reported: reported('completed') });
    assert.deepEqual(commitmentProgress(c), { kind: 'status', percent: 100 });
  });
  test('always 0–100 and never NaN, whatever the milestones', () => {
    const status = fc.constantFrom<MilestoneStatus | undefined>(
      'not-started',
      'in-progress',
      'delayed',
      'completed',
      'cancelled',
      undefined,
    );
    const milestone = fc.record({
      status,
      weight: fc.option(fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(milestone, { maxLength: 8 }),
        fc.option(fc.double({ min: 0, max: 100 }), { nil: undefined }),
        (ms, percent) => {
          const milestones: Milestone[] = ms.map(({ status, weight }) => {
            const m = buildMilestone();
            if (status) m.status = status;
            if (weight !== undefined) m.weight = weight;
            return m;
          });
          const c = buildCommitment({
            milestones,
            ...(percent === undefined ? {} : { reported: reported('in-progress', percent) }),
          });
          const progress = commitmentProgress(c);
          if (progress.kind === 'unknown') return true;
          return Number.isFinite(progress.percent) && progress.percent >= 0 && progress.percent <= 100;
        },
      ),
    );
  });
});

describe('milestoneState', () => {
  const due = (value: string, extra: Partial<Milestone> = {}) => buildMilestone({ due: value, ...extra });
  /** Reported as not done yet: past its due date, it is overdue. */
  const started = { status: 'in-progress' } as const;

  test('completed and cancelled by status, whatever the date', () => {
    assert.equal(milestoneState(due('2020-01', { status: 'completed' }), NOW), 'completed');
    assert.equal(milestoneState(due('2020-01', { completedOn: '2020-02' }), NOW), 'completed');
    assert.equal(milestoneState(due('2020-01', { status: 'cancelled' }), NOW), 'cancelled');
  });
  test('no due date is undated', () => {
    assert.equal(milestoneState(buildMilestone({ status: 'in-progress' }), NOW), 'undated');
  });
  test('a day-precision due is overdue from the next day on', () => {
    assert.equal(milestoneState(due('2026-11-24', started), NOW), 'due-soon');
    assert.equal(milestoneState(due('2026-11-23', started), NOW), 'overdue');
    assert.equal(milestoneState(due('2026-11-23', { status: 'not-started' }), NOW), 'overdue');
  });
  test('a month-precision due is overdue only after the month ends', () => {
    const m = due('2026-10', started);
    assert.equal(milestoneState(m, at('2026-10-01T00:00:00Z')), 'due-soon');
    assert.equal(milestoneState(m, at('2026-10-31T23:59:59Z')), 'due-soon');
    assert.equal(milestoneState(m, at('2026-11-01T00:00:00Z')), 'overdue');
  });
  test('February ends on the 29th in a leap year', () => {
    assert.equal(milestoneState(due('2028-02', started), at('2028-02-29T12:00:00Z')), 'due-soon');
    assert.equal(milestoneState(due('2028-02', started), at('2028-03-01T00:00:00Z')), 'overdue');
  });
  test('a year-precision due is overdue only from the next year', () => {
    assert.equal(milestoneState(due('2026', started), at('2026-12-31T23:00:00Z')), 'due-soon');
    assert.equal(milestoneState(due('2026', started), at('2027-01-01T00:00:00Z')), 'overdue');
  });
  test('due soon within 30 days of its last day, or the days given', () => {
    assert.equal(milestoneState(due('2026-12-24'), NOW), 'due-soon');
    assert.equal(milestoneState(due('2026-12-25'), NOW), 'upcoming');
    assert.equal(milestoneState(due('2026-12-24'), NOW, 7), 'upcoming');
    assert.equal(milestoneState(due('2026-12-01'), NOW, 7), 'due-soon');
    // December's last day is 37 days away.
    assert.equal(milestoneState(due('2026-12'), NOW), 'upcoming');
    assert.equal(milestoneState(due('2026-12'), NOW, 40), 'due-soon');
  });
  test('the day is taken in UTC, as the feed writes it', () => {
    // 21:30 in Santiago on the 23rd is already the 24th in UTC.
    assert.equal(milestoneState(due('2026-11-23', started), at('2026-11-23T21:30:00-03:00')), 'overdue');
  });
  test('past due with neither a status nor a completion date is unreported: unknown, not late', () => {
    assert.equal(milestoneState(due('2026-11-23'), NOW), 'unreported');
    assert.equal(milestoneState(due('2021-08'), NOW), 'unreported');
    assert.notEqual(milestoneState(due('2021-08'), NOW), 'overdue');
    // Not yet due, nobody has to have reported: its date says where it stands.
    assert.equal(milestoneState(due('2026-12-01'), NOW), 'due-soon');
    assert.equal(milestoneState(due('2027-06'), NOW), 'upcoming');
    // A status or a completion date is a report.
    assert.equal(milestoneState(due('2021-08', { status: 'delayed' }), NOW), 'overdue');
    assert.equal(milestoneState(due('2021-08', { completedOn: '2021-09' }), NOW), 'completed');
  });
});

describe('commitmentStatus', () => {
  test('the reported status wins', () => {
    const c = commitmentWithMilestones([{ due: '2020-01' }], { reported: reported('in-progress') });
    assert.equal(commitmentStatus(c, NOW), 'in-progress');
    assert.equal(commitmentStatus(buildCommitment({ reported: reported('withdrawn') }), NOW), 'withdrawn');
  });
  test('all milestones completed (cancelled ones aside) is completed', () => {
    const c = commitmentWithMilestones([
      { status: 'completed' },
      { completedOn: '2026-01' },
      { status: 'cancelled', due: '2020' },
    ]);
    assert.equal(commitmentStatus(c, NOW), 'completed');
  });
  test('an overdue milestone (one with a status) is delayed', () => {
    const c = commitmentWithMilestones([{ status: 'completed' }, { status: 'in-progress', due: '2026-10' }]);
    assert.equal(commitmentStatus(c, NOW), 'delayed');
    assert.equal(commitmentStatus(commitmentWithMilestones([{ status: 'not-started', due: '2021' }]), NOW), 'delayed');
  });
  test('milestones past due that nobody reported on do not make it delayed: unknown', () => {
    assert.equal(commitmentStatus(CL0069, NOW), 'unknown');
    assert.equal(commitmentStatus(commitmentWithMilestones([{ due: '2021-08' }, { due: '2022' }]), NOW), 'unknown');
    // One reported milestone that is late is enough, whatever the others.
    assert.equal(
      commitmentStatus(commitmentWithMilestones([{ due: '2021-08' }, { due: '2022', status: 'in-progress' }]), NOW),
      'delayed',
    );
  });
  test('a milestone reported delayed is delayed', () => {
    assert.equal(commitmentStatus(commitmentWithMilestones([{ status: 'delayed', due: '2027' }]), NOW), 'delayed');
  });
  test('this month’s due is not overdue yet: started milestones make it in progress', () => {
    const c = commitmentWithMilestones([
      { status: 'completed', due: '2026-06' },
      { status: 'in-progress', due: '2026-11' },
    ]);
    assert.equal(commitmentStatus(c, NOW), 'in-progress');
  });
  test('nothing started and a start after today is not started', () => {
    const c = commitmentWithMilestones([{ status: 'not-started', due: '2027-06' }], { start: '2027-01' });
    assert.equal(commitmentStatus(c, NOW), 'not-started');
    assert.equal(commitmentStatus(buildCommitment({ start: '2026-12' }), NOW), 'not-started');
  });
  test('a start this month is not in the future', () => {
    assert.equal(commitmentStatus(buildCommitment({ start: '2026-11' }), NOW), 'unknown');
  });
  test('otherwise unknown', () => {
    assert.equal(commitmentStatus(buildCommitment(), NOW), 'unknown');
    assert.equal(
      commitmentStatus(commitmentWithMilestones([{ status: 'not-started', due: '2027' }], { start: '2026-01' }), NOW),
      'unknown',
    );
    assert.equal(commitmentStatus(commitmentWithMilestones([{ status: 'cancelled' }]), NOW), 'unknown');
  });
});

describe('isCommitmentOverdue', () => {
  test('end passed and known not done', () => {
    assert.equal(
      isCommitmentOverdue(buildCommitment({ end: '2022-06-30', reported: reported('in-progress') }), NOW),
      true,
    );
    assert.equal(
      isCommitmentOverdue(commitmentWithMilestones([{ status: 'delayed' }], { end: '2022-06-30' }), NOW),
      true,
    );
  });
  test('end passed and nobody reported on it (unknown) is not overdue', () => {
    assert.equal(isCommitmentOverdue(CL0069, NOW), false);
    assert.equal(isCommitmentOverdue(buildCommitment({ end: '2022-06-30' }), NOW), false);
  });
  test('completed or withdrawn is never overdue', () => {
    assert.equal(
      isCommitmentOverdue(buildCommitment({ end: '2022-06-30', reported: reported('completed') }), NOW),
      false,
    );
    assert.equal(
      isCommitmentOverdue(buildCommitment({ end: '2022-06-30', reported: reported('withdrawn') }), NOW),
      false,
    );
    assert.equal(isCommitmentOverdue(commitmentWithMilestones([{ status: 'completed' }], { end: '2022' }), NOW), false);
  });
  test('an end this month is not passed; no end is never overdue', () => {
    const inProgress = buildCommitment({ end: '2026-11', reported: reported('in-progress') });
    assert.equal(isCommitmentOverdue(inProgress, NOW), false);
    assert.equal(isCommitmentOverdue(inProgress, at('2026-12-01T00:00:00Z')), true);
    assert.equal(isCommitmentOverdue(buildCommitment(), NOW), false);
  });
});

describe('nextMilestone', () => {
  test('the open milestone due first, overdue ones included', () => {
    const c = commitmentWithMilestones([
      { due: '2027-03', status: 'in-progress' },
      { due: '2026-01', status: 'completed' },
      { due: '2026-10', status: 'delayed' },
      { due: '2026-09', status: 'cancelled' },
    ]);
    assert.equal(nextMilestone(c, NOW)?.id, 'M3');
  });
  test('a month sorts by its first day, before a later day of it', () => {
    const c = commitmentWithMilestones([{ due: '2027-03-15' }, { due: '2027-03' }]);
    assert.equal(nextMilestone(c, NOW)?.id, 'M2');
  });
  test('undated milestones only when no dated one is open; ties in listed order', () => {
    assert.equal(nextMilestone(commitmentWithMilestones([{}, { due: '2028' }]), NOW)?.id, 'M2');
    assert.equal(nextMilestone(commitmentWithMilestones([{}, {}]), NOW)?.id, 'M1');
    assert.equal(nextMilestone(commitmentWithMilestones([{ due: '2027' }, { due: '2027' }]), NOW)?.id, 'M1');
  });
  test('none when every milestone is done or cancelled', () => {
    assert.equal(
      nextMilestone(commitmentWithMilestones([{ status: 'completed' }, { status: 'cancelled' }]), NOW),
      undefined,
    );
    assert.equal(nextMilestone(buildCommitment(), NOW), undefined);
  });
  test('does not reorder the commitment’s own milestones', () => {
    const c = commitmentWithMilestones([{ due: '2028' }, { due: '2027' }]);
    nextMilestone(c, NOW);
    assert.deepEqual(
      c.milestones.map((m) => m.id),
      ['M1', 'M2'],
    );
  });
});

describe('commitmentTimeline', () => {
  test('start, milestones, updates and end merged in date order', () => {
    const c = commitmentWithMilestones([{ due: '2022-03', status: 'completed' }, { due: '2021-08' }, {}], {
      start: '2021-03-01',
      end: '2022-06-30',
      updates: [buildUpdate({ date: '2021-09-15' }), buildUpdate({ date: '2021-03-01' })],
    });
    const timeline = commitmentTimeline(c, NOW);
    assert.deepEqual(
      timeline.map((entry) => [entry.kind, entry.date]),
      [
        ['start', '2021-03-01'],
        ['update', '2021-03-01'],
        ['milestone', '2021-08'],
        ['update', '2021-09-15'],
        ['milestone', '2022-03'],
        ['end', '2022-06-30'],
        ['milestone', undefined],
      ],
    );
  });
  test('each milestone carries its state and position', () => {
    const c = commitmentWithMilestones([{ due: '2027-01' }, { due: '2021-08' }, { due: '2020', status: 'completed' }]);
    const milestones = commitmentTimeline(c, NOW).flatMap((entry) =>
      entry.kind === 'milestone' ? [[entry.index, entry.state]] : [],
    );
    assert.deepEqual(milestones, [
      [2, 'completed'],
      [1, 'unreported'],
      [0, 'upcoming'],
    ]);
  });
  test('a completed milestone without a due date sits at its completion date', () => {
    const c = commitmentWithMilestones([{ due: '2022-01' }, { completedOn: '2021-05' }]);
    assert.deepEqual(
      commitmentTimeline(c, NOW).map((entry) => entry.date),
      ['2021-05', '2022-01'],
    );
  });
  test('the end says whether it was missed', () => {
    const end = (c: ReturnType<typeof buildCommitment>) =>
      commitmentTimeline(c, NOW).find((entry) => entry.kind === 'end');
    assert.deepEqual(end(buildCommitment({ end: '2022-06-30', reported: reported('in-progress') })), {
      kind: 'end',
      date: '2022-06-30',
      overdue: true,
    });
    assert.deepEqual(end(buildCommitment({ end: '2022-06-30', reported: reported('completed') })), {
      kind: 'end',
      date: '2022-06-30',
      overdue: false,
    });
    // Nobody reported on CL0069: its end passed, but nobody said it was missed.
    assert.deepEqual(end(CL0069), { kind: 'end', date: '2022-06-30', overdue: false });
  });
  test('real data: CL0069’s milestones due after its end come after the end', () => {
    const timeline = commitmentTimeline(CL0069, NOW);
    assert.equal(timeline.length, 10);
    const end = timeline.findIndex((entry) => entry.kind === 'end');
    assert.deepEqual(
      timeline.slice(end + 1).map((entry) => entry.date),
      ['2022-08', '2022-12'],
    );
    assert.ok(timeline.every((entry) => entry.kind !== 'milestone' || entry.state === 'unreported'));
  });
  test('an empty commitment has an empty timeline', () => {
    assert.deepEqual(commitmentTimeline(buildCommitment(), NOW), []);
  });
});

describe('planSummary and counts', () => {
  const commitments = [
    buildCommitment({
      id: 'C1',
      values: ['access-to-information', 'civic-participation'],
      reported: reported('completed'),
    }),
    buildCommitment({
      id: 'C2',
      values: ['access-to-information', 'access-to-information'],
      reported: reported('in-progress', 40),
      end: '2025-12',
    }),
    commitmentWithMilestones([{ status: 'completed' }, { status: 'not-started', due: '2027' }], { id: 'C3' }),
    buildCommitment({ id: 'C4', end: '2026-06' }),
  ];
  const plan = buildPlan({ commitments });

  test('totals, by status with every status present, by OGP value', () => {
    const summary = planSummary(plan, NOW);
    assert.equal(summary.total, 4);
    assert.deepEqual(summary.byStatus, {
      'not-started': 0,
      'in-progress': 2,
      delayed: 0,
      completed: 1,
      withdrawn: 0,
      unknown: 1,
    });
    assert.deepEqual(summary.byValue, {
      'access-to-information': 2,
      'civic-participation': 1,
      'public-accountability': 0,
      'technology-and-innovation': 0,
    });
  });
  test('average progress over the commitments whose progress is known only', () => {
    const summary = planSummary(plan, NOW);
    assert.equal(summary.withKnownProgress, 3);
    assert.equal(summary.averageProgress, (100 + 40 + 50) / 3);
  });
  test('overdue commitments are counted; one of unknown status past its end is not', () => {
    // C2 (in progress, ended 2025-12) is; C4 (nobody reported, ended 2026-06) is not.
    assert.equal(planSummary(plan, NOW).overdue, 1);
  });
  test('an empty plan has no average, not NaN and not 0', () => {
    const summary = planSummary(buildPlan(), NOW);
    assert.equal(summary.total, 0);
    assert.equal(summary.withKnownProgress, 0);
    assert.equal('averageProgress' in summary, false);
    assert.equal(
      Object.values(summary.byStatus).reduce((a, b) => a + b, 0),
      0,
    );
  });
  test('countByStatus and countByValue on any list of commitments', () => {
    assert.equal(countByStatus([CL0069, CL0069], NOW).unknown, 2);
    assert.equal(countByStatus([CL0069, CL0069], NOW).delayed, 0);
    assert.equal(countByValue(commitments)['access-to-information'], 2);
  });
});

describe('institutionSummary', () => {
  const feed = buildFeed({
    institutions: [
      buildInstitution(),
      buildInstitution({ id: 'segpres', name: 'Ministerio Secretaría General de la Presidencia', kind: 'ministry' }),
    ],
    plans: [
      buildPlan({
        commitments: [CL0069, buildCommitment({ id: 'CL0070', lead: 'segpres', supporting: ['congreso'] })],
      }),
      buildPlan({
        id: 'AP_CHL06',
        number: 6,
        commitments: [buildCommitment({ id: 'CL0080', lead: 'congreso', reported: reported('completed') })],
      }),
    ],
  });

  test('the commitments it leads and supports, across plans, with the plan of each', () => {
    const summary = institutionSummary(feed, 'congreso', NOW);
    assert.equal(summary.institution?.kind, 'legislature');
    assert.deepEqual(
      summary.lead.map(({ commitment, plan }) => [commitment.id, plan.id]),
      [
        ['CL0069', 'AP_CHL05'],
        ['CL0080', 'AP_CHL06'],
      ],
    );
    assert.deepEqual(
      summary.supporting.map(({ commitment }) => commitment.id),
      ['CL0070'],
    );
  });
  test('the figures count the commitments it leads', () => {
    const summary = institutionSummary(feed, 'congreso', NOW);
    assert.equal(summary.total, 2);
    assert.equal(summary.byStatus.unknown, 1);
    assert.equal(summary.byStatus.completed, 1);
    assert.equal(summary.overdue, 0);
    assert.equal(summary.withKnownProgress, 1);
    assert.equal(summary.averageProgress, 100);
  });
  test('an id the feed does not know gives empty figures, not an error', () => {
    const summary = institutionSummary(feed, 'nobody', NOW);
    assert.equal(summary.institution, undefined);
    assert.equal(summary.total, 0);
    assert.deepEqual(summary.lead, []);
  });
});

describe('openAgreements', () => {
  const forum = buildForum({
    meetings: [
      buildMeeting({
        date: '2022-03-28',
        agreements: [
          buildAgreement({ id: 'A1', due: 'asap' }),
          buildAgreement({ id: 'A2', due: '2026-12', status: 'in-progress' }),
          buildAgreement({ id: 'A3', due: '2026-05', status: 'done', doneOn: '2026-04' }),
          buildAgreement({ id: 'A4', due: '2026-10' }),
        ],
      }),
      buildMeeting({
        date: '2022-05-02',
        agreements: [
          buildAgreement({ id: 'A5' }),
          buildAgreement({ id: 'A6', due: '2026-11' }),
          buildAgreement({ id: 'A7', due: '2026-02-15' }),
          buildAgreement({ id: 'A8', status: 'cancelled', due: '2020' }),
          buildAgreement({ id: 'A9', due: undefined }),
        ],
      }),
    ],
  });

  test('not done or cancelled, overdue first (oldest first), then asap, then by due date, undated last', () => {
    const open = openAgreements(forum, NOW);
    assert.deepEqual(
      open.map((entry) => entry.agreement.id),
      ['A7', 'A4', 'A1', 'A5', 'A6', 'A2', 'A9'],
    );
  });
  test('each with its meeting and flags', () => {
    const open = openAgreements(forum, NOW);
    const byId = new Map(open.map((entry) => [entry.agreement.id, entry]));
    assert.deepEqual(
      [byId.get('A7')?.overdue, byId.get('A7')?.asap, byId.get('A7')?.meeting.date],
      [true, false, '2022-05-02'],
    );
    assert.deepEqual(
      [byId.get('A1')?.overdue, byId.get('A1')?.asap, byId.get('A1')?.meeting.date],
      [false, true, '2022-03-28'],
    );
    // Due this month: not overdue until the month has ended.
    assert.equal(byId.get('A6')?.overdue, false);
    assert.equal(openAgreements(forum, at('2026-12-01T00:00:00Z')).find((e) => e.agreement.id === 'A6')?.overdue, true);
  });
  test('a forum without meetings has none', () => {
    assert.deepEqual(openAgreements(buildForum(), NOW), []);
  });
});

describe('lookups', () => {
  const feed = buildFeed({
    institutions: [
      buildInstitution(),
      buildInstitution({ id: 'cplt', name: 'Consejo para la Transparencia', kind: 'agency' }),
    ],
    plans: [
      buildPlan({ commitments: [CL0069] }),
      buildPlan({ id: 'AP_CHL06', number: 6, commitments: [buildCommitment({ id: 'CL0080' })] }),
    ],
    forums: [buildForum()],
  });

  test('plans, commitments (with their plan), institutions and forums by id', () => {
    assert.equal(findPlan(feed, 'AP_CHL06')?.number, 6);
    assert.equal(findPlan(feed, 'AP_CHL01'), undefined);
    const found = findCommitment(feed, 'CL0080');
    assert.equal(found?.commitment.id, 'CL0080');
    assert.equal(found?.plan.id, 'AP_CHL06');
    assert.equal(findCommitment(feed, 'CL9999'), undefined);
    assert.equal(findInstitution(feed, 'cplt')?.kind, 'agency');
    assert.equal(findForum(feed, 'mesa-ga')?.meetings.length, 0);
    assert.equal(findForum(feed, 'other'), undefined);
  });
  test('institutionName in the reader’s language, the raw id when unknown', () => {
    assert.equal(institutionName(feed, 'congreso', 'en'), 'National Congress of Chile');
    assert.equal(institutionName(feed, 'congreso', 'es-CL'), 'Congreso Nacional de Chile');
    assert.equal(institutionName(feed, 'cplt', 'en'), 'Consejo para la Transparencia');
    assert.equal(institutionName(feed, 'minsal', 'es'), 'minsal');
  });
  test("the feed's default language decides when the reader's is missing", () => {
    const feedEn = buildFeed({
      defaultLanguage: 'en',
      institutions: [buildInstitution({ name: { en: 'Congress', es: 'Congreso' } })],
    });
    assert.equal(institutionName(feedEn, 'congreso', 'fr'), 'Congress');
  });
});

describe("real data: nobody reported on Chile's 5th plan, and that is what it shows", () => {
  const sample = parseFeed(readFileSync(new URL('../../../examples/feeds/chile.json', import.meta.url), 'utf8'));
  const plan = sample.feed?.plans.find((p) => p.id === 'AP_CHL05');

  test('AP_CHL05: no commitment delayed or overdue, all six unknown', () => {
    assert.ok(plan);
    const summary = planSummary(plan, NOW);
    assert.equal(summary.total, 6);
    assert.equal(summary.byStatus.delayed, 0, 'milestones past due with no status are not a delay');
    assert.equal(summary.byStatus.unknown, 6);
    assert.equal(summary.overdue, 0);
  });
  test('its milestones past due (CL0069, CL0070) are unreported, none overdue', () => {
    const states = plan?.commitments.flatMap((c) => c.milestones.map((m) => milestoneState(m, NOW))) ?? [];
    assert.equal(states.length, 14);
    assert.ok(
      states.every((state) => state === 'unreported'),
      states.join(),
    );
  });
});
