// Types for wordpress-plugin.js.
import type { Plugin } from 'rollup';
export declare function wordpressPlugin(options: { pluginDir: string; zip: string }): { part(): Plugin };
