/**
 * The CLI and the memory probe built as plain JavaScript for the import benches, so no TypeScript
 * loader sits in the measured process. `external`: packages left as imports, as the published CLI
 * leaves them (the workbook library).
 */
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { BuildOptions } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');

export async function buildCli(dir: string, external: string[] = []): Promise<{ cli: string; probe: string }> {
  const cli = join(dir, 'ogp-embed.mjs');
  const probe = join(dir, 'rss-probe.mjs');
  const common: BuildOptions = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    logLevel: 'error',
  };
  await build({ ...common, entryPoints: [join(ROOT, 'packages/cli/src/main.ts')], outfile: cli, external });
  await build({ ...common, entryPoints: [join(ROOT, 'scripts/bench/import-rss-probe.ts')], outfile: probe });
  return { cli, probe };
}
