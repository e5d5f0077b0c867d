// Types for minify-html-literals.js, which the tests read.
import type { Plugin } from 'rollup';
export declare function minifyHtmlPart(html: string): string;
export declare function minifyHtmlLiterals(): Plugin;
