// The loader's choice of files, in one place: the loader runs it in the page (loader.ts), and the
// build's page-cost check (scripts/rollup/page-cost.js) runs the same code to know what each page
// downloads. Plain JavaScript (types in choice.d.ts), so the build's Node reads it as it is.

/**
 * Chunks and every chunk they import, however deep, the given ones first (indexes in the map).
 * @param {import('./loader.js').LoaderManifest} manifest
 * @param {number[]} starts
 * @returns {number[]}
 */
export const closure = ({ chunks }, starts) => {
  const found = [...new Set(starts)];
  for (const next of found) for (const imported of chunks[next][2]) if (!found.includes(imported)) found.push(imported);
  return found;
};

/**
 * The chunks to import for tags seen together: theirs and every chunk those import, or, when what
 * is not asked for yet of those weighs more (gzip bytes, as the map says), the chunk of every
 * element (`manifest.all`, first) and its imports.
 * @param {import('./loader.js').LoaderManifest} manifest
 * @param {string[]} tags
 * @param {Set<number>} [requested] chunks already asked for
 * @returns {number[]}
 */
export const chooseChunks = (manifest, tags, requested = new Set()) => {
  const bytes = (/** @type {number[]} */ indexes) => indexes.reduce((sum, index) => sum + manifest.chunks[index][1], 0);
  const all = closure(manifest, [manifest.all]);
  const parts = closure(
    manifest,
    tags.map((tag) => manifest.elements[tag]),
  ).filter((index) => !requested.has(index));
  return bytes(parts) > bytes(all) ? all : parts;
};
