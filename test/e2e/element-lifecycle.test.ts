/**
 * A live element's life on a page that changes: removed while an update is still pending (a poll
 * result arriving as a page swaps its content), and moved elsewhere (tabs, carousels, frameworks
 * re-parenting nodes). Removed, it must stop polling for good; moved, it must keep its live data.
 * Counted at the server and by the page's timer bookkeeping. Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { embedPage, openGuardedPage, useE2ePage } from '../helpers/e2e.js';
import { hostileBody, hostileCase } from '../helpers/hostile-corpus.js';

const e2e = useE2ePage();

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A page with one live element polling `path` every second, shown with its data. */
async function liveElement(path: string): Promise<Page> {
  e2e.server.feed(path, { body: hostileBody(hostileCase('valid')), etag: '"v1"' });
  e2e.server.page(
    `${path}.html`,
    embedPage(
      `<div id="a"><ogp-commitment id="x" src="${path}" commitment="CL0069" live refresh="1"></ogp-commitment></div><div id="b"></div>`,
    ),
  );
  const { page } = await openGuardedPage(e2e.browser);
  await page.goto(e2e.server.url(`${path}.html`));
  await page.waitForFunction(`document.querySelector('#x').shadowRoot?.querySelector('[part~="card"]')`);
  return page;
}

// Both failed before feed-controller.ts stopped fetching from updates of a disconnected host
// and restarted on hostConnected.

describe('a live element taken off the page', () => {
  test('with an update pending: stops polling, leaves no timer', async () => {
    const page = await liveElement('/removed.json');
    await page.evaluate(
      `(() => { const el = document.querySelector('#x'); el.requestUpdate(); el.remove(); window.__kept = el; })()`,
    );
    const from = e2e.server.requestsFor('/removed.json').length;
    await wait(3_000);
    assert.equal(e2e.server.requestsFor('/removed.json').length - from, 0, 'requests after the element left the page');
    assert.deepEqual(await page.evaluate('window.__ogp.pendingTimerList()'), []);
    await page.close();
  });
});

describe('a live element moved to another place on the page', () => {
  test('keeps polling, once per second as before', async () => {
    const page = await liveElement('/moved.json');
    await page.evaluate(`document.querySelector('#b').append(document.querySelector('#x'))`);
    const from = e2e.server.requestsFor('/moved.json').length;
    await wait(3_500);
    const polls = e2e.server.requestsFor('/moved.json').length - from;
    assert.ok(polls >= 2 && polls <= 4, `${polls} requests in 3.5 s after the move`);
    await page.close();
  });
});
