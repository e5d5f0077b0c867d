/**
 * A card written into the page with its snapshot (issue 24, `@ogp-embed/elements/ssr`), on a page
 * with the strict policy (no inline script or style, Trusted Types): with scripts off the reader
 * reads its title and verdict, styled; with scripts on the element takes the same box over without
 * moving what is below it (layout shift < 0.01), then shows its live data. Needs `npm run build`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { renderSnapshot } from '@ogp-embed/elements/ssr';
import { startFaultServer, type FaultServer } from '../helpers/fault-server.js';
import { DIST, ESM_BUNDLE, launchChromium, openGuardedPage, requireFreshBundles, ROOT, STRICT_CSP, violations } from '../helpers/e2e.js';

const CHILE = JSON.parse(readFileSync(join(ROOT, 'examples/feeds/chile.json'), 'utf8')) as { plans: { commitments: { id: string }[] }[] };
/** Fixed, so the figures (overdue, next milestone) are the same on any day the test runs. */
const NOW = new Date('2024-03-01T12:00:00Z');

let server: FaultServer;
let browser: Browser;

before(async () => {
  requireFreshBundles();
  server = await startFaultServer({ files: { '/dist/': DIST } });
  server.feed('/feeds/chile.json', { body: readFileSync(join(ROOT, 'examples/feeds/chile.json')) });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page of text around the card: what a shift would move is below it. */
function page(card: string, lang = 'es', script = `<script type="module" src="${ESM_BUNDLE}"></script>`): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Snapshot</title>
<meta name="viewport" content="width=device-width">${script}</head>
<body><h1>Ministerio</h1><p>El primer párrafo del artículo, antes del compromiso.</p>
${card}
<p id="below">El párrafo que sigue al compromiso: no debe moverse.</p>
${'<p>Más texto de la página, para que haya algo que mover.</p>'.repeat(10)}
</body></html>`;
}

const snapshot = (lang: string, attributes: Record<string, string | boolean> = {}) =>
  renderSnapshot({
    tag: 'ogp-commitment',
    attributes: { commitment: 'CL0081', src: '/feeds/chile.json', parts: 'none', ...attributes },
    feed: CHILE,
    lang,
    styles: '/dist/',
    now: NOW,
    fallback: { text: 'Compromiso CL0081', href: 'https://www.opengovpartnership.org/' },
  });

/** The sum of layout shifts since the page started (PerformanceObserver, buffered), as CLS counts them. */
const SHIFTS = `new Promise((resolve) => {
  let sum = 0;
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) sum += entry.value; }).observe({ type: 'layout-shift', buffered: true });
  setTimeout(() => resolve(sum), 300);
})`;

const top = (p: Page, selector: string) => p.evaluate(`document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect().top`) as Promise<number>;

describe('a card written with its snapshot', () => {
  test('with scripts off, the reader reads its number, title, verdict and facts, styled', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    try {
      const p = await context.newPage();
      const url = server.url('/snapshot-off.html');
      server.page('/snapshot-off.html', page(await snapshot('es')), { headers: { 'content-security-policy': STRICT_CSP } });
      await p.goto(url, { waitUntil: 'load' });
      const text = await p.locator('ogp-commitment').innerText();
      for (const words of ['Compromiso 11', 'Fortalecimiento de la participación ciudadana en el Congreso Virtual', 'En curso', 'Próximo hito', '30 %']) {
        assert.ok(text.includes(words), `scripts off: "${words}" in ${JSON.stringify(text)}`);
      }
      // Styled by the linked sheet: the card is a block with its border, not inline text.
      const card = p.locator('ogp-commitment [part~="card"]');
      assert.equal(await card.evaluate((el) => getComputedStyle(el).borderTopStyle), 'solid');
      assert.equal(await p.locator('ogp-commitment').evaluate((el) => getComputedStyle(el).display), 'block');
      // The light-DOM fallback is not shown: the snapshot is.
      assert.equal(await p.locator('ogp-commitment > a').isVisible(), false);
    } finally {
      await context.close();
    }
  });

  for (const lang of ['es', 'en', 'pt-BR', 'fr']) {
    test(`with scripts on (${lang}), the element takes the box over without a shift, then is live`, async () => {
      const { page: p, errors } = await openGuardedPage(browser);
      await p.setViewportSize({ width: 390, height: 800 });
      const path = `/snapshot-on-${lang}.html`;
      server.page(path, page(await snapshot(lang), lang), { headers: { 'content-security-policy': `${STRICT_CSP}; trusted-types lit-html` } });
      const feedRequests = server.requestsFor('/feeds/chile.json').length;
      await p.goto(server.url(path));
      const before = await top(p, '#below');
      // Taken over: the shadow root holds the element's own render (no linked sheet), from the fetched feed.
      const takenOver = `(() => { const root = document.querySelector('ogp-commitment').shadowRoot;
        return !!customElements.get('ogp-commitment') && !root.querySelector('link') && !!root.querySelector('[part~="card"]'); })()`;
      for (const until = Date.now() + 10_000; !(await p.evaluate(takenOver)); await new Promise((r) => setTimeout(r, 50))) {
        if (Date.now() > until) assert.fail(`never took over: ${await p.evaluate('document.querySelector("ogp-commitment").shadowRoot.innerHTML')}`);
      }
      assert.ok(server.requestsFor('/feeds/chile.json').length > feedRequests, 'the element fetched its feed');
      const shift = (await p.evaluate(SHIFTS)) as number;
      assert.ok(shift < 0.01, `layout shift through the takeover: ${shift}`);
      assert.equal(await top(p, '#below'), before, 'the paragraph below did not move');
      assert.deepEqual(await violations(p), []);
      assert.deepEqual(errors, []);
      await p.close();
    });
  }
});
