/**
 * Two copies of the bundle on one page, as happens when a theme and a plugin each add it, or a
 * page is mid-upgrade from one version to another: the ES module and the classic script
 * together, and the same module from two addresses (two module instances, as two versions are).
 * No exception, every element works, whichever copy defined it, on a plain and on a strict page,
 * and a second copy says so once in the console. (The ES module and the classic script from one
 * folder are two loaders of the same chunks: one copy of the elements, so no warning.)
 * Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CLASSIC_BUNDLE,
  DIST,
  ESM_BUNDLE,
  embedPage,
  openGuardedPage,
  STRICT_CSP,
  violations,
  waitForWords,
  useE2ePage,
} from '../helpers/e2e.js';
import { hostileBody, hostileCase } from '../helpers/hostile-corpus.js';

const TITLE = 'Design integrated legislative information platform';

// The second address serves the same build again: to the browser, another module.
const e2e = useE2ePage({
  files: { '/dist/': DIST, '/other-version/': DIST },
  feeds: { '/feed.json': { body: hostileBody(hostileCase('valid')), etag: '"v1"' } },
});

/** Elements upgraded before, between and after the copies load; one provider, one standalone. */
const BODY = `
<ogp-feed src="/feed.json">
  <ogp-commitment id="inside" commitment="CL0069"></ogp-commitment>
  <ogp-agreements id="agreements"></ogp-agreements>
</ogp-feed>
<ogp-commitment id="standalone" src="/feed.json" commitment="CL0070"></ogp-commitment>
<ogp-progress-bar id="bar" value="75"></ogp-progress-bar>`;

/** A name, the two scripts, and how many second-copy warnings: one when the elements load twice. */
const PAIRS: Array<[string, string[], number]> = [
  [
    'the ES module and the classic script',
    [`<script type="module" src="${ESM_BUNDLE}"></script>`, `<script src="${CLASSIC_BUNDLE}"></script>`],
    0,
  ],
  [
    'the classic script twice',
    [`<script src="${CLASSIC_BUNDLE}"></script>`, `<script src="/other-version/ogp-embed.iife.js"></script>`],
    1,
  ],
  [
    'the ES module from two addresses',
    [
      `<script type="module" src="${ESM_BUNDLE}"></script>`,
      `<script type="module" src="/other-version/ogp-embed.js"></script>`,
    ],
    1,
  ],
];

for (const [name, scripts, secondCopies] of PAIRS) {
  for (const strict of [false, true]) {
    describe(`${name}${strict ? ', on a strict page' : ''}`, () => {
      test('no exception; every element shows its data; one request for the feed per copy at most', async () => {
        const path = `/two-${encodeURIComponent(name)}-${strict}.html`;
        e2e.server.page(
          path,
          embedPage(BODY, scripts),
          strict ? { headers: { 'content-security-policy': STRICT_CSP } } : {},
        );
        e2e.server.feed('/feed.json', { body: hostileBody(hostileCase('valid')), etag: '"v1"' });
        const { page, errors } = await openGuardedPage(e2e.browser);
        const warnings: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'warning') warnings.push(message.text());
        });
        await page.goto(e2e.server.url(path));
        await page.waitForLoadState('load');
        await waitForWords(page, '#inside', [TITLE]);
        await waitForWords(page, '#standalone', ['Illustrative test commitment']);
        await waitForWords(page, '#agreements', ['Hoja de Ruta']);
        await waitForWords(page, '#bar', ['75%']);
        // Both copies really ran: each defined (or found) every tag without throwing. (Their
        // language chunks, ogp-embed-<lang>.js, are not copies.)
        const scriptsLoaded = await page.evaluate(
          `performance.getEntriesByType('resource').filter((e) => /\\/ogp-embed(\\.iife)?\\.js$/.test(e.name)).length`,
        );
        assert.equal(scriptsLoaded, 2);
        assert.deepEqual(errors, []);
        // A second copy of the elements says once that another copy's are in use, and nothing else.
        assert.equal(warnings.length, secondCopies, warnings.join('\n'));
        for (const warning of warnings)
          assert.match(warning, /^ogp-embed: another copy on this page defined <ogp-[a-z-]+> first/);
        assert.deepEqual(await violations(page), []);
        // Each copy has its own client registry, so the feed is fetched at most once per copy.
        assert.ok(
          e2e.server.requestsFor('/feed.json').length <= 2,
          `${e2e.server.requestsFor('/feed.json').length} requests`,
        );
        await page.close();
      });
    });
  }
}
