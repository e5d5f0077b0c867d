/**
 * Every example page, in Chromium, served by the demo server as `npm start` serves it: each shows
 * the real sample's data (read inside the elements' shadow roots), logs no error and passes axe.
 * Needs `npm run build` first (the pages load the built bundles).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { milestoneState, nextMilestone, parseFeed } from '@ogp-embed/sdk';
import { BUILD_SOURCES, buildProblem } from '../../scripts/rollup/fresh-build.js';
import { axeViolations, launchChromium, openPage, waitForShadowText } from './helpers/browser.js';
import { ROOT, startDemo, type RunningDemo } from './helpers/demo.js';

const DIST = join(ROOT, 'packages/elements/dist');

let running: RunningDemo;
let browser: Browser;

before(async () => {
  const problem = buildProblem(
    [
      join(DIST, 'ogp-embed.js'),
      join(DIST, 'ogp-embed.iife.js'),
      join(DIST, 'index.js'),
      join(ROOT, 'packages/sdk/dist/index.js'),
    ],
    BUILD_SOURCES.map((source) => join(ROOT, source)),
  );
  if (problem) throw new Error(problem);
  running = await startDemo({ liveInterval: 1000 });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await running?.demo.close();
});

/** The `<script>` tags of an example's HTML, as written. */
function scriptTags(example: string): string[] {
  return readFileSync(join(ROOT, 'examples', example, 'index.html'), 'utf8').match(/<script\b[^>]*>/g) ?? [];
}

