// `prepack` of a package the root build makes: a tarball packed from a missing or out-of-date
// build would ship something other than its sources, so packing stops and says what to run.
// Usage, from the package's folder: node ../../scripts/rollup/require-build.js <dist/ outputs...> <sources...>
import { resolve } from 'node:path';
import { buildProblem } from './fresh-build.js';

const paths = process.argv.slice(2);
const outputs = paths.filter((path) => path.startsWith('dist/'));
const sources = paths.filter((path) => !path.startsWith('dist/'));
const problem = buildProblem(
  outputs.map((path) => resolve(path)),
  sources.map((path) => resolve(path)),
);
if (problem) {
  console.error(`${process.env.npm_package_name ?? 'this package'}: ${problem} (at the repository's root)`);
  process.exit(1);
}
