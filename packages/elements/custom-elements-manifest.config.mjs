// custom-elements.json from the elements' TypeScript and JSDoc (`cem analyze --litelement`, run
// by the root build). Storybook's docs and editors read it; package.json's `customElements`
// points to it.

/** Paths in the manifest name what a user imports (dist/*.js), not our sources. */
function pointToDist(path) {
  return path?.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
}

/** @type {import('@custom-elements-manifest/analyzer').Plugin} */
const distPaths = {
  name: 'ogp-dist-paths',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      module.path = pointToDist(module.path);
      for (const entry of [...(module.exports ?? []), ...(module.declarations ?? [])]) {
        if (entry.declaration?.module) entry.declaration.module = pointToDist(entry.declaration.module);
        if (entry.superclass?.module) entry.superclass.module = pointToDist(entry.superclass.module);
        for (const member of [...(entry.members ?? []), ...(entry.attributes ?? [])]) {
          if (member.inheritedFrom?.module) member.inheritedFrom.module = pointToDist(member.inheritedFrom.module);
        }
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  // The build never edits package.json: its `customElements` field is written by hand.
  packagejson: false,
  plugins: [distPaths],
};
