/**
 * The README's screenshot: the demo's ministry page, taken from the demo server in Chromium once
 * every element shows its data.
 *
 *   node --conditions=source --import tsx scripts/serve/screenshot.ts   # writes docs/screenshot.png
 *
 * Needs `npm run build` first (the page loads the built bundle).
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createDemoServer } from './demo-server.js';

// chromium.js is plain JavaScript without types.
const { chromiumPath, CHROMIUM_FLAGS } = (await import(String(new URL('../chromium.js', import.meta.url)))) as {
  chromiumPath: () => string;
  CHROMIUM_FLAGS: string[];
};

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = fileURLToPath(new URL('../../docs/screenshot.png', import.meta.url));

const demo = createDemoServer({ root: ROOT });
const url = await demo.listen(0);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 }, deviceScaleFactor: 1 });
  await page.goto(`${url}examples/ministry/`);
  // Every element has rendered its data (its footer says when it was fetched).
  await page.waitForFunction(
    `['ogp-plan', 'ogp-commitment', 'ogp-agreements'].every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="updated"]'))`,
    undefined,
    { timeout: 15_000 },
  );
  await page.screenshot({ path: OUT, clip: { x: 0, y: 0, width: 1000, height: 1400 } });
  console.log(`Wrote ${OUT}`);
} finally {
  await browser.close();
  await demo.close();
}
