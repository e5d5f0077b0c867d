// Prints raw and gzip sizes of every chunk written, and fails the build when one exceeds its gzip
// budget, saying which packages and modules weigh what. `sizeBudget` is an output plugin placed
// after minification, so it measures what a page downloads; `enforceBudgets` goes in the last
// build, so that one run writes every file and reports every budget exceeded, then fails.
import { moduleReport } from './module-report.js';
import { measure, sizeRow, SIZE_HEADER } from './sizes.js';

let headerPrinted = false;
/**
 * The files over their budget, by file name, with the report of each. Shared by the builds of one
 * run (only the last enforces); each write of a file replaces its entry, so in watch mode a file
 * brought back under budget stops failing the rebuilds, and one not rebuilt keeps its verdict.
 * @type {Map<string, string>}
 */
const overBudget = new Map();

/**
 * Prints a row of the size table and records (or clears) the file's exceeded budget.
 * @param {string} name
 * @param {{ raw: number, gzip: number }} size
 * @param {number | undefined} budget
 * @param {() => string} [why] what weighs what, for the failure message
 */
export function checkSize(name, { raw, gzip }, budget, why = () => '') {
  if (!headerPrinted) {
    console.log(`\n${SIZE_HEADER}`);
    headerPrinted = true;
  }
  console.log(sizeRow({ file: name, raw, gzip, budget }));
  if (budget !== undefined && gzip > budget)
    overBudget.set(name, `${name} is ${gzip} B gzipped, over its budget of ${budget} B.\n${why()}`);
  else overBudget.delete(name);
}

/**
 * Prints the row of a file that must have a budget and has none, and fails the build for it: a new
 * element's page is budgeted when it is added, not once it has grown.
 * @param {string} name
 * @param {{ raw: number, gzip: number }} size
 * @param {string} where where the budget goes
 */
export function missingBudget(name, size, where) {
  checkSize(name, size, undefined);
  overBudget.set(name, `${name} (${size.gzip} B gzipped) has no budget: add one to ${where}.`);
}

/**
 * @param {{ budgets?: Record<string, number>, ceiling?: number }} [options] gzip bytes by output
 *   file name, and for any other file
 * @returns {import('rollup').Plugin}
 */
export function sizeBudget({ budgets = {}, ceiling } = {}) {
  return {
    name: 'ogp-size-budget',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const report = () => moduleReport(chunk, (id) => this.getModuleInfo(id));
        checkSize(chunk.fileName, measure(chunk.code), budgets[chunk.fileName] ?? ceiling, report);
        if (process.env.OGP_ANALYZE) console.log(`\n${report()}\n`);
      }
    },
  };
}

/** @returns {import('rollup').Plugin} */
export function enforceBudgets() {
  return {
    name: 'ogp-enforce-budgets',
    closeBundle() {
      if (overBudget.size > 0)
        this.error(`size budget exceeded or missing:\n\n${[...overBudget.values()].join('\n\n')}`);
    },
  };
}
