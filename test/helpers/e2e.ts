/**
 * What every hardening end-to-end test needs: the built bundle (checked fresh), Chromium with a
 * guard installed before any page script runs, and readers of what the elements rendered inside
 * their shadow roots. Scripts run in the page are strings: tsx rewrites functions (`__name`),
 * which breaks them once serialised into a page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { startFaultServer, type FaultServer, type Script } from './fault-server.js';
import { BUILD_SOURCES, buildProblem } from '../../scripts/rollup/fresh-build.js';
import { launchChromium, PARTS_LOOKUP, SHADOW_TEXT_SCRIPT } from '../e2e/helpers/browser.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** `OGP_E2E_DIST` points the tests at bundles elsewhere (a release candidate, a copy): not checked for freshness. */
export const DIST = process.env.OGP_E2E_DIST ?? join(ROOT, 'packages/elements/dist');
export const ESM_BUNDLE = '/dist/ogp-embed.js';
export const CLASSIC_BUNDLE = '/dist/ogp-embed.iife.js';

/** The strict page's policy, word for word as issue 6 gives it. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/** Throws, with the command to run, when the bundles are missing or older than their sources. */
export function requireFreshBundles(): void {
  if (process.env.OGP_E2E_DIST) return;
  const problem = buildProblem(
    [join(DIST, 'ogp-embed.js'), join(DIST, 'ogp-embed.iife.js')],
    BUILD_SOURCES.map((source) => join(ROOT, source)),
  );
  if (problem) throw new Error(problem);
}

export { launchChromium };

/**
 * Installed before any script of the page: records Content-Security-Policy violations, dialogs
 * (`alert` from injected script), and every pending timer (so a test can see timers left behind);
 * defines `shadowText` and `deepQueryAll`, which see through every shadow root.
 */
export const GUARD_SCRIPT = `
window.__ogp = { violations: [], dialogs: 0 };
const recordViolation = (e) => window.__ogp.violations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
window.addEventListener('securitypolicyviolation', recordViolation, true);
for (const name of ['alert', 'confirm', 'prompt']) {
  const original = window[name];
  window[name] = function () { window.__ogp.dialogs++; return original.apply(window, arguments); };
}
(() => {
  const pending = new Map();
  const setT = window.setTimeout, clearT = window.clearTimeout, setI = window.setInterval, clearI = window.clearInterval;
  window.setTimeout = function (handler, ms, ...rest) {
    const id = setT.call(window, function () { pending.delete(id); if (typeof handler === 'function') return handler.apply(this, arguments); }, ms, ...rest);
    pending.set(id, 'timeout ' + ms + ' ms');
    return id;
  };
  window.clearTimeout = function (id) { pending.delete(id); return clearT.call(window, id); };
  window.setInterval = function (handler, ms, ...rest) { const id = setI.call(window, handler, ms, ...rest); pending.set(id, 'interval ' + ms + ' ms'); return id; };
  window.clearInterval = function (id) { pending.delete(id); return clearI.call(window, id); };
  window.__ogp.pendingTimers = () => pending.size;
  window.__ogp.pendingTimerList = () => [...pending.values()];
})();
window.deepQueryAll = (selector, root = document) => {
  const found = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.matches(selector)) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return found;
};
${SHADOW_TEXT_SCRIPT}
`;

export interface GuardedPage {
  page: Page;
  /** Console errors and uncaught exceptions, except those `expected` matches. */
  errors: string[];
}

/**
 * A new page with the guard installed. Console errors matching `expected` (the failures a test
 * provokes on purpose, e.g. the browser's own "Failed to load resource" for a scripted 500) are
 * left out of `errors`; everything else is kept.
 */
export async function openGuardedPage(browser: Browser, expected: RegExp[] = []): Promise<GuardedPage> {
  const page = await browser.newPage();
  await page.addInitScript({ content: GUARD_SCRIPT });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    const text = `console.error: ${message.text()}${where ? ` (${where})` : ''}`;
    if (![...expected, PARTS_LOOKUP].some((pattern) => pattern.test(text))) errors.push(text);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('dialog', (dialog) => void dialog.dismiss());
  return { page, errors };
}

