/**
 * A government page with strict security headers: scripts only from its own origin, no inline
 * styles, no eval, Trusted Types required. The built bundle (as an ES module and as a classic
 * script) must render every element there with its real data, styled, interactive, and with the
 * browser reporting no violation at all. Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  CLASSIC_BUNDLE,
  ESM_BUNDLE,
  embedPage,
  openGuardedPage,
  STRICT_CSP,
  violations,
  waitForWords,
  useE2ePage,
  CHILE_SAMPLE,
} from '../helpers/e2e.js';

/** Stricter still: the only Trusted Types policy allowed is Lit's own. */
const LIT_POLICY_ONLY = `${STRICT_CSP}; trusted-types lit-html`;

const e2e = useE2ePage({ feeds: { '/feeds/chile.json': { body: CHILE_SAMPLE } } });

/** Every element, fed Chile's sample feed through one provider; no inline script or style anywhere. */
const ELEMENTS = `
<ogp-feed src="/feeds/chile.json">
  <ogp-commitment id="commitment" commitment="CL0069"></ogp-commitment>
  <ogp-plan id="plan" plan="AP_CHL05"></ogp-plan>
  <ogp-timeline id="timeline" commitment="CL0069"></ogp-timeline>
  <ogp-indicator id="indicator" commitment="CL0081"></ogp-indicator>
  <ogp-agreements id="agreements" forum="mesa-gobierno-abierto"></ogp-agreements>
</ogp-feed>
<ogp-progress-bar id="bar" value="40" status="delayed"></ogp-progress-bar>
<ogp-status-badge id="badge" status="delayed"></ogp-status-badge>`;

/** What each element must show from the real sample. */
const SHOWS: Array<[string, string[]]> = [
  ['#commitment', ['Design integrated legislative information platform', 'Congreso Nacional de Chile']],
  ['#plan', ['5th Open Government Action Plan', 'Transparency of the National Congress']],
  ['#timeline', ['Informe de Diagnóstico de interoperabilidad']],
  ['#indicator', ['Virtual Congress tools piloted', 'Progress toward the target']],
  ['#agreements', ['Open Government Roundtable', 'Hoja de Ruta']],
  ['#bar', ['40%']],
  ['#badge', ['Delayed']],
];

async function assertEverythingRendered(page: Page): Promise<void> {
  for (const [selector, words] of SHOWS) await waitForWords(page, selector, words);
  // Styled through constructable style sheets, not <style> elements or style attributes.
  const styling = (await page.evaluate(`(() => {
    const host = document.querySelector('#commitment');
    const card = host.shadowRoot.querySelector('[part~="card"]');
    return {
      sheets: host.shadowRoot.adoptedStyleSheets.length,
      styleElements: window.deepQueryAll('style').length,
      styleAttributes: window.deepQueryAll('[style]').length,
      cardStyled: getComputedStyle(card).display !== 'inline',
    };
  })()`)) as Record<string, number | boolean>;
  assert.deepEqual(styling, { sheets: styling.sheets, styleElements: 0, styleAttributes: 0, cardStyled: true });
  assert.ok((styling.sheets as number) > 0, 'styles are adopted');
}

async function interact(page: Page): Promise<void> {
  // Event listeners work: the card's details open on click.
  const toggle = page.locator('#commitment >> [part~="toggle"]');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await waitForWords(page, '#commitment', ['Capacitaciones internas de registro de información en el SIL']);
}

for (const [name, scripts, policy] of [
  ['the ES module', [`<script type="module" src="${ESM_BUNDLE}"></script>`], STRICT_CSP],
  ['the classic script', [`<script src="${CLASSIC_BUNDLE}" defer></script>`], STRICT_CSP],
  [
    "the ES module, with only Lit's Trusted Types policy allowed",
    [`<script type="module" src="${ESM_BUNDLE}"></script>`],
    LIT_POLICY_ONLY,
  ],
] as const) {
  describe(`a strict page loading ${name}`, () => {
    test('every element renders its data, styled and interactive, with no violation, error or warning of policy', async () => {
      const path = `/strict-${encodeURIComponent(name)}.html`;
      e2e.server.page(path, embedPage(ELEMENTS, [...scripts]), { headers: { 'content-security-policy': policy } });
      const { page, errors } = await openGuardedPage(e2e.browser);
      const response = await page.goto(e2e.server.url(path));
      assert.equal(response?.headers()['content-security-policy'], policy);
      await assertEverythingRendered(page);
      await interact(page);
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(errors, []);
      // The policy is really enforced, so the silence above means something: a string written as
      // HTML is refused (Trusted Types), and a <style> element is blocked and reported.
      const refused = await page.evaluate(
        `(() => { try { document.body.insertAdjacentHTML('beforeend', '<b>x</b>'); return ''; } catch (e) { return e.name + ': ' + e.message; } })()`,
      );
      assert.match(refused as string, /TrustedHTML/);
      await page.evaluate(
        `(() => { const s = document.createElement('style'); s.textContent = 'body{color:red}'; document.head.append(s); })()`,
      );
      await page.waitForFunction(`window.__ogp.violations.some((v) => v.startsWith('style-src'))`, undefined, {
        timeout: 5_000,
      });
      assert.ok(
        (await violations(page)).some((v) => v.startsWith('require-trusted-types-for')),
        'the refused HTML was reported',
      );
      await page.close();
    });
  });
}
