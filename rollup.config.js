// The one build of ogp-embed (`rollup -c`; docs/bundles.md explains each output):
// 1. each package as ES modules, one file per source module, with `.d.ts` beside them;
// 2. the embed: Lit, the SDK and every element in one minified file, as an ES module and as a
//    classic script, checked against its size budget;
// 3. `<ogp-progress-bar>` alone, only to check its size budget;
// 4. the WordPress plugin's zip, with every file the embed builds wrote (scripts/rollup/wordpress-plugin.js).
// Entries come from each package's `exports` map, so a new element needs no change here.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { alongside } from './scripts/rollup/alongside.js';
import { languageChunkPath, languagesFromChunks, LANGUAGE_CHUNK_NAMES } from './scripts/rollup/language-chunks.js';
import { BUDGETS } from './scripts/rollup/budgets.js';
import { minifyCssLiterals } from './scripts/rollup/minify-css-literals.js';
import { minifyHtmlLiterals } from './scripts/rollup/minify-html-literals.js';
import { sourceEntries } from './scripts/rollup/package-entries.js';
import { enforceBudgets, sizeBudget } from './scripts/rollup/size-budget.js';
import { wordpressPlugin } from './scripts/rollup/wordpress-plugin.js';

const require = createRequire(import.meta.url);
const TSC = require.resolve('typescript/bin/tsc');
const CEM = require.resolve('@custom-elements-manifest/analyzer/cem.js');
const TARGET = 'es2022';

/** Readable ES modules for npm; the user's bundler minifies. Every bare import stays external. */
function packageModules(dir, tools = []) {
  const { entries, missing } = sourceEntries(dir);
  if (entries.length === 0) return [];
  return {
    input: entries,
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
    plugins: [esbuild({ target: TARGET }), ...tools, warnMissing(dir, missing)],
    output: {
      dir: `${dir}/dist`,
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: `${dir}/src`,
      sourcemap: true,
      // The sources ship beside dist (the `source` export condition names them): maps point there.
      sourcemapExcludeSources: true,
    },
  };
}

/** `.d.ts` beside the modules, by tsc with the package's own tsconfig.build.json. */
function declarations(dir) {
  return alongside(`${dir} declarations`, {
    command: process.execPath,
    args: [TSC, '-p', `${dir}/tsconfig.build.json`],
    cwd: '.',
  });
}

const customElementsManifest = alongside('custom-elements.json', {
  command: process.execPath,
  args: [CEM, 'analyze', '--litelement', '--quiet'],
  cwd: 'packages/elements',
});

/** An exports target with no file yet is reported, not fatal: the pack test fails on it. */
function warnMissing(dir, missing) {
  return {
    name: 'ogp-warn-missing',
    buildStart() {
      for (const target of missing) this.warn(`${dir}/package.json exports ${target}, which matches no file`);
    },
  };
}

/** Lit (production build) and the SDK: everything in one file, minified, CSS and markup too. ky and zod stay out:
 * the elements' shared clients use the SDK's fetch transport, and parseFeed the validator generated
 * from the zod schemas (see docs/bundles.md). */
function selfContained(input, outputs, { languageChunks = false } = {}) {
  if (!existsSync(input)) return [];
  return {
    input,
    plugins: [
      // Languages: written as chunks by the ES embed, imported from those chunks by the others.
      ...(languageChunks ? [] : [languagesFromChunks()]),
      // `source` so workspace packages come from their TypeScript; never `development`.
      nodeResolve({ exportConditions: ['source', 'browser'], extensions: ['.ts', '.js'] }),
      esbuild({ target: TARGET }),
      minifyCssLiterals(),
      minifyHtmlLiterals(),
    ],
    onwarn: quietAboutDependencies,
    output: outputs.map((output) => ({
      ...output,
      ...(languageChunks ? { chunkFileNames: LANGUAGE_CHUNK_NAMES } : { paths: languageChunkPath }),
      banner: BANNER,
      plugins: [terser({ compress: { passes: 2 }, format: { comments: /^!/ } }), sizeBudget({ budgets: BUDGETS })],
    })),
  };
}

/** A dependency's comments that rollup cannot read, and its import cycles, are its business, not ours. */
function quietAboutDependencies(warning, warn) {
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/')) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('/node_modules/'))) return;
  warn(warning);
}

const version = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;
const { version: ownVersion } = JSON.parse(readFileSync('packages/elements/package.json', 'utf8'));
// Short, and kept by terser (`/*!`): whose code is in the file and under which license.
const BANNER =
  `/*! ogp-embed ${ownVersion} (MIT) | bundles Lit ${version('lit')} (BSD-3-Clause) */`;

const EMBED_ENTRY = 'packages/elements/src/embed.ts';
const WORDPRESS_ZIP = wordpressPlugin({ pluginDir: 'packages/wordpress/ogp-embed', zip: 'packages/wordpress/dist/ogp-embed.zip' });

export default () => {
  for (const dir of ['packages/sdk/dist', 'packages/elements/dist']) rmSync(dir, { recursive: true, force: true });
  const builds = [
    packageModules('packages/sdk', [declarations('packages/sdk')]),
    packageModules('packages/elements', [declarations('packages/elements'), customElementsManifest]),
    selfContained(EMBED_ENTRY, [
      { dir: 'packages/elements/dist', entryFileNames: 'ogp-embed.js', format: 'es' },
    ], { languageChunks: true }),
    selfContained(EMBED_ENTRY, [
      { file: 'packages/elements/dist/ogp-embed.iife.js', format: 'iife', name: 'OgpEmbed' },
    ]),
    selfContained('packages/elements/src/progress-bar/define.ts', [
      { file: '.cache/size/ogp-progress-bar.js', format: 'es' },
    ]),
  ].flat();
  // Every embed build (the ES entry with its language chunks, the classic script) goes into the zip.
  for (const build of builds.filter((b) => b.input === EMBED_ENTRY)) build.plugins.push(WORDPRESS_ZIP.part());
  builds.at(-1)?.plugins.push(enforceBudgets());
  return builds;
};
