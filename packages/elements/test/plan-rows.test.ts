/**
 * The plan's rows model, alone (no element): rows kept across live updates, the list the reader's
 * choices show and the filters' counts, each updated for a few changed commitments exactly as if
 * made again from scratch; the default page size is the digest's rows.
 */
import { expect } from '@open-wc/testing';
import { PLAN_DIGEST_ROWS } from '@ogp-embed/sdk';
import type { Commitment } from '@ogp-embed/sdk';
import { DEFAULT_PAGE_SIZE } from '../src/plan/digest.js';
import { FacetCounts } from '../src/plan/facets.js';
import { RowModel } from '../src/plan/rows.js';
import { FEW_CHANGES, VisibleRows, type PlanChoices } from '../src/plan/visible.js';
import { feedWith, manyCommitments, NOW } from './helpers/feeds.js';

const feed = feedWith(manyCommitments(60));
const context = { feed, locale: 'en', now: NOW };
const ANY: PlanChoices = { query: '', status: '', institution: '', value: '', theme: '', sort: 'number' };
const ids = (rows: { commitment: Commitment }[]) => rows.map((row) => row.commitment.id);

/** The plan with commitment `at` reported as `status` (a new object: what a live update brings). */
function withChange(
  commitments: Commitment[],
  at: number,
  status: 'completed' | 'delayed' | 'not-started',
): Commitment[] {
  return commitments.map((c, i) =>
    i === at ? { ...c, reported: { status, percent: status === 'completed' ? 100 : 10, asOf: '2022-03' } } : c,
  );
}

describe('plan rows model', () => {
  it('keeps the row of every commitment that is the same object, and says which changed', () => {
    const model = new RowModel();
    const commitments = feed.plans[0]!.commitments;
    const first = model.rows(commitments, context);
    expect(model.changes).to.equal(undefined);
    const second = model.rows(withChange(commitments, 7, 'completed'), context);
    expect(model.changes!.changed).to.deep.equal([7]);
    expect(second.filter((row, i) => row === first[i]).length).to.equal(59);
    expect(second[7]!.verdict).to.equal('completed');
    expect(second[7]!.progress).to.equal(100);
  });

  it('starts afresh for another language or day', () => {
    const model = new RowModel();
    const commitments = feed.plans[0]!.commitments;
    const first = model.rows(commitments, context);
    const other = model.rows(commitments, { ...context, locale: 'es' });
    expect(model.changes).to.equal(undefined);
    expect(other.some((row, i) => row === first[i])).to.equal(false);
  });

  for (const choices of [
    ANY,
    { ...ANY, sort: 'status' as const },
    { ...ANY, sort: 'progress' as const, status: 'completed' },
    { ...ANY, query: '1', sort: 'due' as const },
  ]) {
    it(`updates the shown list for a few changes as from scratch (${JSON.stringify(choices)})`, () => {
      const model = new RowModel();
      const visible = new VisibleRows();
      let commitments = feed.plans[0]!.commitments;
      visible.shown(model.rows(commitments, context), choices, 'en', model.changes);
      for (const [at, status] of [
        [3, 'completed'],
        [40, 'delayed'],
        [3, 'not-started'],
      ] as const) {
        commitments = withChange(commitments, at, status);
        const rows = model.rows(commitments, context);
        const incremental = visible.shown(rows, choices, 'en', model.changes);
        expect(ids(incremental)).to.deep.equal(
          ids(new VisibleRows().shown(new RowModel().rows(commitments, context), choices, 'en')),
        );
      }
    });
  }

  it('counts what the filters offer for a few changes as from scratch, a status appearing and going', () => {
    const model = new RowModel();
    const facets = new FacetCounts();
    const one = feedWith(manyCommitments(3)).plans[0]!.commitments;
    const before = facets.offered(model.rows(one, context), model.changes);
    const changed = withChange(one, 0, 'completed');
    const after = facets.offered(model.rows(changed, context), model.changes);
    const scratch = new FacetCounts().offered(new RowModel().rows(changed, context));
    expect(after).to.deep.equal(scratch);
    expect(after.key).not.to.equal(before.key);
    expect(after.offered.statuses).to.include('completed');
  });

  it('makes everything again when more than a few commitments changed', () => {
    const model = new RowModel();
    const visible = new VisibleRows();
    const commitments = feed.plans[0]!.commitments;
    visible.shown(model.rows(commitments, context), { ...ANY, sort: 'status' }, 'en', model.changes);
    let changed = commitments;
    for (let i = 0; i <= FEW_CHANGES; i++) changed = withChange(changed, i, 'completed');
    const shown = visible.shown(model.rows(changed, context), { ...ANY, sort: 'status' }, 'en', model.changes);
    expect(ids(shown)).to.deep.equal(
      ids(new VisibleRows().shown(new RowModel().rows(changed, context), { ...ANY, sort: 'status' }, 'en')),
    );
  });

  it("pages by the digest's rows unless told otherwise: a plan read from its digest needs nothing more for page 1", () => {
    expect(DEFAULT_PAGE_SIZE).to.equal(PLAN_DIGEST_ROWS);
  });
});