/** The element's rendered text (shadow roots included, light-DOM fallback excluded). */
export function shadowText(page: Page, selector: string): Promise<string> {
  return page.evaluate(`window.shadowText(document.querySelector(${JSON.stringify(selector)}))`) as Promise<string>;
}

/**
 * Waits until `check` (a JS expression over `t`, the element's shadow text) holds; on timeout,
 * throws with what the element shows instead.
 */
export async function waitForText(page: Page, selector: string, check: string, timeout = 10_000): Promise<string> {
  const read = `window.shadowText(document.querySelector(${JSON.stringify(selector)}))`;
  // Polled from here, not with waitForFunction: its string predicate runs through eval in the page,
  // which a strict page's policy refuses (elements defined by the loader are not there at once).
  const until = Date.now() + timeout;
  for (;;) {
    const text = (await page.evaluate(read)) as string;
    if (await page.evaluate(`(() => { const t = ${JSON.stringify(text)}; return ${check}; })()`)) return text;
    if (Date.now() > until) throw new Error(`${selector}: waited for ${check}; it shows: ${JSON.stringify(text)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until the element shows all of `words`. */
export function waitForWords(page: Page, selector: string, words: string[], timeout?: number): Promise<string> {
  return waitForText(page, selector, `${JSON.stringify(words)}.every((w) => t.includes(w))`, timeout);
}

export async function violations(page: Page): Promise<string[]> {
  return page.evaluate('window.__ogp.violations') as Promise<string[]>;
}

/** What a page can have run that it should not have: the sentinel the hostile payloads set, and dialogs. */
export async function injected(page: Page): Promise<{ pwned: unknown; dialogs: number }> {
  return page.evaluate('({ pwned: window.__pwned, dialogs: window.__ogp.dialogs })') as Promise<{
    pwned: unknown;
    dialogs: number;
  }>;
}

/** A page that loads the bundle the given way(s) and holds `body`. */
export function embedPage(
  body: string,
  scripts: string[] = [`<script type="module" src="${ESM_BUNDLE}"></script>`],
  lang = 'en',
): string {
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>ogp-embed hardening</title>${scripts.join('\n')}</head>
<body>
${body}
</body>
</html>`;
}

/** Chile's sample feed, as the e2e pages load it from `/feeds/chile.json`. */
export const CHILE_SAMPLE = readFileSync(join(ROOT, 'examples/feeds/chile.json'));

export interface E2ePageOptions {
  /** Runs first, in the same `before` (node 20 runs each top-level `before` as it is declared, not in turn). */
  prepare?: () => unknown;
  /** URL prefixes served from folders (default: the build at `/dist/`); a function for folders `prepare` makes. */
  files?: Record<string, string> | (() => Record<string, string>);
  /** Feeds scripted at the start: path → replies (see fault-server.ts); a function for feeds made by the test. */
  feeds?: Record<string, Script> | (() => Promise<Record<string, Script>>);
  /** Whether the pages load the build, which must then be fresh (default true). */
  needsBuild?: boolean;
}

/** What an e2e file's tests use: the page's server and Chromium, there once `before` has run. */
export interface E2ePage {
  readonly server: FaultServer;
  readonly browser: Browser;
}

/**
 * The before and after every e2e file of built pages needs: the build checked fresh, a fault
 * server serving it (and `feeds`), and Chromium; both stopped after the file's tests. Call once,
 * at the top level of the file; read `server` and `browser` in its tests.
 */
export function useE2ePage(options: E2ePageOptions = {}): E2ePage {
  let server: FaultServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    const { prepare, files = { '/dist/': DIST }, feeds = {}, needsBuild = true } = options;
    if (needsBuild) requireFreshBundles();
    await prepare?.();
    [server, browser] = await Promise.all([
      startFaultServer({ files: typeof files === 'function' ? files() : files }),
      launchChromium(),
    ]);
    const scripts = typeof feeds === 'function' ? await feeds() : feeds;
    for (const [path, script] of Object.entries(scripts)) server.feed(path, script);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
  };
}
