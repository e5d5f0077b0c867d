// Types for page-cost.js, which the build (plain JavaScript) and the tests both read.
import type { LoaderManifest } from '../../packages/elements/src/loader/loader.js';
export declare function chunkFiles(manifest: LoaderManifest, chunk: number): string[];
export declare function pageCost(
  manifest: LoaderManifest,
  tags: string[],
  bytes: (file: string) => number,
): { files: string[]; bytes: number };
