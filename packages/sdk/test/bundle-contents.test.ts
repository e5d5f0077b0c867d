/**
 * What a page pays for each part of the SDK: bundles a few imports from the SDK's sources with
 * rollup, as the embed is built (esbuild keeps zod's compiler that rollup drops, so it would
 * measure something else), and checks which dependencies keep code inside. The embed's size
 * budget depends on these: ky and zod must stay out of what the elements use (parseFeed checks
 * feeds with the validator generated from the zod schemas), and out of the formatting and derived
 * figures (the progress bar alone has an 8 KB budget).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

const SDK_DIR = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = '\0entry.js';

/** The modules that kept code in a bundle of `imports` from `entry` (the embed's resolution). */
async function bundledFiles(imports: string, entry = '@ogp-embed/sdk'): Promise<string[]> {
  const bundle = await rollup({
    input: ENTRY,
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === ENTRY ? ENTRY : null),
        load: (id) => (id === ENTRY ? `export { ${imports} } from '${entry}';` : null),
      },
      nodeResolve({ exportConditions: ['source', 'browser'], extensions: ['.ts', '.js'], rootDir: SDK_DIR }),
      esbuild({ target: 'es2022' }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return Object.entries(output[0].modules)
    .filter(([, module]) => module.renderedLength > 0)
    .map(([path]) => path.replaceAll('\\', '/'));
}
const KY = /node_modules\/ky\//;
const ZOD = /node_modules\/zod\//;
const ZOD_COMPILER = /node_modules\/zod\/v4\/core\/compile\.js$/;
const STORAGE = /\/client\/persistent-cache\.ts$/;

test('what the elements use (the shared client, parsing) holds neither ky nor zod', async () => {
  const files = await bundledFiles('getSharedClient, parseFeed');
  assert.ok(
    files.some((file) => file.endsWith('/check/feed-validator.ts')),
    'the generated validator checks the feed',
  );
  assert.deepEqual(
    files.filter((file) => KY.test(file) || ZOD.test(file)),
    [],
  );
});

test("the elements' own entry to the shared client holds no storage support, getSharedClient does", async () => {
  const files = await bundledFiles('getDefaultSharedClient', '@ogp-embed/sdk/internal');
  assert.ok(files.some((file) => file.endsWith('/client/live-feed-client.ts')));
  assert.deepEqual(
    files.filter((file) => STORAGE.test(file) || KY.test(file) || ZOD.test(file)),
    [],
  );
  assert.ok((await bundledFiles('getSharedClient')).some((file) => STORAGE.test(file)));
});

test('formatting, labels and derived figures (what <ogp-progress-bar> uses) hold no zod and no ky', async () => {
  const files = await bundledFiles(
    'AS_SOON_AS_POSSIBLE, OGP_VALUES, formatPercent, formatPartialDate, formatNumber, formatDateTime, label, LABELS, ' +
      'pickLanguage, resolveText, commitmentProgress, commitmentStatus, milestoneState, commitmentTimeline, ' +
      'summarize, institutionSummary, openAgreements, institutionName, isOgpError',
  );
  assert.ok(files.some((file) => file.endsWith('/dates/format.ts')));
  assert.deepEqual(
    files.filter((file) => ZOD.test(file) || KY.test(file)),
    [],
  );
});

test('createClient brings ky, the schemas bring zod, parseFeedCompiled its compiler (so the checks above can fail)', async () => {
  assert.ok((await bundledFiles('createClient')).some((file) => KY.test(file)));
  assert.ok((await bundledFiles('Feed')).some((file) => ZOD.test(file)));
  assert.ok(
    (await bundledFiles('parseFeedCompiled', `${SDK_DIR}test/helpers/parse-feed-compiled.ts`)).some((file) =>
      ZOD_COMPILER.test(file),
    ),
  );
});
