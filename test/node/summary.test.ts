/**
 * `scripts/summary.ts` (the interim `npm start`) on the real-data sample: what a person running
 * it sees, at a fixed clock.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFeed } from '@ogp-embed/sdk';
import { OUTPUT as SAMPLE } from '../../scripts/build-sample-feed.js';
import { summaryLines } from '../../scripts/summary.js';

const result = parseFeed(readFileSync(SAMPLE, 'utf8'));
assert.ok(result.ok);
const feed = result.feed;
const now = new Date('2026-11-25T12:00:00Z');

test('lists every plan with its commitment count', () => {
  const text = summaryLines(feed, 'en', now).join('\n');
  assert.match(text, /AP_CHL04 {2}4th Open Government Action Plan {2}2018–2020 {2}\[Closed\]\n {4}12 commitments:/);
  assert.match(text, /AP_CHL05 .*\n {4}6 commitments:/);
  assert.match(text, /AP_CHL06 .*\[Implementation\]\n {4}3 commitments:/);
});

test("shows the roundtable's four open agreements, due as soon as possible", () => {
  const lines = summaryLines(feed, 'es', now);
  const heading = lines.findIndex((line) => line.startsWith('Acuerdos abiertos — Mesa de Gobierno Abierto: 4'));
  assert.ok(heading >= 0, lines.join('\n'));
  const agreements = lines.slice(heading + 1).filter((line) => line.startsWith('  - '));
  assert.equal(agreements.length, 4);
  assert.equal(lines.filter((line) => line.includes('A la brevedad')).length, 4);
});

test('reports unknown progress as unknown, and the illustrative figure where it is', () => {
  const text = summaryLines(feed, 'en', now).join('\n');
  assert.match(text, /AP_CHL04[^\n]*\n[^\n]*\n {4}progress unknown for all/);
  assert.match(text, /average known progress 30% \(1\/3\)/);
});

test('the command exits non-zero on a feed it cannot read', () => {
  assert.throws(
    () =>
      execFileSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'scripts/summary.ts', 'package.json'], {
        stdio: 'pipe',
        cwd: fileURLToPath(new URL('../..', import.meta.url)),
      }),
    (error: { status?: number; stderr?: Buffer }) => error.status === 1 && /schemaVersion/.test(String(error.stderr)),
  );
});
