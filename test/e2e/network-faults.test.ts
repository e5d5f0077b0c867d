/**
 * Failing networks, end to end: the built bundle in Chromium against a loopback server that
 * fails on purpose. Every element whose feed fails says why, in words, where the reader looks
 * (never a silent blank); the element beside it keeps working; a feed that turns invalid leaves
 * the last good data on screen, marked stale, and the element returns to fresh data when the
 * feed recovers. Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startFaultServer, type FaultServer } from '../helpers/fault-server.js';
import {
  embedPage,
  openGuardedPage,
  shadowText,
  violations,
  waitForText,
  waitForWords,
  useE2ePage,
} from '../helpers/e2e.js';
import { hostileBody, hostileCase } from '../helpers/hostile-corpus.js';
import { validFeed } from '../fixtures/hostile/generate.js';

const TITLE = 'Design integrated legislative information platform';

/** Another origin: the feed's host, when it is not the page's. */
let feedHost: FaultServer;
const e2e = useE2ePage({ prepare: async () => (feedHost = await startFaultServer()) });

after(async () => {
  await feedHost?.close();
});

const valid = () => hostileBody(hostileCase('valid'));

/** Each fault: where its element fetches from, how the server answers, what the reader is told. */
const FAULTS: Array<{ id: string; what: string; feed: () => string; message: string }> = [
  { id: 'e500', what: 'a 500', feed: () => '/faults/e500.json', message: 'The feed could not be loaded: HTTP 500' },
  { id: 'e404', what: 'a 404', feed: () => '/faults/e404.json', message: 'The feed could not be loaded: HTTP 404' },
  {
    id: 'hang',
    what: 'a connection that never answers',
    feed: () => '/faults/hang.json',
    message: 'The feed did not answer within 15 seconds',
  },
  {
    id: 'cut',
    what: 'a body cut off midway',
    feed: () => '/faults/cut.json',
    message: 'The feed could not be reached',
  },
  {
    id: 'nm304',
    what: 'a 304 to a request that had no copy',
    feed: () => '/faults/nm304.json',
    message: 'HTTP 304 (not modified, but there is no copy to reuse)',
  },
  {
    id: 'cors',
    what: 'a host on another origin that refuses CORS',
    feed: () => feedHost.url('/refuses.json'),
    message: 'does not allow this site to read it (CORS)',
  },
];

describe('faults on one page, beside a feed that works', () => {
  let page: Page;
  let errors: string[];
  /** What the page logged: each element's technical cause, one line per error. */
  const logged: string[] = [];

  before(async () => {
    e2e.server.feed('/faults/ok.json', { body: valid() });
    e2e.server.feed('/faults/e500.json', { status: 500, body: 'Internal Server Error', contentType: 'text/plain' });
    e2e.server.feed('/faults/e404.json', { status: 404, body: '<h1>Not found</h1>', contentType: 'text/html' });
    e2e.server.feed('/faults/hang.json', { hang: true });
    e2e.server.feed('/faults/slow.json', { body: valid(), slow: { chunks: 20, every: 100 } });
    e2e.server.feed('/faults/cut.json', { body: valid(), cutOffAt: 0.5 });
    e2e.server.feed('/faults/nm304.json', { status: 304 });
    feedHost.feed('/refuses.json', { body: valid(), cors: false });
    feedHost.feed('/allows.json', { body: valid() });
    // The browser's own console lines for the failures provoked here, and only those.
    const expected = [/\/faults\/(e500|e404|cut|hang|nm304)\.json/, new RegExp(`${feedHost.origin}/refuses\\.json`)];
    ({ page, errors } = await openGuardedPage(e2e.browser, expected));
    page.on('console', (message) => logged.push(message.text()));
    const elements = [
      `<ogp-commitment id="ok" src="/faults/ok.json" commitment="CL0069"></ogp-commitment>`,
      `<ogp-commitment id="slow" src="/faults/slow.json" commitment="CL0069"></ogp-commitment>`,
      `<ogp-commitment id="cross-origin" src="${feedHost.url('/allows.json')}" commitment="CL0069"></ogp-commitment>`,
      ...FAULTS.map(
        (f) =>
          `<ogp-commitment id="${f.id}" src="${f.feed()}" commitment="CL0069"><a href="https://www.opengovpartnership.org/">OGP</a></ogp-commitment>`,
      ),
    ];
    e2e.server.page('/faults.html', embedPage(elements.join('\n')));
    await page.goto(e2e.server.url('/faults.html'));
  });

  after(() => page?.close());

  test('a slow body: the skeleton says it is loading, then the data comes', async () => {
    await page.locator('#slow >> [part~="skeleton"][aria-busy="true"]').waitFor({ timeout: 5_000 });
    await waitForWords(page, '#slow', [TITLE]);
  });

  test('the elements whose feeds work show their data, same origin and cross-origin', async () => {
    await waitForWords(page, '#ok', [TITLE, 'Congreso Nacional de Chile']);
    await waitForWords(page, '#cross-origin', [TITLE]);
  });

  for (const fault of FAULTS) {
    test(`${fault.what}: "${fault.message}", announced`, async () => {
      // Readers get plain words, announced; the cause goes to the console (and the ogp-error event).
      await waitForText(page, `#${fault.id}`, `t.includes("not available right now")`, 20_000);
      const alert = page.locator(`#${fault.id} >> [role="alert"]`);
      assert.ok((await alert.textContent())?.includes('not available right now'));
      assert.ok(
        logged.some((line) => line.includes(fault.message)),
        `the console names the cause: ${fault.message}`,
      );
      // The light-DOM fallback link stays available to the reader.
      assert.equal(await page.locator(`#${fault.id} > a`).isVisible(), true, 'the fallback link is shown');
    });
  }

  test("each feed was asked for once: a failure is not retried behind the reader's back", () => {
    for (const path of ['/faults/e500.json', '/faults/e404.json', '/faults/cut.json', '/faults/hang.json']) {
      assert.equal(e2e.server.requestsFor(path).length, 1, path);
    }
    // The 304 is asked again once, plainly, before the client gives up.
    assert.equal(e2e.server.requestsFor('/faults/nm304.json').length, 2);
  });

  test('the working elements are untouched by their failing neighbours; no other error, no violation', async () => {
    assert.ok((await shadowText(page, '#ok')).includes(TITLE));
    assert.equal(await page.locator('#ok >> [part~="error"]').count(), 0);
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(page), []);
  });
});

