/**
 * Chromium for end-to-end tests (playwright-core, the system's browser: see scripts/chromium.js),
 * and the checks every page gets: nothing logged as an error, no uncaught exception.
 */
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

// scripts/chromium.js is plain JavaScript without types: where Chromium is, with which flags.
const { chromiumPath, CHROMIUM_FLAGS } = (await import(
  String(new URL('../../../scripts/chromium.js', import.meta.url))
)) as {
  chromiumPath: () => string;
  CHROMIUM_FLAGS: string[];
};

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
}

/**
 * What the console says when the elements look for a feed's published parts on a host that has
 * none (docs/feed-format.md#published-slices): a 404 for `<name>.parts/…`, or a request blocked
 * because the host's 404 page has no CORS header. The documented cost of the look, once per
 * session; the page then reads the whole feed, which the tests check.
 */
export const PARTS_LOOKUP =
  /(status of 404 \(Not Found\)|net::ERR_FAILED).*\.parts\/|\.parts\/\S+ from origin \S+ has been blocked by CORS policy/;

/** Console errors and uncaught exceptions of `page`, as they happen (but the parts lookup's). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    const where = message.location().url;
    const text = `console.error: ${message.text()}${where ? ` (${where})` : ''}`;
    if (message.type() === 'error' && !PARTS_LOOKUP.test(text)) errors.push(text);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  // The console says "Failed to load resource" without the address: say which.
  page.on('response', (response) => {
    if (
      response.status() >= 400 &&
      !(response.status() === 404 && PARTS_LOOKUP.test(`status of 404 (Not Found) ${response.url()}`))
    ) {
      errors.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  return errors;
}

/**
 * Defines `window.shadowText(element)` in every page: the text `element` renders in its shadow
 * root (and in the shadow roots of elements inside it), without the light-DOM content it was
 * given. Text hidden for screen readers counts: it is rendered content too.
 * A string, not a function: tsx rewrites functions (`__name(...)`), which breaks them in a page.
 */
export const SHADOW_TEXT_SCRIPT = `
window.shadowText = (element) => {
  const parts = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.data);
      else if (child instanceof HTMLStyleElement || child instanceof HTMLScriptElement) continue;
      else if (child instanceof Element) walk(child.shadowRoot ?? child);
    }
  };
  if (element && element.shadowRoot) walk(element.shadowRoot);
  return parts.join(' ').replace(/\\s+/g, ' ').trim();
};
`;

/** Opens a page that has `shadowText` and reports its errors into `errors`. */
export async function openPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  await page.addInitScript({ content: SHADOW_TEXT_SCRIPT });
  return { page, errors: collectErrors(page) };
}

/** Waits until the element matched by `selector` shows every word in its shadow root; returns its text. */
export async function waitForShadowText(
  page: Page,
  selector: string,
  words: string[],
  timeout = 10_000,
): Promise<string> {
  const read = `window.shadowText(document.querySelector(${JSON.stringify(selector)}))`;
  try {
    await page.waitForFunction(
      `(() => { const t = ${read}; return ${JSON.stringify(words)}.every((w) => t.includes(w)); })()`,
      undefined,
      { timeout },
    );
  } catch {
    throw new Error(`${selector} does not show ${JSON.stringify(words)}; it shows: ${await page.evaluate(read)}`);
  }
  return (await page.evaluate(read)) as string;
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's violations on the whole page (shadow roots included), as "rule: targets" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => JSON.stringify(n.target)).join(', ')))`);
}
