/**
 * A build variant, as a constant: true in the single self-contained file only, which reads the
 * whole feed, never its published slices (a publisher who uploads one file uploads one feed file
 * too; the slice client and the digest check would only weigh). The build sets
 * `OGP_WHOLE_FEED_ONLY` (rollup.config.js, esbuild's `define`); code the build does not make (tests,
 * Storybook, a bundler reading the sources) sees it undefined: false. Code behind
 * `if (!WHOLE_FEED_ONLY)` that nothing else uses is left out of that file by tree-shaking.
 */
declare const OGP_WHOLE_FEED_ONLY: boolean | undefined;

export const WHOLE_FEED_ONLY: boolean = typeof OGP_WHOLE_FEED_ONLY === 'boolean' && OGP_WHOLE_FEED_ONLY;
