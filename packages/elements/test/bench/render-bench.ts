/**
 * The elements' render benchmark, in Chromium: `<ogp-plan>` with 1,000 commitments (first
 * render, and the update after one commitment changes) and 1,000 `<ogp-progress-bar>`s, against
 * a raw-DOM baseline that builds the same markup with `<template>` cloning (raw-dom.ts).
 * Targets (issue 3): first render within 2x of raw DOM; the update under 5 % of a full render.
 *
 *   node --conditions=source --import tsx packages/elements/test/bench/render-bench.ts [--rounds 9]
 *
 * `runRenderBench()` returns the rows for `scripts/bench.ts`. The page is bundled with esbuild
 * (Lit's production build, as the embed ships it) and served from 127.0.0.1; both stop at the end.
 */
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { RenderBenchResult } from './render-page.js';

export interface RenderBenchRow extends RenderBenchResult {
  /** elements / raw DOM (first renders; target at most 2). */
  ratio?: number;
  /** The update as a share of the elements' full render (target under 5 %). */
  ofFullRender?: number;
  target: string;
  met: boolean;
}

/** The root's Chromium finder (plain JavaScript, no types of its own). */
async function chromiumSettings(): Promise<{ chromiumPath: () => string; CHROMIUM_FLAGS: string[] }> {
  const module: string = '../../../../scripts/chromium.js';
  return import(module);
}

export async function runRenderBench(
  options: { rounds?: number; commitments?: number } = {},
): Promise<RenderBenchRow[]> {
  const { chromiumPath, CHROMIUM_FLAGS } = await chromiumSettings();
  const dir = mkdtempSync(join(tmpdir(), 'ogp-render-bench-'));
  const server = createServer((request, response) => {
    const file = request.url === '/bench.js' ? 'bench.js' : 'index.html';
    response.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' });
    response.end(readFileSync(join(dir, file)));
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_FLAGS, '--js-flags=--expose-gc'],
  });
  try {
    await build({
      entryPoints: [resolve(import.meta.dirname, 'render-page.ts')],
      outfile: join(dir, 'bench.js'),
      bundle: true,
      format: 'esm',
      target: 'es2022',
      minify: true,
      conditions: ['source'],
      logLevel: 'error',
    });
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html lang="es"><meta charset="utf-8"><body><script type="module" src="/bench.js"></script>',
    );
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => 'runRenderBench' in globalThis);
    const results = await page.evaluate(
      ([rounds, commitments]) =>
        (
          globalThis as unknown as { runRenderBench: (r: number, c: number) => Promise<RenderBenchResult[]> }
        ).runRenderBench(rounds, commitments),
      [options.rounds ?? 9, options.commitments ?? 1000] as const,
    );
    if (errors.length) throw new Error(`the benchmark page failed: ${errors.join('; ')}`);
    const full = results[0]!.elementsMs;
    return results.map((row): RenderBenchRow => {
      if (row.rawMs !== undefined) {
        const ratio = row.elementsMs / row.rawMs;
        return { ...row, ratio, target: 'at most 2x raw DOM', met: ratio <= 2 };
      }
      const ofFullRender = row.elementsMs / full;
      return { ...row, ofFullRender, target: 'under 5 % of a full render', met: ofFullRender < 0.05 };
    });
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatRenderBench(rows: RenderBenchRow[]): string {
  const lines = [
    '| case | elements (ms) | raw DOM (ms) | figure | target | met |',
    '|---|---:|---:|---:|---|---|',
    ...rows.map((row) => {
      const figure =
        row.ratio !== undefined ? `${row.ratio.toFixed(2)}x` : `${((row.ofFullRender ?? 0) * 100).toFixed(1)} %`;
      const raw = row.rawMs !== undefined ? row.rawMs.toFixed(1) : '';
      return `| ${row.case} | ${row.elementsMs.toFixed(1)} | ${raw} | ${figure} | ${row.target} | ${row.met ? 'yes' : 'no'} |`;
    }),
  ];
  return lines.join('\n');
}

if (process.argv[1] === import.meta.filename) {
  const at = process.argv.indexOf('--rounds');
  const rows = await runRenderBench(at > 0 ? { rounds: Number(process.argv[at + 1]) } : {});
  console.log(formatRenderBench(rows));
}
