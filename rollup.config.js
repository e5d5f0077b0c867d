// The one build of ogp-embed (`rollup -c`; docs/bundles.md explains each output):
// 1. each package as ES modules, one file per source module, with `.d.ts` beside them;
// 2. the embed by parts: each element's chunk, with Lit and the SDK in shared chunks, then the
//    small loader that imports them (`ogp-embed.js` as an ES module, `ogp-embed.iife.js` as a
//    classic script), each checked against its size budget;
// 3. the single self-contained file (`ogp-embed.bundle.js`) for publishers who upload one file;
// 4. `<ogp-progress-bar>` alone, only to check its size budget;
// 5. the WordPress plugin's zip, with every file the embed builds wrote (scripts/rollup/wordpress-plugin.js);
// 6. the `ogp-embed` command (packages/cli/dist): a program for Node with the SDK inside it;
// 7. the publisher's studio, a static page (packages/studio/dist/, see packages/studio/README.md).
// Entries come from each package's `exports` map, so a new element needs no change here.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { transformSync } from 'esbuild';
import { alongside } from './scripts/rollup/alongside.js';
import { BUDGETS, CHUNK_BUDGET, PAGE_BUDGETS } from './scripts/rollup/budgets.js';
import {
  elementEntries,
  emptyManifest,
  LOADER_ENTRY,
  loaderEntry,
  pageBudgets,
  recordChunks,
  sharedChunkGroups,
} from './scripts/rollup/element-chunks.js';
import {
  isLanguageChunk,
  languageChunkPath,
  languagesFromChunks,
  LANGUAGE_CHUNK_NAMES,
} from './scripts/rollup/language-chunks.js';
import { minifyTemplateLiterals } from './scripts/rollup/template-literals.js';
import { sourceEntries } from './scripts/rollup/package-entries.js';
import { snapshotStyles } from './scripts/rollup/snapshot-styles.js';
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

/**
 * What a page runs: Lit's production build and the SDK, from TypeScript sources, CSS and markup minified.
 * `wholeFeedOnly`: the single file's variant, which reads the whole feed, never its slices
 * (packages/elements/src/shared/whole-feed-only.ts); what only slices need is left out by tree-shaking.
 */
function browserPlugins({ wholeFeedOnly = false } = {}) {
  return [
    // `source` so workspace packages come from their TypeScript; never `development`.
    nodeResolve({ exportConditions: ['source', 'browser'], extensions: ['.ts', '.js'] }),
    esbuild({ target: TARGET, define: { OGP_WHOLE_FEED_ONLY: String(wholeFeedOnly) } }),
    ...minifyTemplateLiterals(),
  ];
}

/**
 * The `ogp-embed` command for Node 20: the program and the library, with the SDK read from source
 * and bundled in, so neither a clone nor an install runs TypeScript. The CLI's own npm dependencies
 * (whatever its package.json declares) stay imports, installed with it.
 */
function cliProgram(dir) {
  const { dependencies = {} } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  // The elements stay an import too: the server renderer (`@ogp-embed/elements/ssr`, snippet and publish) brings Lit's.
  const installed = Object.keys(dependencies).filter(
    (name) => !name.startsWith('@ogp-embed/') || name === '@ogp-embed/elements',
  );
  const external = (id) =>
    id.startsWith('node:') ||
    builtinModules.includes(id) ||
    installed.some((name) => id === name || id.startsWith(`${name}/`));
  return {
    // `core`: the Node-free import core the studio shares (`@ogp-embed/cli/core`).
    input: { main: `${dir}/src/main.ts`, index: `${dir}/src/index.ts`, core: `${dir}/src/core.ts` },
    external,
    plugins: [
      nodeResolve({ exportConditions: ['source', 'node'], extensions: ['.ts', '.js'], preferBuiltins: true }),
      esbuild({ target: 'node20', loaders: { '.json': 'json' } }),
    ],
    onwarn: quietAboutDependencies,
    treeshake: EMBED_TREESHAKE,
    // Source maps into the shipped sources: `node --enable-source-maps` reports a bug at its line.
    output: {
      dir: `${dir}/dist`,
      format: 'es',
      chunkFileNames: '[name]-[hash].js',
      sourcemap: true,
      sourcemapExcludeSources: true,
    },
  };
}

/**
 * The SDK has no side effects, as its package.json says; read from its TypeScript sources, whose
 * relative imports no resolver matches to that package.json, the field is not seen. Without it, a
 * module that imports the SDK's index keeps modules it uses nothing of (zod's schemas among them).
 */
const EMBED_TREESHAKE = { moduleSideEffects: (id) => !/[\\/]sdk[\\/]src[\\/]/.test(id) };

/**
 * esbuild names the identifiers first, then terser compresses. esbuild gives the most used names
 * the shortest letters across the whole file, which gzip packs better than terser's names alone
 * (measured on the single file: 264 B gzip less, the same code).
 */
