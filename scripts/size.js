// `npm run size`: what each file of the embed weighs, and what a page with each element downloads
// through the loader, from the last build (no rebuild), against the budgets (scripts/rollup/budgets.js).
// The figures are printed here, not copied into docs: run it to see them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGETS, CHUNK_BUDGET, PAGE_BUDGETS } from './rollup/budgets.js';
import { BUILD_SOURCES, buildProblem } from './rollup/fresh-build.js';
import { pageCost } from './rollup/page-cost.js';
import { measure } from './rollup/sizes.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = join(ROOT, 'packages/elements/dist');
const LOADER_MAP = join(ROOT, '.cache/size/loader-map.json');
const ALONE = join(ROOT, '.cache/size/ogp-progress-bar.js');

const problem = buildProblem(
  [LOADER_MAP, join(DIST, 'ogp-embed.js')],
  BUILD_SOURCES.map((source) => join(ROOT, source)),
);
if (problem?.startsWith('not built')) {
  console.error(problem);
  process.exit(1);
}
if (problem) console.warn(`(${problem}: these are the last build's figures)\n`);

const sizeOf = (/** @type {string} */ path) => measure(readFileSync(path));
const files = readdirSync(DIST)
  .filter((file) => /^ogp-embed.*\.js$/.test(file))
  .sort();
/** @type {{ name: string, raw: number, gzip: number, budget?: number }[]} */
const rows = files.map((file) => ({
  name: file,
  ...sizeOf(join(DIST, file)),
  budget:
    /** @type {Record<string, number>} */ (BUDGETS)[file] ??
    (file.startsWith('ogp-embed-all-') || file.endsWith('.bundle.js') ? undefined : CHUNK_BUDGET),
}));
if (existsSync(ALONE))
  rows.push({
    name: 'ogp-progress-bar.js (alone, measured only)',
    ...sizeOf(ALONE),
    budget: BUDGETS['ogp-progress-bar.js'],
  });

const { loader, map } = JSON.parse(readFileSync(LOADER_MAP, 'utf8'));
const own = sizeOf(join(DIST, loader));
const chunk = (/** @type {string} */ file) => sizeOf(join(DIST, file));
const tags = Object.keys(map.elements);
for (const [name, wanted] of [...tags.map((tag) => [`page with <${tag}>`, [tag]]), ['page with every element', tags]]) {
  const cost = pageCost(map, /** @type {string[]} */ (wanted), (file) => chunk(file).gzip);
  const raw = cost.files.reduce((total, file) => total + chunk(file).raw, own.raw);
  rows.push({
    name: /** @type {string} */ (name),
    raw,
    gzip: own.gzip + cost.bytes,
    budget: PAGE_BUDGETS[wanted.length === 1 ? /** @type {string} */ (wanted[0]) : '*'],
  });
}

const width = Math.max(...rows.map((row) => row.name.length));
const bytes = (/** @type {number} */ n) => n.toLocaleString('en-US').padStart(9);
console.log(
  `${'file'.padEnd(width)}  ${'raw B'.padStart(9)}  ${'gzip B'.padStart(9)}  ${'budget B'.padStart(9)}  left`,
);
for (const row of rows) {
  const budget =
    row.budget === undefined
      ? ''
      : `${bytes(row.budget)}  ${row.gzip > row.budget ? 'OVER by ' : ''}${Math.abs(row.budget - row.gzip)}`;
  console.log(`${row.name.padEnd(width)}  ${bytes(row.raw)}  ${bytes(row.gzip)}  ${budget}`);
}
console.log(
  '\ngzip: Node zlib level 9; 1 KB = 1,000 bytes. A page: the loader, then what it imports (scripts/rollup/page-cost.js).',
);
