// What a page downloads through the loader for a set of tags, as the loader chooses (loader.ts):
// the tags' chunks and every chunk they import, or the chunk of every element when that is smaller.

/**
 * @typedef {{ chunks: [string, number, number[]][], elements: Record<string, number>, all: number, prefetch: number }} LoaderManifest
 */

/**
 * A chunk and every chunk it imports, however deep, `start` first: what a page downloads for it.
 * @template T
 * @param {T} start
 * @param {(chunk: T) => Iterable<T>} importsOf
 * @returns {T[]}
 */
export function closure(start, importsOf) {
  const found = new Set([start]);
  for (const next of found) for (const imported of importsOf(next)) found.add(imported);
  return [...found];
}

/**
 * @param {LoaderManifest} manifest
 * @param {number} chunk
 * @returns {string[]}
 */
export function chunkFiles(manifest, chunk) {
  return closure(chunk, (index) => manifest.chunks[index]?.[2] ?? []).map((index) => /** @type {[string, number, number[]]} */ (manifest.chunks[index])[0]);
}

/**
 * @param {LoaderManifest} manifest
 * @param {string[]} tags
 * @param {(file: string) => number} bytes gzip bytes of a file
 * @returns {{ files: string[], bytes: number }} the files the loader imports, and their bytes
 */
export function pageCost(manifest, tags, bytes) {
  const parts = [...new Set(tags.flatMap((tag) => chunkFiles(manifest, /** @type {number} */ (manifest.elements[tag]))))];
  const all = chunkFiles(manifest, manifest.all);
  const sum = (/** @type {string[]} */ files) => files.reduce((total, file) => total + bytes(file), 0);
  const chosen = sum(parts) > sum(all) ? all : parts;
  // The loader imports the prefetch first for an element that shows a feed: one whose code takes
  // the early answers (imports what the prefetch imports). `<ogp-feed>` only provides a feed. The
  // chunk of every element imports the prefetch's small chunk too (rollup.config.js `wholeChunk`).
  const prefetch = chunkFiles(manifest, manifest.prefetch);
  const showsFeed = tags.some((tag) => tag !== 'ogp-feed' && chunkFiles(manifest, /** @type {number} */ (manifest.elements[tag])).some((file) => prefetch.includes(file)));
  const files = [...new Set([...(showsFeed ? prefetch : []), ...chosen])];
  return { files, bytes: sum(files) };
}
