// Size ceilings for what a page downloads, in gzip bytes (Node's zlib, level 9; 1 KB = 1,000 bytes).
// Defined once: the build fails on them (and on a page with no budget), test/node/bundle-budget.test.ts
// checks them again, `npm run size` prints every file and page against them. The rules:
// - a budget is the measured size plus a small margin, never a round number picked ahead;
// - raising one needs a measured reason, written in the commit and in CHANGELOG.md (where the
//   history of these figures lives), never here.
export const KB = 1000;

/** By file name. */
export const BUDGETS = {
  // The loader the webmaster's snippet names, as an ES module and as a classic script.
  'ogp-embed.js': 2 * KB,
  'ogp-embed.iife.js': 2 * KB,
  // The single self-contained file, for publishers who upload one file: every element, Spanish and
  // English inside (the other languages come from their chunks beside it, if uploaded); it reads
  // the whole feed, never its slices (docs/bundles.md).
  'ogp-embed.bundle.js': 39.42 * KB,
  // Each language's words for every element (and the SDK's labels), loaded when an element speaks it.
  'ogp-embed-en.js': 3 * KB,
  'ogp-embed-es.js': 3 * KB,
  'ogp-embed-pt.js': 3.5 * KB,
  'ogp-embed-fr.js': 3.6 * KB,
  // `<ogp-progress-bar>` alone: a self-contained bundle of its define.ts, as a bundler would make it.
  'ogp-progress-bar.js': 8.2 * KB,
};

/**
 * What a page with only that element downloads through the loader: the loader, the prefetch when
 * the element shows a feed, then the element's chunk and every chunk it imports, or the chunk of
 * every element when that is smaller (as the loader chooses: packages/elements/src/loader/choice.js).
 * Every element has one: a new element without one fails the build. `*` is a page with every
 * element, whose goal (issue 12) is the single file of before plus 10 %: 38.4 KB.
 */
export const PAGE_BUDGETS = {
  'ogp-agreements': 30.95 * KB,
  // A card's details (timeline, indicators) load when first opened, so they are not counted here.
  'ogp-commitment': 34.83 * KB,
  // `<ogp-feed>` loads the data elements' shared chunk: a page never shows it without them.
  'ogp-feed': 28.04 * KB,
  'ogp-indicator': 30.18 * KB,
  // A plan loads the chunk of every element, which weighs less than its parts.
  'ogp-plan': 39.58 * KB,
  'ogp-progress-bar': 11.7 * KB,
  'ogp-status-badge': 11.5 * KB,
  'ogp-timeline': 31.11 * KB,
  '*': 39.58 * KB,
};

/** Any one chunk of the embed by parts but the chunk of every element (a language's strings included). */
export const CHUNK_BUDGET = 16.52 * KB;