const minify = () => [
  {
    name: 'ogp-short-names',
    renderChunk: (code) => transformSync(code, { minifyIdentifiers: true, legalComments: 'inline' }).code,
  },
  terser({ compress: { passes: 2 }, format: { comments: /^!/ } }),
];

/** Lit (production build) and the SDK: everything in one file, minified, CSS and markup too. ky and zod stay out:
 * the elements' shared clients use the SDK's fetch transport, and parseFeed the validator generated
 * from the zod schemas (see docs/bundles.md). It reads the whole feed, never its slices (`wholeFeedOnly`). */
function selfContained(input, outputs, { languagesInside = [] } = {}) {
  if (!existsSync(input)) return [];
  return {
    input,
    // Languages come from their chunks beside the file, but those this file keeps inside it.
    plugins: [languagesFromChunks({ inside: languagesInside }), ...browserPlugins({ wholeFeedOnly: true })],
    onwarn: quietAboutDependencies,
    treeshake: EMBED_TREESHAKE,
    output: outputs.map((output) => ({
      ...output,
      paths: languageChunkPath,
      banner: BANNER,
      // One file: the languages it keeps inside are in it, not chunks of their own.
      inlineDynamicImports: true,
      plugins: [minify(), sizeBudget({ budgets: BUDGETS })],
    })),
  };
}

const ELEMENTS_SRC = 'packages/elements/src';
const LIT = /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/;
const LOADER = `${ELEMENTS_SRC}/loader/loader.ts`;
const PREFETCH = `${ELEMENTS_SRC}/loader/prefetch.ts`;
/** The SDK's feed client: an element whose code imports it shows a feed. */
const SDK_CLIENT = /[\\/]sdk[\\/]src[\\/]client[\\/]page-clients\.ts$/;
/** The loader's map, for the tests (test/node/bundle-budget.test.ts). */
const LOADER_MAP = '.cache/size/loader-map.json';

/**
 * Every element's define.ts as an entry: one chunk per element, and shared chunks for what several
 * use (Lit, the SDK, the elements' shared parts), each loaded once; languages' strings imported
 * with `import()` become chunks of their own. Fills `manifest` for the loader builds.
 */
async function elementChunks(manifest) {
  const elements = elementEntries(ELEMENTS_SRC);
  const inputOptions = {
    input: Object.fromEntries([...elements.map((element) => [element.name, element.file]), ['prefetch', PREFETCH]]),
    plugins: browserPlugins(),
    onwarn: quietAboutDependencies,
    treeshake: EMBED_TREESHAKE,
  };
  const manualChunks = await sharedChunkGroups(inputOptions, PREFETCH, SDK_CLIENT);
  return {
    ...inputOptions,
    output: {
      dir: 'packages/elements/dist',
      format: 'es',
      // Flat beside the loader, named for what they hold; the hash lets a host cache them for good.
      entryFileNames: 'ogp-embed-[name]-[hash].js',
      // A language's words keep the name every build refers to them by.
      chunkFileNames: (chunk) => (isLanguageChunk(chunk) ? LANGUAGE_CHUNK_NAMES : 'ogp-embed-[name]-[hash].js'),
      // Few shared chunks, each loaded once: the prefetch's, the base (Lit's), the data elements'.
      manualChunks,
      banner: (chunk) => (chunk.moduleIds.some((id) => LIT.test(id)) ? BANNER : ''),
      plugins: [
        minify(),
        sizeBudget({ budgets: BUDGETS, ceiling: CHUNK_BUDGET }),
        recordChunks(manifest, (chunkOf) => {
          for (const element of elements) manifest.elements[element.tag] = chunkOf(element.file);
          manifest.prefetch = chunkOf(PREFETCH);
        }),
      ],
    },
  };
}

/**
 * Every element in one chunk, what the loader imports instead of the parts for a page that uses most
 * of them. Built beside the prefetch, as the parts are: what the two share goes in a small chunk of
 * the same code as the parts' `early`, so of the same name, which a page loading this chunk has from
 * its prefetch already (test/node/bundle-budget.test.ts holds them one file).
 */
function wholeChunk(manifest) {
  const input = `${ELEMENTS_SRC}/loader/all.ts`;
  return {
    input: { all: input, prefetch: PREFETCH },
    // The languages are the same chunks the parts import.
    plugins: [languagesFromChunks(), ...browserPlugins()],
    onwarn: quietAboutDependencies,
    treeshake: EMBED_TREESHAKE,
    output: {
      dir: 'packages/elements/dist',
      format: 'es',
      entryFileNames: 'ogp-embed-[name]-[hash].js',
      chunkFileNames: 'ogp-embed-early-[hash].js',
      paths: languageChunkPath,
      banner: (chunk) => (chunk.moduleIds.some((id) => LIT.test(id)) ? BANNER : ''),
      plugins: [
        minify(),
        sizeBudget({ budgets: BUDGETS }),
        recordChunks(manifest, (chunkOf) => (manifest.all = chunkOf(input))),
      ],
    },
  };
}

