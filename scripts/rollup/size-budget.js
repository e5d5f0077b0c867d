// Prints raw and gzip sizes of every chunk written, and fails the build when one passes its gzip
// budget, saying which packages and modules weigh what. `sizeBudget` is an output plugin placed
// after minification, so it measures what a page downloads; `enforceBudgets` goes in the last
// build, so that one run writes every file and reports every budget passed, then fails.
import { moduleReport } from './module-report.js';
import { measure, sizeRow, SIZE_HEADER } from './sizes.js';

let headerPrinted = false;
/** @type {string[]} */
const passed = [];

/**
 * @param {{ budgets?: Record<string, number> }} [options] gzip bytes by output file name
 * @returns {import('rollup').Plugin}
 */
export function sizeBudget({ budgets = {} } = {}) {
  return {
    name: 'ogp-size-budget',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const { raw, gzip } = measure(chunk.code);
        const budget = budgets[chunk.fileName];
        if (!headerPrinted) {
          console.log(`\n${SIZE_HEADER}`);
          headerPrinted = true;
        }
        console.log(sizeRow({ file: chunk.fileName, raw, gzip, budget }));
        if (process.env.OGP_ANALYZE) console.log(`\n${moduleReport(chunk, (id) => this.getModuleInfo(id))}\n`);
        if (budget !== undefined && gzip > budget) {
          passed.push(`${chunk.fileName} is ${gzip} B gzipped, over its budget of ${budget} B.\n${moduleReport(chunk, (id) => this.getModuleInfo(id))}`);
        }
      }
    },
  };
}

/** @returns {import('rollup').Plugin} */
export function enforceBudgets() {
  return {
    name: 'ogp-enforce-budgets',
    closeBundle() {
      if (passed.length > 0) this.error(`size budget passed:\n\n${passed.join('\n\n')}`);
    },
  };
}