describe('a feed that turns invalid, then recovers', () => {
  test('the last good data stays, marked stale with the reason; fresh data replaces it when the feed is valid again', async () => {
    const v1 = validFeed();
    const v2 = validFeed();
    v2.plans[0].commitments[0].title.en = `${TITLE}, second edition`;
    // Valid, then an array where the feed belongs, then valid again (a new version).
    e2e.server.feed('/flaky.json', (index) =>
      index === 0
        ? { body: v1, etag: '"v1"' }
        : index === 1
          ? { body: hostileBody(hostileCase('array-root')) }
          : { body: v2, etag: '"v2"' },
    );
    const { page, errors } = await openGuardedPage(e2e.browser);
    const said: string[] = [];
    page.on('console', (message) => said.push(message.text()));
    await page.addInitScript({
      content: `window.__events = []; for (const type of ['ogp-load', 'ogp-change', 'ogp-error']) document.addEventListener(type, (e) => window.__events.push({ type, stale: e.detail.stale }));`,
    });
    e2e.server.page(
      '/flaky.html',
      embedPage(`<ogp-commitment id="flaky" src="/flaky.json" commitment="CL0069" live refresh="1"></ogp-commitment>`),
    );
    await page.goto(e2e.server.url('/flaky.html'));

    const fresh = await waitForWords(page, '#flaky', [TITLE, 'Updated:']);
    assert.ok(!fresh.includes('Could not refresh'), fresh);

    // Readers read that the data may be old; why goes to the console (and the ogp-error event).
    const stale = await waitForWords(page, '#flaky', ['Could not refresh; showing the data from'], 10_000);
    assert.ok(
      said.some((line) => line.includes('The feed was rejected')),
      'the console names the cause',
    );
    assert.ok(stale.includes(TITLE) && !stale.includes('second edition'), `the last good data stays: ${stale}`);

    const recovered = await waitForWords(page, '#flaky', ['second edition'], 10_000);
    assert.ok(!recovered.includes('Could not refresh') && !recovered.includes('rejected'), `fresh again: ${recovered}`);
    assert.equal(await page.locator('#flaky >> [part~="error"]').count(), 0);

    const events = (await page.evaluate('window.__events')) as Array<{ type: string; stale?: boolean }>;
    assert.deepEqual(
      events.map((e) => e.type),
      ['ogp-load', 'ogp-error', 'ogp-change'],
    );
    assert.equal(events[1]!.stale, true, 'the error says the data shown is stale');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
