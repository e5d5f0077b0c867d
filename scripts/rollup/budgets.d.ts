// Types for budgets.js, which rollup.config.js (plain JavaScript) and the tests both read.
export declare const KB: number;
export declare const BUDGETS: {
  'ogp-embed.js': number;
  'ogp-embed.iife.js': number;
  'ogp-progress-bar.js': number;
};
