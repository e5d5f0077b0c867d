/**
 * The loader in real Chromium, served from a sub-path as a CDN would serve a version: it defines
 * the elements present when it runs and those added later, as a module and as a classic script;
 * it imports its chunks from beside itself, and only those the page's elements need; an element
 * whose chunk fails to load keeps its fallback content and reports why. Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { DIST, embedPage, openGuardedPage, STRICT_CSP, violations, waitForWords, useE2ePage } from '../helpers/e2e.js';
import { hostileBody, hostileCase } from '../helpers/hostile-corpus.js';
import { SKELETON_HEIGHTS } from '../../packages/elements/src/loader/loader.js';
import { publish } from '../../packages/sdk/test/helpers/published-parts.js';

const TITLE = 'Design integrated legislative information platform';
const BASE = '/cdn/ogp-embed/v1/';
/** The build again, for the test that holds one of its chunks back. */
const EARLY = '/early-cdn/';

let broken = '';
let chunkless = '';

/** Copies of the build, made before the server serves them. */
function copyBuild(): void {
  // A copy of the build without the agreements' own chunk: what a half-finished upload leaves.
  broken = mkdtempSync(join(tmpdir(), 'ogp-loader-'));
  cpSync(DIST, broken, { recursive: true });
  for (const file of readdirSync(broken)) if (/^ogp-embed-agreements-/.test(file)) rmSync(join(broken, file));
  // And one without any chunk: the loader runs, no element is ever defined.
  chunkless = mkdtempSync(join(tmpdir(), 'ogp-loader-'));
  cpSync(DIST, chunkless, { recursive: true });
  for (const file of readdirSync(chunkless)) if (/^ogp-embed-/.test(file)) rmSync(join(chunkless, file));
}

const e2e = useE2ePage({
  prepare: copyBuild,
  files: () => ({ [BASE]: DIST, [EARLY]: DIST, '/broken/': broken, '/chunkless/': chunkless }),
  feeds: { '/hang.json': { hang: true }, '/feed.json': { body: hostileBody(hostileCase('valid')), etag: '"v1"' } },
});

