/**
 * The publisher's path at scale, each step the built CLI in a fresh child process (no TypeScript
 * loader in the measured process), with its wall time and peak memory:
 * - `import csv book.xlsx`: a workbook of the template's sheets holding 10,000 commitments;
 * - `publish` of that feed into an empty folder, and again over its own publish (nothing
 *   changed: every file kept with its date, so a sync uploads nothing);
 * - `validate <folder>`: every published file checked against the whole.
 * Issue 25's marks: publish ≤ 10 s and ≤ 300 MB, validate ≤ 15 s. Figures, not assertions.
 *
 *   node --conditions=source --import tsx scripts/bench/import-workbook-bench.ts [--commitments 10000]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { buildCli } from './build-cli.js';
import { parse } from 'csv-parse/sync';
import { generateFeed } from './generate-feed.js';

const ROOT = resolve(import.meta.dirname, '../..');

export interface WorkbookBenchRow {
  step: string;
  input: string;
  seconds: number;
  /** User + system CPU time: what the step costs, whatever else the machine runs. */
  cpuSeconds: number;
  peakRssMB: number;
  note: string;
}

function runCli(
  cli: string,
  probe: string,
  args: string[],
  rssFile: string,
): Promise<{ seconds: number; cpuSeconds: number; peakRssMB: number; stderr: string; code: number | null }> {
  return new Promise((resolvePromise, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', probe, cli, ...args], {
      // Run from the repository, so the CLI finds @e965/xlsx in node_modules as an install does.
      cwd: ROOT,
      env: { ...process.env, OGP_BENCH_RSS_FILE: rssFile, OGP_BENCH_CPU_FILE: `${rssFile}.cpu`, LANG: 'C' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      const cpuSeconds = Number(readFileSync(`${rssFile}.cpu`, 'utf8')) / 1000;
      resolvePromise({ seconds, cpuSeconds, peakRssMB: Number(readFileSync(rssFile, 'utf8')) / 1024, stderr, code });
    });
  });
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export async function runWorkbookBench(commitments = 10_000): Promise<WorkbookBenchRow[]> {
  // Inside the repository, so the CLI bundle resolves @e965/xlsx from its node_modules.
  const dir = mkdtempSync(join(ROOT, 'node_modules', '.ogp-embed-workbook-bench-'));
  const rows: WorkbookBenchRow[] = [];
  try {
    const { cli, probe } = await buildCli(dir, ['@e965/xlsx']); // the workbook library stays a package import, as in the published CLI
    const step = async (name: string, input: string, args: string[], note: (stderr: string) => string) => {
      const result = await runCli(cli, probe, args, join(dir, `rss-${rows.length}.txt`));
      if (result.code === 2) throw new Error(`${name} could not run: ${result.stderr.slice(0, 500)}`);
      rows.push({
        step: name,
        input,
        seconds: result.seconds,
        cpuSeconds: result.cpuSeconds,
        peakRssMB: result.peakRssMB,
        note: note(result.stderr),
      });
      return result;
    };

    // The workbook: the feed exported to the template's CSV files, each file a sheet.
    const generated = join(dir, 'generated.json');
    const feed = generateFeed({ commitments });
    writeFileSync(generated, JSON.stringify(feed));
    const csv = join(dir, 'csv');
    await runCli(cli, probe, ['export', 'csv', generated, '-o', csv], join(dir, 'rss-export.txt'));
    const book = XLSX.utils.book_new();
    let sheetRows = 0;
    for (const file of readdirSync(csv).sort()) {
      const table = parse(readFileSync(join(csv, file), 'utf8'), { bom: true, relax_column_count: true }) as string[][];
      sheetRows += table.length - 1;
      XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(table, { dense: true }), file.replace(/\.csv$/, ''));
    }
    const workbook = join(dir, 'plan.xlsx');
    writeFileSync(workbook, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);

    const imported = join(dir, 'feed.json');
    await step(
      'import csv plan.xlsx',
      `${commitments.toLocaleString('en')} commitments, ${sheetRows.toLocaleString('en')} rows, ${mb(statSync(workbook).size)}`,
      ['import', 'csv', workbook, '-o', imported],
      (stderr) => (/[✓✗][^\n]*/.exec(stderr)?.[0] ?? '').replace(/ → .*/, ''),
    );
    const site = join(dir, 'site');
    const counted = (stderr: string) =>
      /\d[\d,]* file\(s\) written, [\d,]+ unchanged/.exec(stderr)?.[0] ?? stderr.slice(0, 120);
    await step(
      'publish (empty folder)',
      `feed.json ${mb(statSync(imported).size)}`,
      ['publish', imported, '-o', site],
      counted,
    );
    await step('publish again (nothing changed)', 'the same feed', ['publish', imported, '-o', site], counted);
    await step(
      'validate <folder>',
      `feed.json ${mb(statSync(join(site, 'feed.json')).size)} + parts`,
      ['validate', site, '--quiet'],
      (stderr) => (stderr.trim() === '' ? 'no problem' : stderr.trim().split('\n').at(-1)!.slice(0, 80)),
    );
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatWorkbookBench(rows: readonly WorkbookBenchRow[]): string {
  const header = ['step', 'input', 'wall s', 'CPU s', 'peak RSS MB', 'said'];
  const body = rows.map((r) => [
    r.step,
    r.input,
    r.seconds.toFixed(2),
    r.cpuSeconds.toFixed(2),
    r.peakRssMB.toFixed(0),
    r.note,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const numeric = (i: number) => i >= 2 && i <= 4;
  const fmt = (cells: string[]) =>
    `| ${cells.map((c, i) => (numeric(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  return [
    fmt(header),
    `|${widths.map((w, i) => (numeric(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`,
    ...body.map(fmt),
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const at = process.argv.indexOf('--commitments');
  const commitments = at >= 0 ? Number(process.argv[at + 1]) : 10_000;
  console.log(formatWorkbookBench(await runWorkbookBench(commitments)));
}
