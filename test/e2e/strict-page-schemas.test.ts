/**
 * A page with a strict Content-Security-Policy (no eval) whose own code validates with the SDK's
 * zod schemas (`Feed.safeParse`), bundled as a page's bundler would: no violation is reported, and
 * zod's global config (shared by every copy of zod on the page) is left as the page had it.
 * The control: classic zod's object schemas probe `new Function` unless `jitless` is set, and the
 * same page reports it; so the SDK needs no `jitless` for its zod/mini schemas, and sets none.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { build } from 'esbuild';
import { embedPage, openGuardedPage, ROOT, STRICT_CSP, violations, useE2ePage, CHILE_SAMPLE } from '../helpers/e2e.js';

const PAGE_CODE = `
import { Feed } from '@ogp-embed/sdk';
const feed = await (await fetch('/feeds/chile.json')).json();
const result = Feed.safeParse(feed);
document.body.dataset.result = result.success ? 'valid' : 'invalid';
document.body.dataset.jitless = String(globalThis.__zod_globalConfig?.jitless);
`;

/** The control: a classic zod object schema, built and used the same way. */
const CLASSIC_ZOD_CODE = `
import * as z from 'zod';
const result = z.object({ name: z.string() }).safeParse({ name: 'Chile' });
document.body.dataset.result = result.success ? 'valid' : 'invalid';
document.body.dataset.jitless = String(globalThis.__zod_globalConfig?.jitless);
`;

let dir = '';

/** The page's own code and the control, bundled as a page's bundler would. */
async function buildPageCode(): Promise<void> {
  dir = mkdtempSync(join(tmpdir(), 'ogp-schemas-csp-'));
  for (const [file, contents] of [
    ['schemas.js', PAGE_CODE],
    ['classic-zod.js', CLASSIC_ZOD_CODE],
  ] as const) {
    await build({
      stdin: { contents, resolveDir: ROOT, loader: 'ts' },
      outfile: join(dir, file),
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      conditions: ['source'],
      logLevel: 'error',
    });
  }
}

const e2e = useE2ePage({
  prepare: buildPageCode,
  files: () => ({ '/js/': dir }),
  feeds: { '/feeds/chile.json': { body: CHILE_SAMPLE } },
  needsBuild: false,
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function openWith(
  script: string,
  expectViolation = false,
): Promise<{ result: string; jitless: string; violations: string[] }> {
  const path = `/${script}.html`;
  e2e.server.page(path, embedPage('', [`<script type="module" src="/js/${script}"></script>`]), {
    headers: { 'content-security-policy': STRICT_CSP },
  });
  // Trusted Types reports the refused `new Function` on the console too: expected in the control only.
  const { page, errors } = await openGuardedPage(
    e2e.browser,
    expectViolation ? [/requires 'TrustedScript' assignment/] : [],
  );
  await page.goto(e2e.server.url(path));
  await page.waitForFunction('document.body.dataset.result !== undefined', undefined, { timeout: 10_000 });
  // A violation is reported as an event after the fact: wait for it, or long enough for one.
  if (expectViolation) await page.waitForFunction('window.__ogp.violations.length > 0', undefined, { timeout: 5_000 });
  else await page.waitForTimeout(300);
  const outcome = (await page.evaluate('({ ...document.body.dataset })')) as { result: string; jitless: string };
  const seen = await violations(page);
  assert.deepEqual(errors, []);
  await page.close();
  return { ...outcome, violations: seen };
}

test("a strict page validating with the SDK's zod schemas: no violation, and zod's global config untouched", async () => {
  const outcome = await openWith('schemas.js');
  assert.deepEqual(outcome, { result: 'valid', jitless: 'undefined', violations: [] });
});

test("the control: classic zod's object schema is reported as eval under the same policy", async () => {
  const outcome = await openWith('classic-zod.js', true);
  assert.equal(outcome.result, 'valid');
  assert.ok(
    outcome.violations.some((v) => /^(script-src|require-trusted-types-for)/.test(v)),
    JSON.stringify(outcome.violations),
  );
});
