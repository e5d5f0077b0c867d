import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  bestKnown,
  commitmentProgress,
  findCommitment,
  findPlan,
  endedOn,
  irmVerdict,
  LABELS,
  parseFeed,
  VERDICT_KEYS,
  verdictLabel,
  verdictsDisagree,
  verdictSummary,
} from '@ogp-embed/sdk';
import type { CommitmentStatus, IrmAssessment, IrmVerdict } from '@ogp-embed/sdk';
import { buildCommitment, buildMilestone, buildPlan } from './helpers/feed-builders.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const reported = (status: CommitmentStatus) => ({ status, asOf: '2022-06' });
const irm = (assessment: IrmAssessment) => buildCommitment({ irm: assessment });

describe('irmVerdict', () => {
  test('completion at the end of term wins over mid-term, over early results, over "did it open government"', () => {
    const all: IrmAssessment = {
      completionMidTerm: 'limited',
      completionEndOfTerm: 'substantial',
      earlyResults: 'marginal',
      didItOpenGovernment: 'major',
    };
    assert.deepEqual(irmVerdict(all), { source: 'irm', key: 'irmCompletion:substantial', term: 'end-of-term' });
    const { completionEndOfTerm: _end, ...midTerm } = all;
    assert.deepEqual(irmVerdict(midTerm), { source: 'irm', key: 'irmCompletion:limited', term: 'mid-term' });
    assert.equal(
      irmVerdict({ earlyResults: 'marginal', didItOpenGovernment: 'major' })?.key,
      'irmEarlyResults:marginal',
    );
    assert.equal(irmVerdict({ didItOpenGovernment: 'major' })?.key, 'irmDidItOpenGovernment:major');
  });

  test('keeps the report link, as given', () => {
    const url = 'https://www.opengovpartnership.org/documents/chile-results-report-2020-2022/';
    assert.equal(irmVerdict({ completionEndOfTerm: 'limited', reportUrl: url })?.reportUrl, url);
  });

  test('a design-only assessment, or none, says nothing of what was achieved', () => {
    assert.equal(irmVerdict(undefined), undefined);
    assert.equal(
      irmVerdict({ verifiable: true, relevant: true, potentialForResults: 'substantial', specificity: 'high' }),
      undefined,
    );
  });

  test('a rating this SDK does not know (a newer feed) is passed over, not guessed', () => {
    assert.equal(
      irmVerdict({ completionEndOfTerm: 'mostly' as never, earlyResults: 'marginal' })?.key,
      'irmEarlyResults:marginal',
    );
  });
});

describe('bestKnown', () => {
  test("the government's report comes first", () => {
    const c = buildCommitment({ reported: reported('in-progress'), irm: { completionEndOfTerm: 'substantial' } });
    assert.deepEqual(bestKnown(c, NOW), { verdict: { source: 'government', key: 'in-progress' } });
  });

  test('so do statuses its milestones report', () => {
    const c = buildCommitment({
      milestones: [buildMilestone({ status: 'completed' })],
      irm: { completionEndOfTerm: 'complete' },
    });
    assert.deepEqual(bestKnown(c, NOW).verdict, { source: 'government', key: 'completed' });
  });

  test("else the IRM's verdict, in its own scale, and the progress stays unknown (never a percent made up)", () => {
    const c = irm({ completionEndOfTerm: 'limited', reportUrl: 'https://example.org/irm.pdf' });
    assert.deepEqual(bestKnown(c, NOW), {
      verdict: {
        source: 'irm',
        key: 'irmCompletion:limited',
        term: 'end-of-term',
        reportUrl: 'https://example.org/irm.pdf',
      },
    });
    assert.deepEqual(commitmentProgress(c), { kind: 'unknown' });
  });

  test('unknown only when neither said anything', () => {
    assert.deepEqual(bestKnown(buildCommitment(), NOW).verdict, { source: 'unknown', key: 'unknown' });
    assert.deepEqual(bestKnown(irm({ verifiable: true }), NOW).verdict, { source: 'unknown', key: 'unknown' });
  });

  test('both, side by side, when the IRM contradicts the report ("completed" against "limited")', () => {
    const c = buildCommitment({ reported: reported('completed'), irm: { completionEndOfTerm: 'limited' } });
    assert.deepEqual(bestKnown(c, NOW), {
      verdict: { source: 'government', key: 'completed' },
      disagreement: { source: 'irm', key: 'irmCompletion:limited', term: 'end-of-term' },
    });
  });
});

