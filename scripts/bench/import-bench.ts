/**
 * The import benchmark: `ogp-embed import ogp-sheet` on generated OGP-style sheets of several
 * sizes (5,000 to 50,000 rows), each in a fresh child process running the built CLI, reporting
 * rows per second and the process's peak memory. The importer streams the sheet and spills rows
 * to a scratch file, so peak memory should grow far less than the sheet does.
 *
 *   node --conditions=source --import tsx scripts/bench/import-bench.ts [--sizes 5000,25000,50000]
 *
 * `runImportBench()` returns the table's rows for `scripts/bench.ts`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCli } from './build-cli.js';
import { writeOgpStyleSheet } from './import-sheet-generator.js';

export interface ImportBenchRow {
  rows: number;
  sheetMB: number;
  feedMB: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMB: number;
}

export const DEFAULT_SIZES = [5_000, 25_000, 50_000] as const;

function runImport(
  cli: string,
  probe: string,
  sheet: string,
  output: string,
  rssFile: string,
): Promise<{ ms: number; imported: number }> {
  return new Promise((resolvePromise, reject) => {
    const start = performance.now();
    const child = spawn(
      process.execPath,
      ['--import', probe, cli, 'import', 'ogp-sheet', sheet, '-o', output, '--json'],
      {
        env: { ...process.env, OGP_BENCH_RSS_FILE: rssFile, LANG: 'C' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      if (code !== 0) return reject(new Error(`import exited ${code}: ${stderr.slice(0, 500)}`));
      resolvePromise({ ms, imported: (JSON.parse(stdout) as { imported: number }).imported });
    });
  });
}

export async function runImportBench(sizes: readonly number[] = DEFAULT_SIZES): Promise<ImportBenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ogp-embed-import-bench-'));
  try {
    const { cli, probe } = await buildCli(dir);
    const rows: ImportBenchRow[] = [];
    for (const size of sizes) {
      const sheet = join(dir, `sheet-${size}.csv`);
      const output = join(dir, `feed-${size}.json`);
      const rssFile = join(dir, `rss-${size}.txt`);
      const bytes = await writeOgpStyleSheet(sheet, size);
      const { ms, imported } = await runImport(cli, probe, sheet, output, rssFile);
      if (imported !== size) throw new Error(`imported ${imported} of ${size} rows`);
      rows.push({
        rows: size,
        sheetMB: bytes / 1e6,
        feedMB: statSync(output).size / 1e6,
        seconds: ms / 1000,
        rowsPerSecond: size / (ms / 1000),
        peakRssMB: Number(readFileSync(rssFile, 'utf8')) / 1024,
      });
      rmSync(sheet);
      rmSync(output);
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The rows as a Markdown table, with memory per row relative to the smallest run. */
export function formatImportBench(rows: readonly ImportBenchRow[]): string {
  const first = rows[0];
  const header = ['rows', 'sheet MB', 'feed MB', 'seconds', 'rows/s', 'peak RSS MB', 'sheet ×', 'peak RSS ×'];
  const body = rows.map((r) => [
    r.rows.toLocaleString('en'),
    r.sheetMB.toFixed(1),
    r.feedMB.toFixed(1),
    r.seconds.toFixed(2),
    Math.round(r.rowsPerSecond).toLocaleString('en'),
    r.peakRssMB.toFixed(0),
    first ? `${(r.sheetMB / first.sheetMB).toFixed(1)}x` : '',
    first ? `${(r.peakRssMB / first.peakRssMB).toFixed(2)}x` : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
  return [fmt(header), `|${widths.map((w) => `${'-'.repeat(w + 1)}:`).join('|')}|`, ...body.map(fmt)].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const at = process.argv.indexOf('--sizes');
  const sizes = at >= 0 ? process.argv[at + 1]!.split(',').map(Number) : [...DEFAULT_SIZES];
  const rows = await runImportBench(sizes);
  console.log(
    'ogp-embed import ogp-sheet: generated OGP-style sheets (real rows cycled), built CLI, one process per size',
  );
  console.log(formatImportBench(rows));
}
