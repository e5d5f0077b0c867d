// Types for template-literals.js, which the tests read.
import type { Plugin } from 'rollup';
export declare function plainCssAsUnsafeCss(): Plugin;
export declare function minifyTemplateLiterals(): Plugin[];
