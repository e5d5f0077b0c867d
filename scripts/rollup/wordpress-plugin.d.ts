// Types for wordpress-plugin.js.
import type { Plugin } from 'rollup';
export declare function wordpressPlugin(options: { pluginDir: string; zip: string }): { part(): Plugin };
export declare function pluginEntry(pluginDir: string): string;
export declare function loadedFiles(emitted: Map<string, string>, entry: string): string[];
