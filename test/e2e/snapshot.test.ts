/**
 * A card written into the page with its snapshot (issue 24, `@ogp-embed/elements/ssr`), on a page
 * with the strict policy (no inline script or style, Trusted Types): with scripts off the reader
 * reads its title and verdict, styled; with scripts on the element takes the same box over without
 * moving what is below it (layout shift < 0.01), then shows its live data. Needs `npm run build`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { renderSnapshot } from '@ogp-embed/elements/ssr';
import { snapshotPage } from '../../examples/ssr/page.js';
import { runCli } from '../../packages/cli/test/run-cli.js';
import { hostileBody, hostileCase } from '../helpers/hostile-corpus.js';
import {
  ESM_BUNDLE,
  injected,
  openGuardedPage,
  ROOT,
  STRICT_CSP,
  violations,
  waitForWords,
  useE2ePage,
  CHILE_SAMPLE,
} from '../helpers/e2e.js';

const CHILE = JSON.parse(readFileSync(join(ROOT, 'examples/feeds/chile.json'), 'utf8')) as {
  plans: { commitments: { id: string }[] }[];
};
/** Fixed, so the figures (overdue, next milestone) are the same on any day the test runs. */
const NOW = new Date('2024-03-01T12:00:00Z');

const e2e = useE2ePage({ feeds: { '/feeds/chile.json': { body: CHILE_SAMPLE } } });

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

/**
 * A snapshot made now, as a page's would be: its "Updated" line then says about the time the live
 * element's does, as on a real page (a snapshot of last month's date may wrap differently).
 */
const snapshot = (lang: string, now = new Date(), attributes: Record<string, string | boolean> = {}) =>
  renderSnapshot({
    tag: 'ogp-commitment',
    // The same day for the live element's figures as for its snapshot's.
    attributes: {
      commitment: 'CL0081',
      src: '/feeds/chile.json',
      slices: 'none',
      now: now.toISOString(),
      ...attributes,
    },
    feed: CHILE,
    lang,
    styles: '/dist/',
    now,
    fallback: { text: 'Compromiso CL0081', href: 'https://www.opengovpartnership.org/' },
  });

/** The sum of layout shifts since the page started (PerformanceObserver, buffered), as CLS counts them. */
const SHIFTS = `new Promise((resolve) => {
  let sum = 0;
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) sum += entry.value; }).observe({ type: 'layout-shift', buffered: true });
  setTimeout(() => resolve(sum), 300);
})`;

const top = (p: Page, selector: string) =>
  p.evaluate(`document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect().top`) as Promise<number>;

