// The embed by parts: every element's define.ts is an entry of one ES build, whose chunks are
// written beside the loader, and one more chunk holds every element. Those builds record which
// chunk defines which tag, what each chunk imports and how many bytes it is; the loader builds
// (module and classic script) then have that map written into them. The map is fixed at build
// time from each define.ts, never guessed from a tag's prefix at run time.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { rollup } from 'rollup';
import { closure, pageCost } from './page-cost.js';
import { checkSize, missingBudget } from './size-budget.js';
import { measure } from './sizes.js';

/**
 * @typedef {{ name: string, tag: string, file: string }} ElementEntry
 * @typedef {{
 *   chunks: Map<string, { bytes: number, raw: number, imports: string[] }>,
 *   elements: Record<string, string>,
 *   all?: string,
 *   prefetch?: string,
 * }} ChunkManifest what the chunk builds leave for the loader builds: every chunk by file name
 *   (gzip bytes, static imports), and the chunk of each tag, of every element, of the prefetch
 */

const DEFINE = /customElements\.define\(\s*'(ogp-[a-z0-9-]+)'/;

/**
 * Each element of `srcDir` (a folder with a define.ts) and the tag its define.ts registers.
 * @param {string} srcDir
 * @returns {ElementEntry[]}
 */
export function elementEntries(srcDir) {
  return readdirSync(srcDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(srcDir, entry.name, 'define.ts')))
    .map((entry) => {
      const file = join(srcDir, entry.name, 'define.ts');
      const tag = DEFINE.exec(readFileSync(file, 'utf8'))?.[1];
      if (!tag)
        throw new Error(`${file} registers no ogp-* tag the loader can read: write customElements.define('ogp-…', …)`);
      return { name: entry.name, tag, file };
    })
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

/** @returns {ChunkManifest} */
export function emptyManifest() {
  return { chunks: new Map(), elements: {} };
}

/**
 * An output plugin for a chunk build, after minification: adds its chunks to `manifest`, and
 * lets `record` name the chunk built for an entry module.
 * @param {ChunkManifest} manifest
 * @param {(chunkOf: (path: string) => string) => void} record
 * @returns {import('rollup').Plugin}
 */
export function recordChunks(manifest, record) {
  return {
    name: 'ogp-record-chunks',
    generateBundle(_options, bundle) {
      /** @type {Map<string, string>} */
      const byModule = new Map();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const { gzip, raw } = measure(chunk.code);
        manifest.chunks.set(chunk.fileName, { bytes: gzip, raw, imports: chunk.imports });
        if (chunk.facadeModuleId) byModule.set(resolve(chunk.facadeModuleId), chunk.fileName);
      }
      record((path) => {
        const file = byModule.get(resolve(path));
        if (!file) throw new Error(`no chunk was built for ${path}`);
        return file;
      });
    },
  };
}

/**
 * A chunk and every chunk it imports, however deep: what a page downloads for it.
 * @param {ChunkManifest} manifest
 * @param {string} file
 */
export function chunkClosure(manifest, file) {
  return closure(file, (next) => manifest.chunks.get(next)?.imports ?? []);
}

/**
 * The map as the loader reads it (loader.ts `LoaderManifest`): chunks by index, compact.
 * @param {ChunkManifest} manifest
 */
export function loaderManifest(manifest) {
  const roots = [...Object.values(manifest.elements), manifest.all ?? '', manifest.prefetch ?? ''];
  const files = [...new Set(roots.flatMap((file) => chunkClosure(manifest, file)))];
  const index = (/** @type {string} */ file) => files.indexOf(file);
  return {
    chunks: files.map((file) => {
      const { bytes, imports } = /** @type {{ bytes: number, imports: string[] }} */ (manifest.chunks.get(file));
      return [file, bytes, imports.map(index)];
    }),
    elements: Object.fromEntries(Object.entries(manifest.elements).map(([tag, file]) => [tag, index(file)])),
    all: index(manifest.all ?? ''),
    prefetch: index(manifest.prefetch ?? ''),
  };
}

const ENTRY = 'ogp:loader';

/**
 * The loader's entry, generated: the loader module called with the recorded map.
 * @param {ChunkManifest} manifest
 * @param {string} loaderFile
 * @param {'module' | 'classic'} kind how the page runs it, which says how it finds its own URL
 * @returns {import('rollup').Plugin}
 */
export function loaderEntry(manifest, loaderFile, kind) {
  // A classic script knows its URL only while it runs its top level: read there, once.
  const base = kind === 'module' ? 'import.meta.url' : 'document.currentScript.src';
  return {
    name: 'ogp-loader-entry',
    resolveId: (id) => (id === ENTRY ? `\0${ENTRY}` : null),
    load(id) {
      if (id !== `\0${ENTRY}`) return null;
      if (Object.keys(manifest.elements).length === 0 || !manifest.all || !manifest.prefetch) {
        this.error('the element chunks must be built before the loader');
      }
      return `import { startLoader } from ${JSON.stringify(resolve(loaderFile))};\nstartLoader(${JSON.stringify(loaderManifest(manifest))}, ${base});\n`;
    },
  };
}

