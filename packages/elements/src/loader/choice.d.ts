// Types for choice.js (plain JavaScript, read by the build's Node as well as bundled into the loader).
import type { LoaderManifest } from './loader.js';
export declare const closure: (manifest: LoaderManifest, starts: number[]) => number[];
export declare const chooseChunks: (manifest: LoaderManifest, tags: string[], requested?: Set<number>) => number[];
