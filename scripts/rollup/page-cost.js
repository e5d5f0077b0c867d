// What a page downloads through the loader for a set of tags: the loader's own choice (the same
// module, packages/elements/src/loader/choice.js), and the prefetch a data element loads first.
import { chooseChunks, closure as chunkClosure } from '../../packages/elements/src/loader/choice.js';

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
 * A chunk's file and those of every chunk it imports, however deep, the chunk's own first.
 * @param {LoaderManifest} manifest
 * @param {number} chunk
 * @returns {string[]}
 */
export function chunkFiles(manifest, chunk) {
  return chunkClosure(manifest, [chunk]).map(
    (index) => /** @type {[string, number, number[]]} */ (manifest.chunks[index])[0],
  );
}

/**
 * @param {LoaderManifest} manifest
 * @param {string[]} tags
 * @param {(file: string) => number} bytes gzip bytes of a file (the loader chooses by the sizes its map holds)
 * @returns {{ files: string[], bytes: number }} the files the loader imports, and their bytes
 */
export function pageCost(manifest, tags, bytes) {
  const sum = (/** @type {string[]} */ files) => files.reduce((total, file) => total + bytes(file), 0);
  const chosen = chooseChunks(manifest, tags).map(
    (index) => /** @type {[string, number, number[]]} */ (manifest.chunks[index])[0],
  );
  // The loader imports the prefetch first for an element that shows a feed: one whose code takes
  // the early answers (imports what the prefetch imports). `<ogp-feed>` only provides a feed. The
  // chunk of every element imports the prefetch's small chunk too (rollup.config.js `wholeChunk`).
  const prefetch = chunkFiles(manifest, manifest.prefetch);
  const showsFeed = tags.some(
    (tag) =>
      tag !== 'ogp-feed' &&
      chunkFiles(manifest, /** @type {number} */ (manifest.elements[tag])).some((file) => prefetch.includes(file)),
  );
  const files = [...new Set([...(showsFeed ? prefetch : []), ...chosen])];
  return { files, bytes: sum(files) };
}