describe('verdictsDisagree', () => {
  const completion = (rating: string, term: IrmVerdict['term'] = 'end-of-term') =>
    ({ source: 'irm', key: `irmCompletion:${rating}`, term }) as IrmVerdict;

  test('agree when both say the same extent of work', () => {
    assert.equal(verdictsDisagree('completed', completion('complete')), false);
    assert.equal(verdictsDisagree('in-progress', completion('limited')), false);
    assert.equal(verdictsDisagree('delayed', completion('substantial')), false);
    assert.equal(verdictsDisagree('not-started', completion('not-started')), false);
    assert.equal(verdictsDisagree('withdrawn', completion('withdrawn')), false);
  });

  test('disagree when they do not', () => {
    assert.equal(verdictsDisagree('completed', completion('limited')), true);
    assert.equal(verdictsDisagree('not-started', completion('substantial')), true);
    assert.equal(verdictsDisagree('in-progress', completion('complete')), true);
    assert.equal(verdictsDisagree('withdrawn', completion('limited')), true);
  });

  test('a mid-term rating behind a later report is not a contradiction; ahead of it, it is', () => {
    assert.equal(verdictsDisagree('completed', completion('limited', 'mid-term')), false);
    assert.equal(verdictsDisagree('not-started', completion('limited', 'mid-term')), true);
  });

  test('an unclear rating, or early results, say nothing about completion', () => {
    assert.equal(verdictsDisagree('completed', completion('unclear')), false);
    assert.equal(
      verdictsDisagree('completed', { source: 'irm', key: 'irmEarlyResults:marginal', term: 'end-of-term' }),
      false,
    );
  });
});

describe('endedOn', () => {
  const plan = (phase: 'implementation' | 'closed') => buildPlan({ phase, period: { start: '2020', end: '2022' } });
  test('its end date once past; else the end of its closed plan; undefined while it runs', () => {
    assert.equal(endedOn(buildCommitment({ end: '2022-06-30' }), NOW), '2022-06-30');
    assert.equal(endedOn(buildCommitment({ end: '2022-06-30' }), NOW, plan('closed')), '2022-06-30');
    assert.equal(endedOn(buildCommitment({ end: '2026-11' }), NOW), undefined, 'the end month is not over yet');
    assert.equal(endedOn(buildCommitment({ end: '2027-06' }), NOW, plan('closed')), '2022');
    assert.equal(endedOn(buildCommitment(), NOW, plan('closed')), '2022');
    assert.equal(endedOn(buildCommitment({ end: '2027-06' }), NOW, plan('implementation')), undefined);
    assert.equal(endedOn(buildCommitment(), NOW), undefined, 'no end date, no plan: not known to be over');
  });
});