after(() => {
  for (const dir of [broken, chunkless]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const SCRIPTS = {
  module: `<script type="module" src="${BASE}ogp-embed.js"></script>`,
  classic: `<script src="${BASE}ogp-embed.iife.js"></script>`,
};

for (const [kind, script] of Object.entries(SCRIPTS)) {
  describe(`the loader as a ${kind} script, from ${BASE}`, () => {
    test('defines the elements on the page and those added later, importing only their chunks, from beside itself', async () => {
      const path = `/present-${kind}.html`;
      e2e.server.page(path, embedPage(`<ogp-progress-bar id="bar" value="40"></ogp-progress-bar>`, [script]), {
        headers: { 'content-security-policy': STRICT_CSP },
      });
      const { page, errors } = await openGuardedPage(e2e.browser);
      await page.goto(e2e.server.url(path));
      await waitForWords(page, '#bar', ['40%']);
      const loaded = () =>
        page.evaluate(
          `performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.includes('ogp-embed'))`,
        ) as Promise<string[]>;
      const first = await loaded();
      assert.ok(
        first.every((p) => p.startsWith(BASE)),
        `every file from ${BASE}: ${first.join(', ')}`,
      );
      assert.ok(
        first.some((p) => /ogp-embed-progress-bar-/.test(p)),
        'the progress bar chunk',
      );
      assert.ok(
        !first.some((p) => /ogp-embed-(commitment|plan|agreements|all)-/.test(p)),
        `no other element's chunk: ${first.join(', ')}`,
      );

      // Added later by the page's own script (here, the test): defined when it arrives.
      await page.evaluate(`(() => {
        const card = document.createElement('ogp-commitment');
        card.id = 'card';
        card.setAttribute('src', '/feed.json');
        card.setAttribute('commitment', 'CL0069');
        document.body.append(card);
      })()`);
      await waitForWords(page, '#card', [TITLE]);
      const withCard = await loaded();
      assert.ok(
        withCard.some((p) => /ogp-embed-commitment-/.test(p)),
        'the commitment chunk, once a card is added',
      );
      // A closed card: not the code of what its details show, nor every element's chunk.
      assert.ok(
        !withCard.some((p) => /ogp-embed-(timeline|indicator|all)-/.test(p)),
        `no timeline or indicator yet: ${withCard.join(', ')}`,
      );
      // Opened by the reader: its timeline's code comes, and the timeline shows.
      await page.evaluate(`document.querySelector('#card').shadowRoot.querySelector('[part~=toggle]').click()`);
      // Polled from outside: the strict page forbids the string predicates of waitForFunction.
      const timelineShown = `!!document.querySelector('#card').shadowRoot.querySelector('ogp-timeline')?.shadowRoot?.querySelector('[part~=item]')`;
      for (let tries = 0; tries < 40 && !(await page.evaluate(timelineShown)); tries++) await page.waitForTimeout(250);
      assert.ok(await page.evaluate(timelineShown), 'the timeline shows its entries');
      assert.ok(
        (await loaded()).some((p) => /ogp-embed-timeline-/.test(p)),
        'the timeline chunk, once the details open',
      );
      assert.deepEqual(errors, []);
      assert.deepEqual(await violations(page), []);
      await page.close();
    });
  });
}

test('an element whose chunk fails to load keeps its fallback content, logs why and sends ogp-error', async () => {
  const body = `<ogp-agreements id="card" src="/feed.json"><a href="/forum">Read the agreements</a></ogp-agreements>
<ogp-progress-bar id="bar" value="40"></ogp-progress-bar>`;
  e2e.server.page('/broken.html', embedPage(body, [`<script type="module" src="/broken/ogp-embed.js"></script>`]));
  const { page, errors } = await openGuardedPage(e2e.browser, [
    /Failed to load resource/,
    /ogp-embed could not load <ogp-agreements>/,
  ]);
  await page.addInitScript({
    content: `window.__loadErrors = []; document.addEventListener('ogp-error', (e) => window.__loadErrors.push({ tag: e.target.localName, code: e.detail.code, message: e.detail.message }));`,
  });
  const logged: string[] = [];
  page.on('console', (message) => message.type() === 'error' && logged.push(message.text()));
  await page.goto(e2e.server.url('/broken.html'));
  // The other element still comes.
  await waitForWords(page, '#bar', ['40%']);
  await page.waitForFunction('window.__loadErrors.length > 0', undefined, { timeout: 10_000 });
  const reported = (await page.evaluate('window.__loadErrors')) as { tag: string; code: string; message: string }[];
  assert.equal(reported[0]?.tag, 'ogp-agreements');
  assert.equal(reported[0]?.code, 'element-load');
  assert.match(
    reported[0]?.message ?? '',
    /could not load <ogp-agreements> from http:\/\/.*\/broken\/ogp-embed-agreements-/,
  );
  assert.ok(
    logged.some((text) => /ogp-embed could not load <ogp-agreements>/.test(text)),
    logged.join('\n'),
  );
  const fallback = await page.evaluate(
    `(() => { const card = document.querySelector('#card'); return { defined: card.matches(':defined'), text: card.textContent.trim(), shown: card.getBoundingClientRect().height > 0 }; })()`,
  );
  assert.deepEqual(fallback, { defined: false, text: 'Read the agreements', shown: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("the loader starts a card's data requests before the card's code has come, and the card uses those answers", async () => {
  // The feed published by parts under /early/; the chunk with the SDK's client held back 1.5 s.
  const feed = JSON.parse(hostileBody(hostileCase('valid')).toString('utf8'));
  const published = publish(feed, '/early/feed.json');
  for (const [path, document] of published.documents) e2e.server.feed(path, { body: document, etag: `"${path}"` });
  const dataChunk = readdirSync(DIST).find((file) => /^ogp-embed-data-/.test(file))!;
  e2e.server.feed(`${EARLY}${dataChunk}`, {
    body: readFileSync(join(DIST, dataChunk)),
    contentType: 'text/javascript',
    delay: 1500,
  });
  const part = '/early/feed.parts/commitment/CL0069.json';
  const index = '/early/feed.parts/index.json';
  e2e.server.page(
    '/early.html',
    embedPage(`<ogp-commitment id="card" src="/early/feed.json" commitment="CL0069"></ogp-commitment>`, [
      `<script type="module" src="${EARLY}ogp-embed.js"></script>`,
    ]),
  );
  const { page, errors } = await openGuardedPage(e2e.browser);
  await page.goto(e2e.server.url('/early.html'));
  await waitForWords(page, '#card', [TITLE]);
  const [chunkAsked] = e2e.server.requestsFor(`${EARLY}${dataChunk}`);
  const [partAsked] = e2e.server.requestsFor(part);
  assert.ok(chunkAsked && partAsked, 'the data chunk and the part were asked for');
  // Asked for while the client's code was still on its way, not once it had run.
  assert.ok(
    partAsked.at < chunkAsked.at + 1500,
    `the part at ${Math.round(partAsked.at - chunkAsked.at)} ms after the chunk was asked for`,
  );
  // Taken by the card's client: one request per document, the whole feed never.
  assert.equal(e2e.server.requestsFor(part).length, 1);
  assert.equal(e2e.server.requestsFor(index).length, 1);
  assert.equal(e2e.server.requestsFor('/early/feed.json').length, 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("an element that reads the whole feed, inside <ogp-feed>: the feed asked once, early, and read by the provider's client", async () => {
  // Without the handover the client asks again once its code runs: the feed would be asked twice.
  const feed = JSON.parse(hostileBody(hostileCase('valid')).toString('utf8'));
  e2e.server.feed('/whole/feed.json', { body: JSON.stringify(feed), etag: '"whole"' });
  const dataChunk = readdirSync(DIST).find((file) => /^ogp-embed-data-/.test(file))!;
  e2e.server.feed(`${EARLY}${dataChunk}`, {
    body: readFileSync(join(DIST, dataChunk)),
    contentType: 'text/javascript',
    delay: 1500,
  });
  e2e.server.page(
    '/whole.html',
    // No forum named: the element shows the feed's first, which only the whole feed says.
    embedPage(`<ogp-feed src="/whole/feed.json"><ogp-agreements id="card" lang="en"></ogp-agreements></ogp-feed>`, [
      `<script type="module" src="${EARLY}ogp-embed.js"></script>`,
    ]),
  );
  const { page, errors } = await openGuardedPage(e2e.browser);
  await page.goto(e2e.server.url('/whole.html'));
  await waitForWords(page, '#card', ['Open Government Roundtable']);
  const [chunkAsked] = e2e.server.requestsFor(`${EARLY}${dataChunk}`);
  const [feedAsked] = e2e.server.requestsFor('/whole/feed.json');
  assert.ok(chunkAsked && feedAsked);
  assert.ok(feedAsked.at < chunkAsked.at + 1500, 'asked while the client was still on its way');
  assert.equal(e2e.server.requestsFor('/whole/feed.json').length, 1, 'the page downloads the feed once');
  assert.deepEqual(errors, []);
  await page.close();
});

describe('no layout jump when an element is defined', () => {
  /** Each element with a fallback link, its feed never answering: it stays on its skeleton. */
  const body = Object.keys(SKELETON_HEIGHTS)
    .map((selector, i) => {
      const [, tag, attributes = ''] = /^([\w-]+)(?:\[(.*)\])?$/.exec(selector)!;
      return `<${tag} id="e${i}" ${attributes} src="/hang.json" commitment="CL0069" plan="AP_CHL05" forum="x"><a href="/more">Fallback link</a></${tag}>`;
    })
    .join('\n');
  const heights = (path: string) => async (width: number) => {
    const { page } = await openGuardedPage(e2e.browser, [/.*/]);
    await page.setViewportSize({ width, height: 800 });
    await page.goto(e2e.server.url(path));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const measured = (await page.evaluate(
      `[...document.querySelectorAll('[id^=e]')].map((el) => [el.matches(':defined'), Math.round(el.getBoundingClientRect().height)])`,
    )) as [boolean, number][];
    await page.close();
    return measured;
  };

  for (const width of [360, 1280]) {
    test(`the space kept for each element not yet defined is its skeleton's (${width} px wide)`, async () => {
      e2e.server.page('/kept.html', embedPage(body, ['<script type="module" src="/chunkless/ogp-embed.js"></script>']));
      e2e.server.page('/skeletons.html', embedPage(body, [SCRIPTS.module]));
      const kept = await heights('/kept.html')(width);
      const skeletons = await heights('/skeletons.html')(width);
      assert.ok(
        kept.every(([defined]) => !defined),
        'without chunks nothing is defined',
      );
      assert.ok(
        skeletons.every(([defined]) => defined),
        'every element is defined, on its skeleton',
      );
      assert.deepEqual(
        kept.map(([, height]) => height),
        skeletons.map(([, height]) => height),
        `kept and skeleton heights of ${Object.keys(SKELETON_HEIGHTS).join(', ')}`,
      );
    });
  }
});
