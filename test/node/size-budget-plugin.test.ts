/**
 * The size-budget plugins of the build, run by rollup on a small module: a file over its budget
 * fails the build with a report; the same file back under budget in a later build (a watch
 * rebuild, in the same process) passes again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup, type Plugin } from 'rollup';

// Plain JavaScript without types, as the build config that uses it.
const { enforceBudgets, sizeBudget } = (await import(
  String(new URL('../../scripts/rollup/size-budget.js', import.meta.url))
)) as {
  enforceBudgets: () => Plugin;
  sizeBudget: (options: { budgets: Record<string, number> }) => Plugin;
};

const ENTRY = '\0budget-entry.js';
// Random text compresses badly: a few hundred bytes gzipped.
const CODE = `export const noise = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => ((i * 7919) % 97).toString(36)).join(''))};`;

/** One build of the module, as the last build of a run: resolves, or rejects with the budget error. */
async function buildWithBudget(budget: number): Promise<void> {
  const bundle = await rollup({
    input: ENTRY,
    plugins: [
      { name: 'entry', resolveId: (id) => (id === ENTRY ? id : null), load: (id) => (id === ENTRY ? CODE : null) },
      enforceBudgets(),
    ],
  });
  await bundle.generate({
    format: 'es',
    entryFileNames: 'budget-test.js',
    plugins: [sizeBudget({ budgets: { 'budget-test.js': budget } })],
  });
  await bundle.close();
}

test('over budget fails with the file named; back under budget, the next build passes', async (t) => {
  t.mock.method(console, 'log', () => undefined);
  await assert.rejects(
    buildWithBudget(20),
    /size budget exceeded or missing:\s+budget-test\.js is \d+ B gzipped, over its budget of 20 B/,
  );
  await buildWithBudget(100_000);
  await assert.rejects(buildWithBudget(20), /budget-test\.js/);
  await buildWithBudget(100_000);
});

test('a page of an element with no budget fails the build, naming the element and where its budget goes', async (t) => {
  t.mock.method(console, 'log', () => undefined);
  const { pageBudgets } = (await import(
    String(new URL('../../scripts/rollup/element-chunks.js', import.meta.url))
  )) as {
    pageBudgets: (manifest: unknown, budgets: Record<string, number>, mapFile: string) => Plugin;
  };
  const manifest = {
    chunks: new Map([
      ['ogp-embed-new-x.js', { bytes: 500, raw: 900, imports: [] }],
      ['ogp-embed-all-x.js', { bytes: 900, raw: 2000, imports: [] }],
    ]),
    elements: { 'ogp-new': 'ogp-embed-new-x.js' },
    all: 'ogp-embed-all-x.js',
    prefetch: 'ogp-embed-all-x.js',
  };
  const dir = mkdtempSync(join(tmpdir(), 'ogp-budget-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const build = async (budgets: Record<string, number>) => {
    const bundle = await rollup({
      input: ENTRY,
      plugins: [
        { name: 'entry', resolveId: (id) => (id === ENTRY ? id : null), load: (id) => (id === ENTRY ? CODE : null) },
        enforceBudgets(),
      ],
    });
    await bundle.generate({ format: 'es', plugins: [pageBudgets(manifest, budgets, join(dir, 'map.json'))] });
    await bundle.close();
  };
  await assert.rejects(
    build({ '*': 100_000 }),
    /page with <ogp-new> \(\d+ B gzipped\) has no budget: add one to PAGE_BUDGETS in scripts\/rollup\/budgets\.js/,
  );
  await build({ '*': 100_000, 'ogp-new': 100_000 });
});