/** The loader, as an ES module or a classic script, with the chunk map `manifest` holds once the chunks are built. */
function loader(manifest, kind, file) {
  return {
    input: LOADER_ENTRY,
    plugins: [
      loaderEntry(manifest, LOADER, kind),
      nodeResolve({ exportConditions: ['source', 'browser'], extensions: ['.ts', '.js'] }),
      esbuild({ target: TARGET }),
    ],
    // The loader is one file: an import it could not resolve would fail in every reader's browser.
    onwarn(warning, warn) {
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
      warn(warning);
    },
    output: {
      file,
      format: kind === 'module' ? 'es' : 'iife',
      banner: `/*! ogp-embed ${ownVersion} (MIT) */`,
      plugins: [
        minify(),
        sizeBudget({ budgets: BUDGETS }),
        ...(kind === 'module' ? [pageBudgets(manifest, PAGE_BUDGETS, LOADER_MAP)] : []),
      ],
    },
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
const BANNER = `/*! ogp-embed ${ownVersion} (MIT) | bundles Lit ${version('lit')} (BSD-3-Clause) */`;

// Snapshots (issue 24): each element's style sheet, `<tag>.css`, beside the loader that snapshots
// name (scripts/rollup/snapshot-styles.js); in the loader's build, so the WordPress zip has them too.
const withSnapshotStyles = (build) => ({ ...build, plugins: [...build.plugins, snapshotStyles()] });

/** Everything the embed is: the chunks, the loaders, the single file. */
const EMBED_BUILDS = async (manifest) =>
  [
    await elementChunks(manifest),
    wholeChunk(manifest),
    withSnapshotStyles(loader(manifest, 'module', 'packages/elements/dist/ogp-embed.js')),
    loader(manifest, 'classic', 'packages/elements/dist/ogp-embed.iife.js'),
    selfContained(
      'packages/elements/src/embed.ts',
      [{ file: 'packages/elements/dist/ogp-embed.bundle.js', format: 'iife', name: 'OgpEmbed' }],
      { languagesInside: ['es', 'en'] },
    ),
  ].flat();
// --- The studio (packages/studio): a static page and its worker, any host serves the folder. ---
const STUDIO = 'packages/studio';

/** The studio's page, stylesheet, script and worker in `packages/studio/dist/`. */
function studioBuild() {
  if (!existsSync(`${STUDIO}/src/main.ts`)) return [];
  const copy = (name) => ({ type: 'asset', fileName: name, source: readFileSync(`${STUDIO}/${name}`) });
  return {
    input: { studio: `${STUDIO}/src/main.ts`, 'studio-worker': `${STUDIO}/src/worker.ts` },
    plugins: [
      ...browserPlugins(),
      {
        name: 'ogp-studio-page',
        generateBundle() {
          for (const name of ['index.html', 'studio.css']) this.emitFile(copy(name));
        },
      },
    ],
    // The import core must stay free of Node: an import the browser cannot resolve fails the build.
    onwarn(warning, warn) {
      if (warning.code === 'UNRESOLVED_IMPORT')
        throw new Error(`the studio imports ${warning.exporter ?? warning.message}, which no browser has`);
      quietAboutDependencies(warning, warn);
    },
    output: {
      dir: `${STUDIO}/dist`,
      format: 'es',
      // Fixed names: the page loads studio.js, which starts studio-worker.js beside it.
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      banner: (chunk) => (chunk.moduleIds.some((id) => LIT.test(id)) ? BANNER : ''),
      plugins: [minify()],
    },
  };
}

const WORDPRESS_ZIP = wordpressPlugin({
  pluginDir: 'packages/wordpress/ogp-embed',
  zip: 'packages/wordpress/dist/ogp-embed.zip',
});

export default async () => {
  for (const dir of ['packages/sdk/dist', 'packages/elements/dist', 'packages/cli/dist', `${STUDIO}/dist`])
    rmSync(dir, { recursive: true, force: true });
  const manifest = emptyManifest();
  const embed = await EMBED_BUILDS(manifest);
  const builds = [
    packageModules('packages/sdk', [declarations('packages/sdk')]),
    packageModules('packages/elements', [declarations('packages/elements'), customElementsManifest]),
    cliProgram('packages/cli'),
    ...embed,
    studioBuild(),
    selfContained('packages/elements/src/progress-bar/define.ts', [
      { file: '.cache/size/ogp-progress-bar.js', format: 'es' },
    ]),
  ].flat();
  // Every embed build (the chunks, the loaders, the single file) goes into the zip.
  for (const build of embed) build.plugins.push(WORDPRESS_ZIP.part());
  builds.at(-1)?.plugins.push(enforceBudgets());
  return builds;
};
