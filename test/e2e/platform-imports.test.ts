/**
 * Feeds made by `import decidim` and `import gobierto` from the platforms' own exports, shown by
 * the built bundle in Chromium: each card shows the right commitment, its milestones (Decidim's
 * child and grandchild results) and the progress the platform reported, with no markup from the
 * platforms' rich text and no error. Needs `npm run build` first.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { embedPage, openGuardedPage, shadowText, waitForWords, useE2ePage } from '../helpers/e2e.js';
import { axeViolations } from './helpers/browser.js';
import { ROOT, runCli, tempDir } from '../../packages/cli/test/run-cli.js';

const FIXTURES = join(ROOT, 'test/fixtures/platforms');
const temp = tempDir();

async function importToFeed(platform: 'decidim' | 'gobierto', file: string, lang = 'es'): Promise<Buffer> {
  const out = join(temp.dir, `${platform}-${file}.json`);
  const result = await runCli([
    'import',
    platform,
    join(FIXTURES, platform, file),
    '-o',
    out,
    '--publisher',
    'Example City',
    '--country',
    'ESP',
    '--language',
    lang,
  ]);
  assert.equal(result.code, 0, result.stderr);
  return readFileSync(out);
}

const e2e = useE2ePage({
  feeds: async () => ({
    '/feeds/decidim.json': { body: await importToFeed('decidim', 'results-export.csv', 'en') },
    '/feeds/decidim-2017.json': { body: await importToFeed('decidim', 'results-2017.csv', 'es') },
    '/feeds/gobierto.json': { body: await importToFeed('gobierto', 'plan.csv') },
  }),
});

after(() => temp.remove());

describe('imported platform feeds in Chromium', () => {
  test('Decidim results: commitments, milestones down to grandchildren, Decidim progress', async () => {
    e2e.server.page(
      '/decidim.html',
      embedPage(`<main><h1>Results</h1><h2>Imported from Decidim</h2>
        <ogp-commitment id="park" src="/feeds/decidim.json" commitment="101" variant="full"></ogp-commitment>
        <ogp-commitment id="bike" src="/feeds/decidim.json" commitment="201"></ogp-commitment>
        <ogp-commitment id="library" src="/feeds/decidim-2017.json" commitment="PAM-01" variant="full" lang="es"></ogp-commitment></main>`),
    );
    const { page, errors } = await openGuardedPage(e2e.browser);
    await page.goto(e2e.server.url('/decidim.html'));
    const park = await waitForWords(page, '#park', [
      'Renovate Clot park',
      '50%',
      'Detailed design',
      'Construction works',
      'Tender for the works',
      'New playground and more information (https://example.org/clot).',
    ]);
    assert.doesNotMatch(park, /&nbsp;|<p>/);
    await waitForWords(page, '#bike', ['Diagonal bike lane', '75%', 'In progress']);
    await waitForWords(page, '#library', [
      'Ampliar la biblioteca del barrio',
      '40',
      'Redactar el proyecto',
      'Ejecutar las obras',
    ]);
    const links = (await page.evaluate(
      `window.deepQueryAll('#park a, a').map((a) => a.getAttribute('href'))`,
    )) as string[];
    assert.ok(
      links.includes('https://decidim.example.org/processes/pam/f/12/results/101'),
      'the title links to the result',
    );
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('Gobierto nodes: commitments with their progress, unknown where the file gives none', async () => {
    e2e.server.page(
      '/gobierto.html',
      embedPage(
        `<main><h1>Plan</h1><h2>Importado de Gobierto</h2><ogp-commitment id="buses" src="/feeds/gobierto.json" commitment="ACT-001"></ogp-commitment>
         <ogp-commitment id="contracts" src="/feeds/gobierto.json" commitment="ACT-004"></ogp-commitment>
         <ogp-plan id="plan" src="/feeds/gobierto.json" plan="gobierto-plan"></ogp-plan></main>`,
        undefined,
        'es',
      ),
    );
    const { page, errors } = await openGuardedPage(e2e.browser);
    await page.goto(e2e.server.url('/gobierto.html'));
    await waitForWords(page, '#buses', ['Ampliar la red de autobuses eléctricos', '50']);
    const contracts = await waitForWords(page, '#contracts', ['Publicar los contratos menores', 'En curso']);
    assert.doesNotMatch(contracts, /\d+\s?%/, 'no figure is shown where Gobierto gave none');
    await waitForWords(page, '#plan', [
      'Nuevo carril bici en el centro',
      'Plantar 1.000 árboles',
      'Transporte público',
    ]);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    assert.ok((await shadowText(page, '#buses')).length > 0);
    await page.close();
  });
});
