// Builds the CLI for publishing: one ESM file per entry for Node 20, with the SDK bundled in
// (it is read from source, so no SDK build is needed first) and the npm dependencies left
// external (csv-parse, zod: installed with the package).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/main.ts', index: 'src/index.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['source'],
  // The elements' server renderer (snippet, publish's snapshots) is imported from the installed package.
  external: ['csv-parse', 'csv-parse/*', 'zod', 'zod/*', '@ogp-embed/elements', '@ogp-embed/elements/*'],
  minifySyntax: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});
for (const [file, output] of Object.entries(result.metafile.outputs)) {
  console.log(`${file}  ${(output.bytes / 1024).toFixed(1)} KB`);
}
