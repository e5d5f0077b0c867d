// Types for budgets.js, which rollup.config.js (plain JavaScript) and the tests both read.
export declare const KB: number;
export declare const BUDGETS: {
  'ogp-embed.js': number;
  'ogp-embed.iife.js': number;
  'ogp-embed.bundle.js': number;
  'ogp-embed-en.js': number;
  'ogp-embed-es.js': number;
  'ogp-embed-pt.js': number;
  'ogp-embed-fr.js': number;
  'ogp-progress-bar.js': number;
};
export declare const PAGE_BUDGETS: Record<string, number>;
export declare const CHUNK_BUDGET: number;