export const LOADER_ENTRY = ENTRY;

/**
 * An output plugin for the loader build: prints and checks what a page with each element, and with
 * every element, downloads (the loader included), and writes the loader's map to `mapFile` for the
 * tests to check the same.
 * @param {ChunkManifest} manifest
 * @param {Record<string, number>} budgets by tag, `*` for every element
 * @param {string} mapFile
 * @returns {import('rollup').Plugin}
 */
export function pageBudgets(manifest, budgets, mapFile) {
  return {
    name: 'ogp-page-budgets',
    generateBundle(_options, bundle) {
      const loader = Object.values(bundle).find((chunk) => chunk.type === 'chunk');
      if (loader?.type !== 'chunk') return;
      const map = loaderManifest(manifest);
      mkdirSync(dirname(mapFile), { recursive: true });
      writeFileSync(mapFile, `${JSON.stringify({ loader: loader.fileName, map }, null, 2)}\n`);
      const own = measure(loader.code);
      const chunk = (/** @type {string} */ file) =>
        /** @type {{ bytes: number, raw: number }} */ (manifest.chunks.get(file));
      const tags = Object.keys(manifest.elements);
      for (const [name, wanted] of [
        ...tags.map((tag) => [`page with <${tag}>`, [tag]]),
        ['page with every element', tags],
      ]) {
        const cost = pageCost(map, /** @type {string[]} */ (wanted), (file) => chunk(file).bytes);
        const raw = cost.files.reduce((total, file) => total + chunk(file).raw, own.raw);
        const budget = budgets[wanted.length === 1 ? (wanted[0] ?? '') : '*'];
        const size = { raw, gzip: own.gzip + cost.bytes };
        if (budget === undefined)
          missingBudget(/** @type {string} */ (name), size, 'PAGE_BUDGETS in scripts/rollup/budgets.js');
        else
          checkSize(
            /** @type {string} */ (name),
            size,
            budget,
            () => `files: ${loader.fileName}, ${cost.files.join(', ')}`,
          );
      }
    },
  };
}

/**
 * Which shared chunk each module of the element build goes in, for rollup's `manualChunks`. Left
 * alone, rollup cuts one chunk per set of elements sharing code, so a page with one card downloaded
 * 20 small files; on a phone link each six files (HTTP/1.1 hosts open six connections) wait about a
 * round trip more, which costs more than a few unused kilobytes. So a first, quick build (no
 * minification) shows how rollup would cut them, and each shared chunk of that cut joins a group:
 * - `early`: what the prefetch entry imports: the data's head start waits for no other file;
 * - `base`: Lit and what an element that shows no feed imports (`<ogp-progress-bar>`, `<ogp-status-badge>`);
 * - `data`: the rest shared by elements: the SDK's client and validator, the data elements' parts.
 * The entries keep their own chunks, and the languages' words (imported with `import()`) theirs.
 * @param {import('rollup').InputOptions} inputOptions the element build's
 * @param {string} prefetchEntry
 * @param {RegExp} client the SDK's client module: an element whose chunks hold it shows a feed
 * @returns {Promise<import('rollup').GetManualChunk>}
 */
export async function sharedChunkGroups(inputOptions, prefetchEntry, client) {
  const bundle = await rollup({ ...inputOptions, onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunks = output.filter((file) => file.type === 'chunk');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  /** A chunk and every chunk it imports statically, however deep. */
  const withImports = (/** @type {import('rollup').OutputChunk} */ chunk) =>
    new Set(
      closure(chunk, (next) =>
        next.imports.map((file) => /** @type {import('rollup').OutputChunk} */ (byFile.get(file))),
      ),
    );
  const entries = chunks.filter((chunk) => chunk.isEntry);
  const early = entries.find(
    (chunk) => chunk.facadeModuleId && resolve(chunk.facadeModuleId) === resolve(prefetchEntry),
  );
  if (!early) throw new Error(`no chunk was built for ${prefetchEntry}`);
  const prefetch = withImports(early);
  const elements = entries.filter((chunk) => chunk !== early).map(withImports);
  const display = elements.filter(
    (chunks) => ![...chunks].some((chunk) => chunk.moduleIds.some((id) => client.test(id))),
  );
  /** @type {Map<string, string>} */
  const groups = new Map();
  for (const chunk of chunks) {
    const shared = !chunk.isEntry && elements.some((chunks) => chunks.has(chunk));
    // Every module is placed, entries and languages where rollup put them: a module left out would
    // be pulled into the first group that imports it, with what it imports, though its code is elsewhere.
    const group = !shared
      ? chunk.name
      : prefetch.has(chunk)
        ? 'early'
        : display.some((chunks) => chunks.has(chunk))
          ? 'base'
          : 'data';
    for (const id of chunk.moduleIds) groups.set(id, group);
  }
  return (id) => groups.get(id);
}