describe('ministry page: plain HTML, one script tag', () => {
  test('its only script is the embed bundle', () => {
    assert.deepEqual(scriptTags('ministry'), ['<script type="module" src="/dist/ogp-embed.js">']);
  });

  test('shows the plan, a commitment and the agreements from the feed, in Spanish, with no errors', async () => {
    const { page, errors } = await openPage(browser);
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(running.url)) foreign.push(request.url());
    });
    await page.goto(`${running.url}examples/ministry/`);
    await waitForShadowText(page, 'ogp-plan', [
      '6° Plan de Acción de Gobierno Abierto',
      'compromisos',
      'Fortalecimiento de la participación ciudadana',
    ]);
    await waitForShadowText(page, 'ogp-commitment', [
      'Fortalecimiento de la participación ciudadana en el Congreso Virtual',
      'Institución responsable',
    ]);
    await waitForShadowText(page, 'ogp-agreements', [
      'Enviar por correo electrónico insumos para la Hoja de Ruta',
      'Pendiente',
    ]);
    // The fallback links are replaced, not shown beside the data.
    assert.equal(
      await page
        .locator('a.fallback')
        .evaluateAll((links) => links.filter((a) => (a as HTMLElement).checkVisibility()).length),
      0,
    );
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, [], 'the page asked another origin for something');
    await page.close();
  });

  test('without JavaScript, its own links show instead', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${running.url}examples/ministry/`);
    const visible = await page
      .locator('a.fallback')
      .evaluateAll((links) =>
        links.filter((a) => (a as HTMLElement).checkVisibility()).map((a) => a.textContent?.trim()),
      );
    assert.equal(visible.length, 3);
    assert.match(visible[1] ?? '', /CL0081/);
    await context.close();
  });
});

describe('SDK page: its own view, no elements', () => {
  const NOW = '2025-07-01';

  test('lists, for every plan, each commitment with an open milestone and its state, as the SDK derives them', async () => {
    const feed = parseFeed(JSON.parse(readFileSync(join(ROOT, 'examples/feeds/chile.json'), 'utf8'))).feed!;
    const now = new Date(`${NOW}T12:00:00Z`);
    const expected = feed.plans.map((plan) => ({
      plan: plan.id,
      rows: plan.commitments.flatMap((c) => {
        const next = nextMilestone(c, now);
        return next ? [`${c.id} ${milestoneState(next, now)}`] : [];
      }),
    }));
    assert.ok(
      expected.some((p) => p.rows.length > 0),
      'the sample has open milestones',
    );

    const { page, errors } = await openPage(browser);
    await page.goto(`${running.url}examples/sdk-view/?now=${NOW}`);
    await page.locator('#status').filter({ hasText: 'generated' }).waitFor({ timeout: 10_000 });
    const shown = await page.locator('table[data-plan]').evaluateAll((tables) =>
      tables.map((table) => ({
        plan: (table as HTMLElement).dataset.plan,
        rows: [...table.querySelectorAll('tr[data-commitment]')].map(
          (row) =>
            `${(row as HTMLElement).dataset.commitment} ${row.querySelector('[data-state]')?.getAttribute('data-state')}`,
        ),
      })),
    );
    assert.deepEqual(shown, expected);
    // The words are the SDK's labels, in the page's language.
    assert.match(await page.locator('table[data-plan="AP_CHL05"] [data-state]').first().innerText(), /^Not reported$/);
    assert.equal(await page.locator('ogp-plan, ogp-commitment, [is]').count(), 0);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('React page: the elements inside a React 19 app', () => {
  test('shows the chosen commitment, hears its events, follows the language, and downloads the feed once', async () => {
    const { page, errors } = await openPage(browser);
    let feedRequests = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/feeds/chile.json') feedRequests++;
    });
    await page.goto(`${running.url}examples/react/`);
    await waitForShadowText(page, 'ogp-commitment', ['Diseño de plataforma integrada e interoperable']);
    await page.locator('#events li', { hasText: 'ogp-load: CL0069' }).waitFor({ timeout: 5_000 });
    // React set the timeline's `commitment` property to the object: it shows CL0069's milestones.
    await waitForShadowText(page, 'ogp-timeline', ['Informe de Diagnóstico de interoperabilidad']);

    const options = await page.locator('select option').count();
    const feed = JSON.parse(readFileSync(join(ROOT, 'examples/feeds/chile.json'), 'utf8')) as {
      plans: { commitments: unknown[] }[];
    };
    assert.equal(
      options,
      feed.plans.reduce((n, plan) => n + plan.commitments.length, 0),
    );

    await page.locator('select').selectOption('CL0081');
    await waitForShadowText(page, 'ogp-commitment', [
      'Fortalecimiento de la participación ciudadana en el Congreso Virtual',
    ]);
    await page.locator('#events li', { hasText: 'ogp-load: CL0081' }).waitFor({ timeout: 5_000 });

    await page.getByRole('button', { name: 'Read in English' }).click();
    await waitForShadowText(page, 'ogp-commitment', [
      'Citizen Participation in the Virtual Congress',
      'Lead institution',
    ]);
    await page.getByRole('heading', { name: 'Monitoring dashboard' }).waitFor();

    assert.equal(feedRequests, 1, 'the app and the elements share one client');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('WordPress how-to: the Custom HTML block', () => {
  /** The how-to's snippet with the real addresses swapped for the demo server's. */
  function snippetForDemo(): string {
    const readme = readFileSync(join(ROOT, 'examples/wordpress/README.md'), 'utf8');
    const snippet = /```html\n([\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(snippet, 'the how-to has an html snippet');
    return snippet
      .replace('https://cdn.jsdelivr.net/npm/@ogp-embed/elements@0.1/dist/', '/dist/')
      .replace('https://datos.gob.example/gobierno-abierto/feed.json', '/feeds/chile.json');
  }

  test('the post page holds exactly the how-to snippet, with the classic-script bundle', () => {
    const page = readFileSync(join(ROOT, 'examples/wordpress/index.html'), 'utf8');
    const block = /<!-- wp:html -->\n([\s\S]*?)<!-- \/wp:html -->/.exec(page)?.[1];
    assert.equal(block, snippetForDemo());
    assert.match(block, /<script src="\/dist\/ogp-embed\.iife\.js" defer><\/script>/);
  });

  test('the card shows the feed’s data inside the theme, with no errors', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${running.url}examples/wordpress/`);
    // The page is es-CL: Chilean formats ("30%", where es writes "30 %").
    await waitForShadowText(page, 'ogp-commitment', [
      'Fortalecimiento de la participación ciudadana en el Congreso Virtual',
      'En curso',
      '30%',
    ]);
    assert.equal(await page.locator('ogp-commitment a').evaluate((a) => (a as HTMLElement).checkVisibility()), false);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('live page: a feed that changes while the page is open', () => {
  test(
    'the card updates in place, the page hears ogp-change, and unchanged polls of its part cost a 304',
    { timeout: 45_000 },
    async () => {
      const statuses: number[] = [];
      const whole: number[] = [];
      // Rewritten every 3 s, polled every 2 s: some polls find a new revision, some get a 304. The
      // card polls its commitment's published part, never the whole feed.
      const live = await startDemo({
        liveInterval: 3000,
        onResponse: (req, res) => {
          if (req.url === '/feeds/live.parts/commitment/CL0081.json') statuses.push(res.statusCode);
          if (req.url === '/feeds/live.json') whole.push(res.statusCode);
        },
      });
      const { page, errors } = await openPage(browser);
      try {
        await page.goto(`${live.url}examples/live/`);
        const first = await waitForShadowText(page, 'ogp-commitment', [
          'Fortalecimiento de la participación ciudadana',
        ]);
        const percent = (text: string) => /(\d+) %/.exec(text)?.[1];
        const before = percent(first);
        assert.ok(before, `no percent in: ${first}`);
        await page.waitForFunction(
          `(/(\\d+) %/.exec(window.shadowText(document.querySelector('ogp-commitment'))) || [])[1] !== ${JSON.stringify(before)}`,
          undefined,
          { timeout: 15_000 },
        );
        const entry = await page.locator('#log li').first().innerText({ timeout: 5_000 });
        assert.match(entry, new RegExp(`CL0081: ${before} % → \\d+ %`));
        // A poll that finds the feed unchanged comes within a rewrite interval or two; a loaded
        // machine stretches the timers, so wait for it rather than for a fixed time.
        const deadline = Date.now() + 12_000;
        while (!statuses.includes(304) && Date.now() < deadline) await page.waitForTimeout(250);
        assert.ok(statuses.includes(304), `no 304 among ${statuses.join(', ')}`);
        assert.ok(statuses.filter((s) => s === 200).length >= 2, `one download per revision: ${statuses.join(', ')}`);
        assert.deepEqual(whole, [], 'the whole live feed is never downloaded');
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
        await live.demo.close();
      }
    },
  );
});

describe('every example on a 320 px phone', () => {
  // WCAG 1.4.10: content reflows at 320 CSS px; a data table may scroll, in a box of its own.
  for (const [example, words] of [
    ['ministry', ['ogp-plan', 'compromisos']],
    ['react', ['ogp-commitment', 'Diseño de plataforma integrada']],
    ['sdk-view', undefined],
    ['wordpress', undefined],
    ['live', undefined],
  ] as const) {
    test(`${example}: nothing is wider than the screen, and axe passes`, async () => {
      const { page, errors } = await openPage(browser);
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`${running.url}examples/${example}/?now=2026-12-07`);
      if (words) await waitForShadowText(page, words[0], [words[1]]);
      else await page.waitForLoadState('networkidle');
      assert.equal(await page.evaluate('document.documentElement.scrollWidth'), 320);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