describe('verdictSummary', () => {
  test('counts by best-known verdict and by source, in VERDICT_KEYS order', () => {
    const commitments = [
      buildCommitment({ reported: reported('completed'), irm: { completionEndOfTerm: 'limited' } }),
      irm({ completionEndOfTerm: 'substantial' }),
      irm({ completionEndOfTerm: 'limited' }),
      irm({ completionEndOfTerm: 'substantial' }),
      buildCommitment(),
      irm({ verifiable: true }),
    ];
    const summary = verdictSummary(commitments, NOW);
    assert.equal(summary.total, 6);
    assert.deepEqual(summary.counts, [
      { key: 'completed', source: 'government', count: 1 },
      { key: 'irmCompletion:limited', source: 'irm', count: 1 },
      { key: 'irmCompletion:substantial', source: 'irm', count: 2 },
      { key: 'unknown', source: 'unknown', count: 2 },
    ]);
    assert.deepEqual(summary.bySource, { government: 1, irm: 3, unknown: 2 });
    assert.equal(summary.disagreements, 1);
  });

  test('VERDICT_KEYS lists every key once: statuses, the IRM scales, unknown last', () => {
    assert.equal(new Set(VERDICT_KEYS).size, VERDICT_KEYS.length);
    assert.equal(VERDICT_KEYS[0], 'not-started');
    assert.equal(VERDICT_KEYS.at(-1), 'unknown');
    assert.equal(VERDICT_KEYS.length, 5 + 6 + 4 + 5 + 1);
  });
});

describe('verdictLabel', () => {
  const limited: IrmVerdict = { source: 'irm', key: 'irmCompletion:limited', term: 'end-of-term' };

  test("names the IRM and the report's term, in the scale's words", () => {
    assert.equal(verdictLabel(limited, LABELS.es), 'Cumplimiento limitado (MRI, fin del plan)');
    assert.equal(verdictLabel(limited, LABELS.en), 'Limited completion (IRM, end of term)');
    assert.equal(
      verdictLabel({ ...limited, term: 'mid-term' }, LABELS.es),
      'Cumplimiento limitado (MRI, medio término)',
    );
    assert.equal(
      verdictLabel({ ...limited, key: 'irmEarlyResults:marginal' }, LABELS.en),
      'Marginal early results (IRM, end of term)',
    );
  });

  test('a roll-up line, whose reports may be of either term, names the IRM alone', () => {
    assert.equal(
      verdictLabel({ source: 'irm', key: 'irmCompletion:substantial' }, LABELS.es),
      'Cumplimiento sustancial (MRI)',
    );
    assert.equal(
      verdictLabel({ source: 'irm', key: 'irmCompletion:substantial' }, LABELS.en),
      'Substantial completion (IRM)',
    );
  });

  test("the government's status and unknown as the status labels say them", () => {
    assert.equal(verdictLabel({ source: 'government', key: 'completed' }, LABELS.es), 'Cumplido');
    assert.equal(verdictLabel({ source: 'unknown', key: 'unknown' }, LABELS.en), 'No information');
  });

  test('every IRM verdict key has words in each language', () => {
    for (const lang of ['es', 'en'] as const) {
      for (const key of VERDICT_KEYS.filter((k) => k.startsWith('irm'))) {
        assert.ok((LABELS[lang].irmVerdict as Record<string, string>)[key]?.trim(), `${lang}: ${key}`);
      }
    }
  });
});

describe("Chile's sample (examples/feeds/chile.json)", () => {
  const parsed = parseFeed(readFileSync(new URL('../../../examples/feeds/chile.json', import.meta.url), 'utf8'), {
    mode: 'lenient',
  });
  const feed = parsed.feed!;

  test("the 5th plan: the IRM's verdicts wherever the feed has them, unknown only for the commitment with neither", () => {
    const plan = findPlan(feed, 'AP_CHL05')!;
    const summary = verdictSummary(plan.commitments, NOW);
    assert.deepEqual(summary.bySource, { government: 0, irm: 5, unknown: 1 });
    for (const c of plan.commitments) {
      const { verdict } = bestKnown(c, NOW);
      assert.equal(verdict.source === 'unknown', !c.reported && !irmVerdict(c.irm), c.id);
    }
  });

  test('CL0069: limited completion at the end of term, by the IRM', () => {
    const { commitment } = findCommitment(feed, 'CL0069')!;
    const { verdict } = bestKnown(commitment, NOW);
    assert.equal(verdictLabel(verdict, LABELS.en), 'Limited completion (IRM, end of term)');
  });
});
