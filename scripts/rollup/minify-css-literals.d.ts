// Types for minify-css-literals.js, which the tests read.
import type { Plugin } from 'rollup';
export declare function minifyCssPart(css: string, at: { first: boolean; last: boolean }): string;
export declare function minifyCssLiterals(): Plugin;
