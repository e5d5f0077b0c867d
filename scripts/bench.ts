/**
 * `npm run bench`: three benchmarks, each reported as ratios to a baseline run in the same
 * process, never asserted:
 * 1. parse: how fast a feed of 10,000 commitments is read and checked, against `JSON.parse`
 *    alone and against ajv validating the shipped JSON Schema;
 * 2. render: `<ogp-plan>` with 1,000 commitments and 1,000 `<ogp-progress-bar>`s in Chromium,
 *    against raw DOM built by `<template>` cloning (packages/elements/test/bench);
 * 3. import: the CLI importing OGP-style sheets of growing size: rows/s and peak memory;
 * 4. first-card: one card on an emulated phone (Slow 4G), against the same page as static HTML
 *    (scripts/bench/first-card.ts); needs `npm run build` first;
 * 5. cls: the layout shift of examples/ministry/ as Lighthouse (mobile) scores it
 *    (scripts/bench/layout-shift.ts); needs `npm run build` first.
 *
 *   node --conditions=source --import tsx scripts/bench.ts [--only parse|render|import|first-card|cls]
 *        [--commitments 10000] [--rounds 7] [--largest 10000] [--loader-only] [--waterfall] [--http2]
 *        [--runs 2] [--trace <folder>]
 *
 * The variants run interleaved (each round runs all of them, in a rotating order), after a
 * warm-up round, with a garbage collection before each timed run; the figure is the median.
 * Nothing here asserts a time: the table is for people. It does check that every variant
 * accepts the feed, so no variant is timed on an error path.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Ajv2020 from 'ajv/dist/2020.js';
import { Feed, parseFeed } from '@ogp-embed/sdk';
// Not part of the package (the tests' oracle): measured beside parseFeed.
import { parseFeedCompiled } from '../packages/sdk/test/helpers/parse-feed-compiled.js';
import { checkFeed } from '../packages/sdk/src/check/check-feed.js';
import { SCHEMA_FILE } from './build-json-schema.js';
import { generateFeed } from './bench/generate-feed.js';
import { formatFirstCardBench, runFirstCardBench } from './bench/first-card.js';
import { formatImportBench, runImportBench } from './bench/import-bench.js';
import { formatWorkbookBench, runWorkbookBench } from './bench/import-workbook-bench.js';
import { formatLayoutShiftBench, runLayoutShiftBench } from './bench/layout-shift.js';
import { formatRenderBench, runRenderBench } from '../packages/elements/test/bench/render-bench.js';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number above 0`);
  return value;
}

/** A collection before each timed run, so one variant's garbage is not billed to the next. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  return gc ?? (() => {});
}

interface Variant {
  name: string;
  run: (text: string) => boolean;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function runParseBench(): void {
  const commitments = option('commitments', 10_000);
  const rounds = option('rounds', 7);
  const gc = collector();

  const text = JSON.stringify(generateFeed({ commitments }));
  const bytes = Buffer.byteLength(text);
  const validateAjv = new Ajv2020({ strict: true, validateFormats: false }).compile(
    JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')),
  );

  const variants: Variant[] = [
    { name: 'JSON.parse', run: (t) => JSON.parse(t) !== undefined },
    { name: 'JSON.parse + parseFeed', run: (t) => parseFeed(JSON.parse(t)).ok },
    { name: 'JSON.parse + parseFeedCompiled', run: (t) => parseFeedCompiled(JSON.parse(t)).ok },
    { name: 'JSON.parse + ajv (feed.schema.json)', run: (t) => validateAjv(JSON.parse(t)) },
    // Not asked for, shown to split the cost: the schema check alone, without the cross-reference checks.
    { name: '(JSON.parse + generated validator only)', run: (t) => checkFeed(JSON.parse(t)).success },
    { name: '(JSON.parse + zod Feed schema only)', run: (t) => Feed.safeParse(JSON.parse(t)).success },
  ];

  for (const variant of variants) {
    if (!variant.run(text)) throw new Error(`${variant.name} rejected the generated feed`);
  }
  const strict = parseFeed(text, { mode: 'strict' });
  if (!strict.ok || strict.issues.length > 0) throw new Error('The generated feed has issues in strict mode');

  const times = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  for (let round = -1; round < rounds; round++) {
    for (let i = 0; i < variants.length; i++) {
      const variant = variants[(i + Math.max(round, 0)) % variants.length]!;
      gc();
      const start = performance.now();
      variant.run(text);
      const elapsed = performance.now() - start;
      if (round >= 0) times.get(variant.name)!.push(elapsed);
    }
  }

  const ms = (name: string) => median(times.get(name)!);
  const base = ms('JSON.parse');
  const ajv = ms('JSON.parse + ajv (feed.schema.json)');
  const rows = variants.map((v) => {
    const t = ms(v.name);
    const all = times.get(v.name)!;
    return [
      v.name,
      t.toFixed(0),
      `${Math.min(...all).toFixed(0)}–${Math.max(...all).toFixed(0)}`,
      (bytes / 1e6 / (t / 1000)).toFixed(1),
      `${(t / base).toFixed(2)}x`,
      `${(t / ajv).toFixed(2)}x`,
    ];
  });
  const header = ['variant', 'median ms', 'range ms', 'MB/s', 'vs JSON.parse', 'vs ajv'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;

  console.log(
    `Feed: ${commitments.toLocaleString('en')} commitments, ${(bytes / 1e6).toFixed(1)} MB ` +
      `(${(bytes / commitments / 1000).toFixed(1)} KB per commitment with its milestones, indicators and updates)`,
  );
  console.log(
    `Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}; median of ${rounds} interleaved rounds after a warm-up`,
  );
  console.log(
    'parseFeed: lenient (default), the validator generated from the zod schemas (CSP-safe); parseFeedCompiled: zod compiled (new Function); both include the cross-reference checks.',
  );
  console.log('ajv: compiled from packages/sdk/feed.schema.json, formats not validated (patterns are).\n');
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--only');
  const only = at >= 0 ? process.argv[at + 1] : undefined;
  if (!only || only === 'parse') {
    console.log('## Parse and validate\n');
    runParseBench();
  }
  if (!only || only === 'render') {
    console.log('\n## Render in Chromium\n');
    console.log(formatRenderBench(await runRenderBench()));
  }
  if (!only || only === 'import') {
    console.log('\n## Import an OGP-style sheet (CLI, child process)\n');
    console.log(formatImportBench(await runImportBench()));
    console.log(
      '\n## A workbook of 10,000 commitments: import, publish, publish again, validate (CLI, child processes)\n',
    );
    console.log(formatWorkbookBench(await runWorkbookBench(option('commitments', 10_000))));
  }
  if (!only || only === 'first-card') {
    console.log('\n## The first card, on an emulated phone\n');
    const largest = option('largest', 10_000);
    const traceAt = process.argv.indexOf('--trace');
    const trace = traceAt >= 0 ? process.argv[traceAt + 1] : undefined;
    if (traceAt >= 0 && !trace) throw new Error('--trace takes a folder to write the traces into');
    if (trace) mkdirSync(trace, { recursive: true });
    const options = {
      largest,
      runs: option('runs', 2),
      trace,
      loaderOnly: process.argv.includes('--loader-only'),
      waterfall: process.argv.includes('--waterfall'),
      http2: process.argv.includes('--http2'),
    };
    console.log(formatFirstCardBench(await runFirstCardBench(options)));
  }
  if (!only || only === 'cls') {
    console.log('\n## Layout shift of the ministry page\n');
    console.log(formatLayoutShiftBench(await runLayoutShiftBench()));
  }
}

await main();
