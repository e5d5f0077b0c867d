// The elements' words are one module per language, imported when an element first speaks it
// (packages/elements/src/i18n/load.ts). The build of the elements' chunks writes each as a chunk
// of its own, `ogp-embed-<lang>.js`; the other builds (the chunk of every element, the single file,
// a size-only build) import those same chunks (a classic script may `import()`; the URL resolves
// against the script's own), but for the languages a build keeps inside. Each language module
// imports nothing the entry has, so its chunk stands alone.
export const LANGUAGE_CHUNK_NAMES = 'ogp-embed-[name].js';

const LANGUAGE_MODULE = /\/packages\/elements\/src\/i18n\/([a-z]{2,3})\.ts$/;
const EXTERNAL_PREFIX = 'ogp-embed-language:';

/**
 * @param {{ inside?: string[] }} [options] the languages the build keeps inside it
 * @returns {import('rollup').Plugin} imports of language modules become imports of the ES chunks
 */
export function languagesFromChunks({ inside = [] } = {}) {
  return {
    name: 'ogp-languages-from-chunks',
    async resolveId(source, importer, options) {
      if (!importer?.endsWith('/packages/elements/src/i18n/load.ts')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const lang = resolved && LANGUAGE_MODULE.exec(resolved.id)?.[1];
      return lang && !inside.includes(lang) ? { id: `${EXTERNAL_PREFIX}${lang}`, external: true } : null;
    },
  };
}

/** @param {import('rollup').PreRenderedChunk} chunk whether it is a language's words */
export function isLanguageChunk(chunk) {
  return chunk.isDynamicEntry && LANGUAGE_MODULE.test(chunk.facadeModuleId ?? '');
}

/** `output.paths` for a build that uses `languagesFromChunks`. */
export function languageChunkPath(id) {
  return id.startsWith(EXTERNAL_PREFIX)
    ? `./${LANGUAGE_CHUNK_NAMES.replace('[name]', id.slice(EXTERNAL_PREFIX.length))}`
    : id;
}
