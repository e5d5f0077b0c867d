/**
 * Many elements on one page. 200 live elements showing one feed make one request per poll
 * (counted at the server), not 200; 1,000 elements attached and removed again and again leave
 * no timer, no event listener, no DOM node and no memory behind (counted by the page's own timer
 * bookkeeping and by Chromium through the DevTools protocol, after forced garbage collection).
 * Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CDPSession, Page } from 'playwright-core';
import { embedPage, openGuardedPage, useE2ePage } from '../helpers/e2e.js';
import { hostileBody, hostileCase } from '../helpers/hostile-corpus.js';

const e2e = useE2ePage();

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How many of the page's `<ogp-commitment>` show their card. */
const RENDERED = `document.querySelectorAll('ogp-commitment').length > 0 && [...document.querySelectorAll('ogp-commitment')].filter((el) => el.shadowRoot && el.shadowRoot.querySelector('[part~="card"]')).length`;

describe('200 live elements showing one feed', () => {
  test('make one request per poll, each one answered with a 304 once the feed is known', async () => {
    e2e.server.feed('/shared.json', { body: hostileBody(hostileCase('valid')), etag: '"v1"' });
    const elements = Array.from(
      { length: 200 },
      (_, i) =>
        `<ogp-commitment id="c${i}" src="/shared.json" commitment="${i % 2 ? 'CL0069' : 'CL0070'}" variant="compact" live refresh="1"></ogp-commitment>`,
    );
    e2e.server.page('/two-hundred.html', embedPage(elements.join('\n')));
    const { page, errors } = await openGuardedPage(e2e.browser);
    await page.goto(e2e.server.url('/two-hundred.html'));
    await page.waitForFunction(
      `(() => { const n = [...document.querySelectorAll('ogp-commitment')].filter((el) => el.shadowRoot && el.shadowRoot.querySelector('[part~="compact"]')).length; return n === 200; })()`,
      undefined,
      { timeout: 20_000 },
    );
    const from = e2e.server.requestsFor('/shared.json').length;
    await wait(4_500);
    const polls = e2e.server.requestsFor('/shared.json').slice(from);
    // One poll a second for 4.5 s: four or five requests, never two for the same poll.
    assert.ok(polls.length >= 3 && polls.length <= 5, `${polls.length} requests in 4.5 s`);
    for (let i = 1; i < polls.length; i++) {
      assert.ok(
        polls[i]!.at - polls[i - 1]!.at >= 800,
        `two requests ${Math.round(polls[i]!.at - polls[i - 1]!.at)} ms apart`,
      );
    }
    assert.ok(
      polls.every((request) => request.headers['if-none-match'] === '"v1"'),
      'each poll revalidates',
    );
    assert.deepEqual(errors, []);
    await page.close();
  });
});

interface Census {
  timers: number;
  timerList: string[];
  windowListeners: number;
  documentListeners: number;
  jsEventListeners: number;
  nodes: number;
  heapUsed: number;
}

/** Forces garbage collection, then counts what the page still holds. */
async function census(page: Page, cdp: CDPSession): Promise<Census> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  const listenersOf = async (expression: string) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId!, depth: 0 });
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId! });
    return listeners.length;
  };
  return {
    timers: (await page.evaluate('window.__ogp.pendingTimers()')) as number,
    timerList: (await page.evaluate('window.__ogp.pendingTimerList()')) as string[],
    windowListeners: await listenersOf('window'),
    documentListeners: await listenersOf('document'),
    jsEventListeners: metric('JSEventListeners'),
    nodes: metric('Nodes'),
    heapUsed: metric('JSHeapUsedSize'),
  };
}

describe('1,000 elements attached and removed, ten times over', () => {
  test('leave no timer, listener, DOM node or memory behind', async (t) => {
    e2e.server.feed('/many.json', { body: hostileBody(hostileCase('valid')), etag: '"v1"' });
    e2e.server.page('/many.html', embedPage('<main id="room"></main>'));
    const { page, errors } = await openGuardedPage(e2e.browser);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(e2e.server.url('/many.html'));
    // The loader imports an element's code when the first one comes: the count starts once the
    // code is there, as it did when one file defined every element at once.
    await page.evaluate(`(async () => {
      const first = document.createElement('ogp-commitment');
      document.body.append(first);
      first.remove();
    })()`);
    await page.waitForFunction(`customElements.get('ogp-commitment') !== undefined`);

    // Live elements: each one watches the feed, so a poll loop, its timer and the page's
    // visibility and network listeners exist while they are on the page. Polled once a minute: a poll
    // landing in the middle of a removal is its own case (test/e2e/element-lifecycle.test.ts).
    const attach = `(() => {
      const room = document.getElementById('room');
      for (let i = 0; i < 1000; i++) {
        const el = document.createElement('ogp-commitment');
        el.setAttribute('src', '/many.json');
        el.setAttribute('commitment', i % 2 ? 'CL0069' : 'CL0070');
        el.setAttribute('live', '');
        el.setAttribute('refresh', '60');
        room.append(el);
      }
    })()`;
    const cycle = async () => {
      await page.evaluate(attach);
      await page.waitForFunction(`(${RENDERED}) === 1000`, undefined, { timeout: 20_000 });
      const whileAttached = (await page.evaluate('window.__ogp.pendingTimers()')) as number;
      await page.evaluate(`document.getElementById('room').replaceChildren()`);
      // Lit's and the controllers' clean-up is synchronous; one frame for anything queued.
      await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))');
      return whileAttached;
    };

    const empty = await census(page, cdp);
    await cycle(); // the first pass creates what lives as long as the page: the shared client, its parsed feed
    const baseline = await census(page, cdp);
    const during: number[] = [];
    const after: Census[] = [];
    for (let i = 0; i < 10; i++) {
      during.push(await cycle());
      after.push(await census(page, cdp));
    }
    const last = after.at(-1)!;
    t.diagnostic(`before any element: ${JSON.stringify(empty)}`);
    t.diagnostic(`after 1 pass: ${JSON.stringify(baseline)}; after 11 passes: ${JSON.stringify(last)}`);
    t.diagnostic(`pending timers while 1,000 were attached: ${during.join(', ')}`);

    assert.ok(
      during.every((n) => n >= 1),
      'while attached, the live elements do keep a poll timer',
    );
    assert.ok(
      during.every((n) => n <= 2),
      `one poll loop for 1,000 elements, not 1,000 timers: ${during.join(', ')}`,
    );
    for (const [i, census] of after.entries()) {
      assert.equal(census.timers, empty.timers, `pass ${i + 2}: timers left pending: ${census.timerList.join(', ')}`);
      assert.equal(census.windowListeners, empty.windowListeners, `pass ${i + 2}: listeners left on window`);
      assert.equal(census.documentListeners, empty.documentListeners, `pass ${i + 2}: listeners left on document`);
    }
    // Detached elements and their listeners are collected: nothing grows with the passes.
    assert.ok(
      last.jsEventListeners <= baseline.jsEventListeners + 20,
      `event listeners ${baseline.jsEventListeners} → ${last.jsEventListeners}`,
    );
    assert.ok(last.nodes <= baseline.nodes + 200, `DOM nodes ${baseline.nodes} → ${last.nodes}`);
    // 10,000 elements went through the page; a leak of even 100 bytes each would show as 1 MB.
    const growth = last.heapUsed - baseline.heapUsed;
    assert.ok(growth < 1_000_000, `heap grew by ${Math.round(growth / 1024)} KB over ten passes`);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