describe('a card written with its snapshot', () => {
  test('with scripts off, the reader reads its number, title, verdict and facts, styled', async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    try {
      const p = await context.newPage();
      const url = e2e.server.url('/snapshot-off.html');
      // The example of a server rendering its page (examples/ssr/), as it serves it.
      const html = await snapshotPage({
        feed: CHILE,
        commitment: 'CL0081',
        lang: 'es',
        script: ESM_BUNDLE,
        src: '/feeds/chile.json',
        now: NOW,
      });
      e2e.server.page('/snapshot-off.html', html, { headers: { 'content-security-policy': STRICT_CSP } });
      await p.goto(url, { waitUntil: 'load' });
      // Each shadow root's text (the badge and the bar have their own).
      const text = (
        await Promise.all(
          ['[part~="card"]', 'ogp-status-badge [part~="label"]', 'ogp-progress-bar [part~="value"]'].map((part) =>
            p.locator(`ogp-commitment ${part}`).innerText(),
          ),
        )
      ).join(' ');
      for (const words of [
        'Compromiso 11',
        'Fortalecimiento de la participación ciudadana en el Congreso Virtual',
        'En curso',
        'Próximo hito',
        'Último reporte',
      ]) {
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
      const { page: p, errors } = await openGuardedPage(e2e.browser);
      await p.setViewportSize({ width: 390, height: 800 });
      const path = `/snapshot-on-${lang}.html`;
      e2e.server.page(path, page(await snapshot(lang), lang), {
        headers: { 'content-security-policy': `${STRICT_CSP}; trusted-types lit-html` },
      });
      const feedRequests = e2e.server.requestsFor('/feeds/chile.json').length;
      await p.goto(e2e.server.url(path));
      const before = await top(p, '#below');
      // Taken over: the shadow root holds the element's own render (no linked sheet), from the fetched feed.
      const takenOver = `(() => { const root = document.querySelector('ogp-commitment').shadowRoot;
        return !!customElements.get('ogp-commitment') && !root.querySelector('link') && !!root.querySelector('[part~="card"]'); })()`;
      for (
        const until = Date.now() + 10_000;
        !(await p.evaluate(takenOver));
        await new Promise((r) => setTimeout(r, 50))
      ) {
        if (Date.now() > until)
          assert.fail(
            `never took over: ${await p.evaluate('document.querySelector("ogp-commitment").shadowRoot.innerHTML')}`,
          );
      }
      assert.ok(e2e.server.requestsFor('/feeds/chile.json').length > feedRequests, 'the element fetched its feed');
      const shift = (await p.evaluate(SHIFTS)) as number;
      assert.ok(shift < 0.01, `layout shift through the takeover: ${shift}`);
      assert.equal(await top(p, '#below'), before, 'the paragraph below did not move');
      assert.deepEqual(await violations(p), []);
      assert.deepEqual(errors, []);
      await p.close();
    });
  }

  for (const [tag, attributes, part] of [
    ['ogp-plan', { plan: 'AP_CHL06' }, 'list'],
    ['ogp-agreements', { forum: 'mesa-gobierno-abierto' }, 'base'],
  ] as const) {
    test(`<${tag}> written with its snapshot: the elements inside it stay quiet, the element takes over without a shift`, async () => {
      const { page: p, errors } = await openGuardedPage(e2e.browser);
      const warnings: string[] = [];
      p.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      await p.setViewportSize({ width: 390, height: 800 });
      // A slow feed: the cards inside a plan's snapshot have long been defined when the data comes.
      const feedPath = `/feeds/slow-${tag}.json`;
      e2e.server.feed(feedPath, { body: readFileSync(join(ROOT, 'examples/feeds/chile.json')), delay: 800 });
      const html = await renderSnapshot({
        tag,
        attributes: { ...attributes, src: feedPath, slices: 'none' },
        feed: CHILE,
        lang: 'es',
        styles: '/dist/',
      });
      e2e.server.page(`/snapshot-${tag}.html`, page(html), {
        headers: { 'content-security-policy': `${STRICT_CSP}; trusted-types lit-html` },
      });
      await p.goto(e2e.server.url(`/snapshot-${tag}.html`));
      const before = await top(p, '#below');
      const takenOver = `(() => { const root = document.querySelector('${tag}').shadowRoot;
        return !!customElements.get('${tag}') && !document.querySelector('${tag}').hasAttribute('snapshot') && !root.querySelector('link') && !!root.querySelector('[part~="${part}"]'); })()`;
      for (
        const until = Date.now() + 10_000;
        !(await p.evaluate(takenOver));
        await new Promise((r) => setTimeout(r, 50))
      ) {
        if (Date.now() > until)
          assert.fail(
            `never took over: ${await p.evaluate(`document.querySelector('${tag}').shadowRoot.innerHTML.slice(0, 500)`)}`,
          );
      }
      const shift = (await p.evaluate(SHIFTS)) as number;
      assert.ok(shift < 0.01, `layout shift through the takeover: ${shift}`);
      assert.equal(await top(p, '#below'), before, 'the paragraph below did not move');
      assert.deepEqual(warnings, [], 'no element inside the snapshot said it was misused');
      assert.deepEqual(await violations(p), []);
      assert.deepEqual(errors, []);
      await p.close();
    });
  }

  test('hostile text in the feed stays text, scripts off and on, and the element takes over', async () => {
    const c = hostileCase('markup-in-text');
    const feed = JSON.parse(hostileBody(c).toString('utf8')) as unknown;
    e2e.server.feed('/feeds/hostile.json', { body: hostileBody(c) });
    const card = await renderSnapshot({
      tag: 'ogp-commitment',
      attributes: { commitment: c.element.commitment, src: '/feeds/hostile.json', slices: 'none' },
      feed,
      lang: 'en',
      styles: '/dist/',
      now: NOW,
    });
    e2e.server.page('/snapshot-hostile.html', page(card, 'en'), {
      headers: { 'content-security-policy': `${STRICT_CSP}; trusted-types lit-html` },
    });
    const { page: p, errors } = await openGuardedPage(e2e.browser);
    await p.goto(e2e.server.url('/snapshot-hostile.html'));
    await waitForWords(p, 'ogp-commitment', c.element.text!);
    assert.deepEqual(await injected(p), { pwned: undefined, dialogs: 0 });
    assert.deepEqual(await violations(p), []);
    assert.deepEqual(errors, []);
    await p.close();
  });
});

describe('a snippet with its styles inline (ogp-embed snippet --inline-styles)', () => {
  test('styled with scripts off under a policy that names the printed hashes, refused under one that does not', async () => {
    const cli = await runCli([
      'snippet',
      join(ROOT, 'examples/feeds/chile.json'),
      '--commitment',
      'CL0081',
      '--src',
      '/feeds/chile.json',
      '--script',
      ESM_BUNDLE,
      '--inline-styles',
      '--lang',
      'en',
    ]);
    assert.equal(cli.code, 0, cli.stderr);
    const hashes = cli.stderr.match(/style-src ('sha256-[^']+'(?: 'sha256-[^']+')*)/)?.[1];
    assert.ok(hashes, `hashes printed: ${cli.stderr}`);
    const border = async (policy: string) => {
      const context = await e2e.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
      try {
        const p = await context.newPage();
        const path = `/snippet-inline-${policy.length}.html`;
        e2e.server.page(path, page(cli.stdout, 'en'), { headers: { 'content-security-policy': policy } });
        await p.goto(e2e.server.url(path), { waitUntil: 'load' });
        assert.ok((await p.locator('ogp-commitment [part~="card"]').innerText()).includes('Commitment 11'));
        return await p.locator('ogp-commitment [part~="card"]').evaluate((el) => getComputedStyle(el).borderTopStyle);
      } finally {
        await context.close();
      }
    };
    assert.equal(await border(STRICT_CSP.replace("style-src 'self'", `style-src 'self' ${hashes}`)), 'solid');
    // The hashes are what lets them in: the strict policy alone refuses the inline styles.
    assert.notEqual(await border(STRICT_CSP), 'solid');
  });
});
