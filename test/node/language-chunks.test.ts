/**
 * A page pays only for the languages it speaks: the built embed, in Chromium, on a pt-BR page
 * requests no string table but Portuguese's, and an es/en page no Portuguese or French, with the
 * ES module and with the classic script. Needs `npm run build` first.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../e2e/helpers/browser.js';
import { BUILD_SOURCES, buildProblem } from '../../scripts/rollup/fresh-build.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'packages/elements/dist');
const SCRIPTS = [
  'ogp-embed.js',
  'ogp-embed.iife.js',
  'ogp-embed-en.js',
  'ogp-embed-es.js',
  'ogp-embed-pt.js',
  'ogp-embed-fr.js',
];
/** A page of `lang` with a card, a plan and a badge, and, when given, one card in another language. */
function page(lang: string, script: 'module' | 'classic', otherLang?: string): string {
  const tag =
    script === 'module'
      ? '<script type="module" src="/ogp-embed.js"></script>'
      : '<script src="/ogp-embed.iife.js"></script>';
  const other = otherLang
    ? `<ogp-commitment id="other" lang="${otherLang}" src="/feed.json" commitment="CL0070"></ogp-commitment>`
    : '';
  return `<!doctype html><html lang="${lang}"><head><title>t</title>${tag}</head><body>
<ogp-commitment id="card" src="/feed.json" commitment="CL0069"></ogp-commitment>
<ogp-plan src="/feed.json" page-size="3"></ogp-plan>
<ogp-status-badge status="delayed"></ogp-status-badge>${other}</body></html>`;
}

describe('language chunks a page downloads', () => {
  let server: Server;
  let browser: Browser;
  let origin = '';

  before(async () => {
    const problem = buildProblem(
      SCRIPTS.map((file) => join(DIST, file)),
      BUILD_SOURCES.map((source) => join(ROOT, source)),
    );
    if (problem) throw new Error(problem);
    const feed = readFileSync(join(ROOT, 'examples/feeds/chile.json'), 'utf8');
    server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://x');
      const file = url.pathname.slice(1);
      // The loaders and every chunk they import (each element's, the shared ones, the languages).
      if (SCRIPTS.includes(file) || /^ogp-embed-[\w-]+\.js$/.test(file)) {
        response.writeHead(200, { 'content-type': 'text/javascript' });
        response.end(readFileSync(join(DIST, file)));
      } else if (file === 'feed.json') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(feed);
      } else if (file === 'page.html') {
        const script = url.searchParams.get('script') === 'classic' ? 'classic' : 'module';
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end(page(url.searchParams.get('lang')!, script, url.searchParams.get('other') ?? undefined));
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** The language chunks the page requested, and the card's text once it shows. */
  async function visit(query: string, wait: string[]): Promise<{ chunks: string[]; text: Record<string, string> }> {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const chunks: string[] = [];
    tab.on('request', (request) => {
      const name = new URL(request.url()).pathname.slice(1);
      if (/^ogp-embed-\w+\.js$/.test(name)) chunks.push(name);
    });
    await tab.goto(`${origin}/page.html?${query}`);
    const text: Record<string, string> = {};
    for (const id of wait) {
      await tab.waitForFunction(
        (which) => !!document.getElementById(which)?.shadowRoot?.querySelector('[part~=card]'),
        id,
        { timeout: 10_000 },
      );
      text[id] = await tab.evaluate((which) => document.getElementById(which)!.shadowRoot!.textContent ?? '', id);
    }
    await context.close();
    return { chunks: chunks.sort(), text };
  }

  for (const script of ['module', 'classic'] as const) {
    test(`a pt-BR page (${script} script) loads Portuguese's strings and no other language's`, async () => {
      const { chunks, text } = await visit(`lang=pt-BR&script=${script}`, ['card']);
      assert.deepEqual(chunks, ['ogp-embed-pt.js']);
      assert.match(text.card!, /Compromisso 9/);
    });

    test(`an es page with one English card (${script} script) loads Spanish and English only`, async () => {
      const { chunks, text } = await visit(`lang=es&other=en&script=${script}`, ['card', 'other']);
      assert.deepEqual(chunks, ['ogp-embed-en.js', 'ogp-embed-es.js']);
      assert.match(text.card!, /Compromiso 9/);
      assert.match(text.other!, /Commitment 10/);
    });
  }

  test('a fr-CA page loads French only', async () => {
    const { chunks, text } = await visit('lang=fr-CA&script=module', ['card']);
    assert.deepEqual(chunks, ['ogp-embed-fr.js']);
    assert.match(text.card!, /Engagement 9/);
  });
});
