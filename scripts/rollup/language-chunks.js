// The elements' words are one module per language, imported when an element first speaks it
// (packages/elements/src/i18n/load.ts). The ES embed writes each as a chunk of its own,
// `ogp-embed-<lang>.js`; the classic script cannot be split, so it imports those same ES chunks
// (a classic script may `import()`; the URL resolves against the script's own), and a size-only
// build leaves them out the same way. Each language module imports nothing the entry has, so
// its chunk stands alone.
export const LANGUAGE_CHUNK_NAMES = 'ogp-embed-[name].js';

const LANGUAGE_MODULE = /\/packages\/elements\/src\/i18n\/([a-z]{2,3})\.ts$/;
const EXTERNAL_PREFIX = 'ogp-embed-language:';

/** @returns {import('rollup').Plugin} imports of language modules become imports of the ES chunks */
export function languagesFromChunks() {
  return {
    name: 'ogp-languages-from-chunks',
    async resolveId(source, importer, options) {
      if (!importer?.endsWith('/packages/elements/src/i18n/load.ts')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const lang = resolved && LANGUAGE_MODULE.exec(resolved.id)?.[1];
      return lang ? { id: `${EXTERNAL_PREFIX}${lang}`, external: true } : null;
    },
  };
}

/** `output.paths` for a build that uses `languagesFromChunks`. */
export function languageChunkPath(id) {
  return id.startsWith(EXTERNAL_PREFIX) ? `./${LANGUAGE_CHUNK_NAMES.replace('[name]', id.slice(EXTERNAL_PREFIX.length))}` : id;
}
