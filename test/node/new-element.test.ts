/**
 * `npm run new-element`: on a copy of the files it edits, it writes an element (a plain one and a
 * data one) that typechecks with its story, registers it in every list the repository keeps, and
 * refuses a taken or invalid name without changing anything.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { newElement, NewElementError } from '../../scripts/new-element.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = join(REPO, 'scripts/new-element.ts');
/** What the script reads and edits. */
const COPIED = [
  'packages/elements/src',
  'stories',
  'scripts/rollup/budgets.js',
  'packages/wordpress/ogp-embed/includes/kinds.php',
  'packages/wordpress/ogp-embed/blocks',
  'examples/feeds/chile.json', // the stories' sample
];

// Inside the repository (scripts/tmp is ignored by git and by tsconfig.json), so that lit, the
// SDK and Storybook's types resolve from its node_modules as they do for the real files.
mkdirSync(join(REPO, 'scripts/tmp'), { recursive: true });
const root = mkdtempSync(join(REPO, 'scripts/tmp/new-element-'));

before(() => {
  for (const path of COPIED) cpSync(join(REPO, path), join(root, path), { recursive: true });
});
after(() => rmSync(root, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', SCRIPT, ...args, '--root', root], {
    cwd: REPO,
    encoding: 'utf8',
  });
const read = (path: string) => readFileSync(join(root, path), 'utf8');
/** The repository's own copies of what the script edits, to check that `--root` kept it away from them. */
const ownFiles = () =>
  [
    'packages/elements/src/define-all.ts',
    'packages/elements/src/index.ts',
    'packages/elements/src/i18n/en.ts',
    'scripts/rollup/budgets.js',
  ]
    .map((path) => readFileSync(join(REPO, path), 'utf8'))
    .join('\0');
const REPO_FILES = ownFiles();
const snapshot = () =>
  COPIED.filter((path) => path.endsWith('.js') || path.endsWith('.php'))
    .map(read)
    .join('\0') + read('packages/elements/src/define-all.ts');

test('writes a plain element and a data element that typecheck, and registers them everywhere', () => {
  const plain = run('gauge-dial');
  assert.equal(plain.status, 0, plain.stderr);
  assert.match(plain.stdout, /packages\/elements\/src\/gauge-dial\/gauge-dial\.ts/);
  assert.match(plain.stdout, /What you fill in next/);
  // The same function in-process (a process costs seconds here).
  const data = newElement({ name: 'ogp-budget-chart', data: true, root });
  assert.deepEqual(data.written.sort(), [
    'packages/elements/src/budget-chart/budget-chart.styles.ts',
    'packages/elements/src/budget-chart/budget-chart.ts',
    'packages/elements/src/budget-chart/define.ts',
    'packages/wordpress/ogp-embed/blocks/budget-chart/block.json',
    'stories/budget-chart.stories.ts',
  ]);

  assert.match(read('packages/elements/src/gauge-dial/gauge-dial.ts'), /export class OgpGaugeDial extends OgpElement /);
  assert.match(
    read('packages/elements/src/budget-chart/budget-chart.ts'),
    /export class OgpBudgetChart extends OgpDataElement<Commitment>/,
  );
  assert.match(
    read('packages/elements/src/budget-chart/define.ts'),
    /customElements\.define\('ogp-budget-chart', OgpBudgetChart\)/,
  );
  assert.match(
    read('packages/elements/src/define-all.ts'),
    /import '\.\/gauge-dial\/define\.js';\nimport '\.\/budget-chart\/define\.js';\n$/,
  );
  assert.match(
    read('packages/elements/src/index.ts'),
    /export \{ OgpBudgetChart \} from '\.\/budget-chart\/budget-chart\.js';/,
  );
  for (const lang of ['en', 'es', 'pt', 'fr'])
    assert.match(read(`packages/elements/src/i18n/${lang}.ts`), /budgetChart: \{\n {4}label: 'Budget chart',/);
  assert.match(
    read('scripts/rollup/budgets.js'),
    /'ogp-gauge-dial': [\d.]+ \* KB,[\s\S]*'ogp-budget-chart': [\d.]+ \* KB,\n {2}'\*'/,
  );
  // Only the data element reads a feed: a slice, a skeleton's space, a WordPress kind and block.
  assert.match(read('packages/elements/src/shared/data-slices.ts'), /'ogp-budget-chart': commitmentSlice,\n\};/);
  assert.doesNotMatch(read('packages/elements/src/shared/data-slices.ts'), /gauge-dial/);
  assert.match(read('packages/elements/src/loader/loader.ts'), /'ogp-budget-chart': '10rem',\n\};/);
  assert.match(read('packages/elements/src/budget-chart/budget-chart.styles.ts'), /--_skeleton-height: 10rem;/);
  assert.match(
    read('packages/wordpress/ogp-embed/includes/kinds.php'),
    /\t\t'budget-chart' => array\(\n\t\t\t'tag' +=> 'ogp-budget-chart',[\s\S]*?\t\t\),\n\t\);\n\}/,
  );
  assert.equal(
    JSON.parse(read('packages/wordpress/ogp-embed/blocks/budget-chart/block.json')).name,
    'ogp-embed/budget-chart',
  );

  // The new files, the tables they were added to and the stories typecheck with the repository's settings.
  const src = 'packages/elements/src';
  writeFileSync(
    join(root, 'tsconfig.json'),
    JSON.stringify({
      extends: join(REPO, 'tsconfig.json'),
      compilerOptions: {
        baseUrl: '.',
        paths: { '@ogp-embed/elements/*': [`./${src}/*/define.ts`] },
        incremental: false,
      },
      // Not the whole package (a minute on two busy cores): what the script wrote and edited.
      files: [
        `${src}/gauge-dial/define.ts`,
        `${src}/budget-chart/define.ts`,
        `${src}/shared/data-slices.ts`,
        ...['en', 'es', 'pt', 'fr'].map((lang) => `${src}/i18n/${lang}.ts`),
        'stories/gauge-dial.stories.ts',
        'stories/budget-chart.stories.ts',
      ],
      include: [],
    }),
  );
  const tsc = spawnSync(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', root, '--noEmit'], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
});

test('refuses a taken name and an invalid tag, and changes nothing', () => {
  const before = snapshot();
  for (const [name, why] of [
    ['plan', /already exists/],
    ['ogp-timeline', /already exists/],
    ['Budget', /not a valid element name/],
    ['budget--chart', /not a valid element name/],
    ['2-budget', /not a valid element name/],
    ['budget_chart', /not a valid element name/],
  ] as const) {
    assert.throws(
      () => newElement({ name, data: true, root }),
      (error: Error) => error instanceof NewElementError && why.test(error.message),
      name,
    );
  }
  const refused = run('Budget');
  assert.equal(refused.status, 1, refused.stdout);
  assert.match(refused.stderr, /^new-element: "Budget" is not a valid element name/);
  assert.equal(snapshot(), before);
  assert.ok(!existsSync(join(root, 'packages/elements/src/Budget')));
  // The repository itself was not touched: only the copy under --root.
  assert.equal(ownFiles(), REPO_FILES);
  assert.ok(!existsSync(join(REPO, 'packages/elements/src/budget-chart')));
});
