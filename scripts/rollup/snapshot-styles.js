// The style sheets snapshots link (issue 24, docs/embedding.md#snapshots): each element's shadow-root
// CSS, from the same `static styles` the element adopts in the browser, as `<tag>.css` beside
// `ogp-embed.js`. A `<style>` inside a declarative shadow root is refused by a strict `style-src`; a
// sheet from the script's own origin is not. Read in a child Node process (the element modules,
// under Lit's server build) while rollup bundles, emitted as assets of the build this plugin joins,
// so they land in dist and in the WordPress plugin's zip with the rest of the embed.
import { spawn } from 'node:child_process';

/** @returns {import('rollup').Plugin} */
export function snapshotStyles() {
  /** @type {Promise<Record<string, string>> | undefined} */
  let sheets;
  return {
    name: 'ogp-snapshot-styles',
    buildStart() {
      sheets = new Promise((resolve, reject) => {
        const child = spawn(
          process.execPath,
          ['--conditions=source', '--import', 'tsx', 'scripts/rollup/print-snapshot-styles.ts'],
          {
            stdio: ['ignore', 'pipe', 'pipe'],
          },
        );
        let out = '';
        let err = '';
        child.stdout.on('data', (data) => (out += data));
        child.stderr.on('data', (data) => (err += data));
        child.on('error', reject);
        child.on('close', (code) =>
          code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`snapshot style sheets (exit ${code}):\n${err}`)),
        );
      });
    },
    async generateBundle() {
      for (const [fileName, css] of Object.entries(await sheets)) {
        // Comments and runs of blanks go; the rules are the element's as written (served gzip-compressed).
        this.emitFile({
          type: 'asset',
          fileName,
          source: css
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .trim(),
        });
      }
    },
  };
}
