/**
 * The publisher's studio (packages/studio) in Chromium, as an officer uses it: open the template's
 * CSV files with a mistake in one cell → the problem at its sheet, row, column and value → a card
 * previewed by the real element → the embed code copied → the folder downloaded as a .zip, which
 * holds what `ogp-embed publish` writes and passes `ogp-embed validate`. Axe finds nothing.
 * Needs `npm run build` first (the studio is served from its build, as any host serves it).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import * as XLSX from '@e965/xlsx';
import { readTable } from '../../packages/cli/src/core.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Feed } from '@ogp-embed/sdk';
import { BUILD_SOURCES, buildProblem } from '../../scripts/rollup/fresh-build.js';
import { createDemoServer, type DemoServer } from '../../scripts/serve/demo-server.js';
import { OGP_SHEET, ROOT, runCli, tempDir } from '../../packages/cli/test/run-cli.js';
import { axeViolations, collectErrors, launchChromium, SHADOW_TEXT_SCRIPT } from './helpers/browser.js';

const STUDIO_DIST = join(ROOT, 'packages/studio/dist');
const temp = tempDir();
let server: DemoServer;
let base: string;
let browser: Browser;

/** What `publish` writes that the studio's zip leaves out, and says so: the elements' HTML snapshots (rendered on Node). */
const isSnapshot = (path: string) => /\.html$/.test(path);

/** Every file under `folder`, by its path relative to it with `/`. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

async function template(name: string): Promise<string> {
  const folder = join(temp.dir, name);
  const made = await runCli(['template', folder]);
  assert.equal(made.code, 0, made.stderr);
  return folder;
}

/** The template's CSV files made the officer's (their own publisher), with one start date no spreadsheet would take (or `date`). */
async function templateWithAMistake(name: string, date = '31-31-2021'): Promise<string> {
  const folder = await template(name);
  const feedCsv = join(folder, 'feed.csv');
  writeFileSync(
    feedCsv,
    readFileSync(feedCsv, 'utf8').replace(/,(Ejemplo|Example): [^\r\n]*/g, ',Ministerio de Prueba'),
  );
  const path = join(folder, 'commitments.csv');
  const text = readFileSync(path, 'utf8');
  assert.match(text, /,2021-03-01,/);
  writeFileSync(path, text.replace(',2021-03-01,', `,${date},`));
  return folder;
}

/** The template as one workbook, as an officer keeps it: a sheet per table, named like its CSV file. */
function workbookOf(folder: string): string {
  const book = XLSX.utils.book_new();
  for (const name of readdirSync(folder)
    .filter((n) => n.endsWith('.csv'))
    .sort()) {
    const table = readTable(readFileSync(join(folder, name)), name);
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([table.header, ...table.rows.map((row) => row.cells)]),
      name.replace(/\.csv$/, ''),
    );
  }
  const path = join(temp.dir, 'mi-plan.xlsx');
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return path;
}

/** Some rows of OGP's own commitments sheet, one with a plan number no plan has, under a name of the officer's. */
function ogpSheetWithAMistake(): string {
  const rows = readTable(readFileSync(OGP_SHEET), 'ogp.csv');
  const at = (name: string) => rows.header.indexOf(name);
  const row = (id: string) => [...rows.rows.find((r) => r.cells[at('Commitment Unique Identifier')] === id)!.cells];
  const badPlan = row('AR0045');
  badPlan[at('Action Plan Number')] = 'five';
  const csv = (cells: string[]) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',');
  const path = join(temp.dir, 'Compromisos OGP.csv');
  writeFileSync(path, `${[rows.header, row('CL0069'), row('CL0070'), badPlan].map(csv).join('\r\n')}\r\n`);
  return path;
}

async function openStudio(locale = 'en-US'): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  // The page's policy forbids inline scripts, which is how axe is put in: bypassed for the check.
  const context = await browser.newContext({ locale, acceptDownloads: true, bypassCSP: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base.replace(/\/$/, '') });
  const page = await context.newPage();
  await page.addInitScript(SHADOW_TEXT_SCRIPT);
  const errors = collectErrors(page);
  await page.goto(`${base}studio/`);
  await page.locator('ogp-studio h1').waitFor();
  return { context, page, errors };
}

/** Downloads the .zip and unpacks it into a new folder; returns the folder. */
async function downloadZip(page: Page, name: string): Promise<string> {
  const confirm = page.locator('input[name="confirm-loss"]');
  if (await confirm.count()) await confirm.check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /download the \.zip/i }).click(),
  ]);
  const zipPath = join(temp.dir, `${name}.zip`);
  await download.saveAs(zipPath);
  const folder = join(temp.dir, name);
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(zipPath)))) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), bytes);
  }
  return folder;
}

before(async () => {
  const studioSources = [
    'packages/studio/src',
    'packages/studio/index.html',
    'packages/studio/studio.css',
    'packages/cli/src',
  ];
  const problem = buildProblem(
    [join(STUDIO_DIST, 'index.html'), join(STUDIO_DIST, 'studio.js')],
    [...BUILD_SOURCES, ...studioSources].map((s) => join(ROOT, s)),
  );
  if (problem) throw new Error(`the studio is ${problem}`);
  server = createDemoServer({ root: ROOT, liveInterval: 60_000 });
  base = await server.listen(0);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  temp.remove();
});

describe('the studio in Chromium', () => {
  test('the demo index links the studio', async () => {
    const index = await (await fetch(base)).text();
    assert.match(index, /<a href="\/studio\/">Studio<\/a>/);
  });

  test('CSV files: the problem at its cell, a card, the code copied, the zip that validates', async () => {
    const folder = await templateWithAMistake('csv-files');
    const { context, page, errors } = await openStudio();
    await page.locator('input[name="files"]').setInputFiles(readdirSync(folder).map((name) => join(folder, name)));

    // The problem at its sheet, row, column and the value in the cell.
    const problem = page.locator('.problems tbody tr', { hasText: '31-31-2021' });
    await problem.waitFor();
    const cells = await problem.locator('td').allTextContents();
    assert.deepEqual(cells.slice(0, 4), ['commitments.csv', '2', 'Inicio / Start', '31-31-2021']);
    assert.ok(cells[4]!.length > 10, `the problem is said: ${cells[4]}`);
    // What the mistake costs is said in numbers, not hidden behind a ✓.
    const lost = await page.locator('.problems').textContent();
    assert.match(lost!, /Left out: 1 (cell|row)/);

    // The real element shows the commitment from the feed the sheets made.
    const card = page.locator('.card-preview ogp-commitment');
    await card.waitFor();
    await page.waitForFunction(() =>
      /Diseño de plataforma integrada|Design integrated/.test(
        (window as unknown as { shadowText: (e: Element | null) => string }).shadowText(
          document.querySelector('.card-preview ogp-commitment'),
        ),
      ),
    );

    // The code for that card, with the address the officer types, copied.
    await page.locator('input[name="feed-url"]').fill('https://gob.example/ogp/feed.json');
    await page.locator('select[name="variant"]').selectOption('compact');
    await page.locator('input[name="live"]').check();
    await page.locator('.code', { hasText: 'HTML' }).getByRole('button', { name: 'Copy' }).click();
    await page.locator('#copied-html', { hasText: 'Copied.' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /<script type="module" src="[^"]+\/ogp-embed\.js"><\/script>/);
    assert.match(
      copied,
      /<ogp-commitment src="https:\/\/gob\.example\/ogp\/feed\.json" commitment="CL0069" variant="compact" live><\/ogp-commitment>/,
    );
    assert.match(
      await page.locator('#code-shortcode').inputValue(),
      /^\[ogp_commitment id="CL0069" src="https:\/\/gob\.example\/ogp\/feed\.json" variant="compact" live="true"\]$/,
    );
    assert.match(await page.locator('#code-block').inputValue(), /^<!-- wp:ogp-embed\/commitment \{"id":"CL0069",/);

    assert.deepEqual(await axeViolations(page), []);

    // The folder: the same files `import csv` then `publish` write, and it validates.
    const unzipped = await downloadZip(page, 'from-sheets');
    const validated = await runCli(['validate', unzipped]);
    assert.equal(validated.code, 0, validated.stdout + validated.stderr);
    const feed = join(temp.dir, 'cli-feed.json');
    await runCli(['import', 'csv', folder, '-o', feed]);
    const published = join(temp.dir, 'cli-published');
    const publish = await runCli(['publish', feed, '-o', published]);
    assert.equal(publish.code, 0, publish.stderr);
    assert.deepEqual(
      filesUnder(unzipped),
      filesUnder(published).filter((path) => !isSnapshot(path)),
    );
    assert.match((await page.locator('.download').textContent())!, /except the cards’ HTML snapshots/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a feed.json: no problems, every kind to preview, the zip publish writes', async () => {
    const { context, page, errors } = await openStudio();
    const chile = join(ROOT, 'examples/feeds/chile.json');
    await page.locator('input[name="files"]').setInputFiles(chile);
    await page.locator('.problems', { hasText: 'Read as a feed' }).waitFor();
    assert.match((await page.locator('.problems').textContent())!, /0 errors/);
    // A plan, by keyboard: its radio button, then the first plan in the list.
    await page.locator('input[name="kind"][value="plan"]').focus();
    await page.keyboard.press('Space');
    await page.locator('.card-preview ogp-plan').waitFor();
    assert.match(await page.locator('#code-html').inputValue(), /<ogp-plan src="[^"]+" plan="AP_CHL0\d"/);
    // The next plan, and its code copied, by keyboard alone.
    await page.locator('.items button').first().focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const second = page.locator('.items button').nth(1);
    assert.equal(await second.getAttribute('aria-pressed'), 'true');
    const secondId = (await second.locator('.id').textContent())!;
    await page.locator(`.card-preview ogp-plan[plan="${secondId}"]`).waitFor();
    await page.locator('#code-html').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#copied-html', { hasText: 'Copied.' }).waitFor();
    assert.match(
      await page.evaluate(() => navigator.clipboard.readText()),
      new RegExp(`<ogp-plan src="[^"]+" plan="${secondId}"></ogp-plan>`),
    );
    assert.deepEqual(await axeViolations(page), []);

    const unzipped = await downloadZip(page, 'from-feed');
    const published = join(temp.dir, 'chile-published');
    assert.equal((await runCli(['publish', chile, '-o', published])).code, 0);
    assert.deepEqual(
      filesUnder(unzipped),
      filesUnder(published).filter((path) => !isSnapshot(path)),
    );
    for (const path of filesUnder(unzipped))
      assert.deepEqual(readFileSync(join(unzipped, path)), readFileSync(join(published, path)), path);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a workbook: the problem at its sheet and cell, the card, the zip that validates', async () => {
    const workbook = workbookOf(await templateWithAMistake('for-workbook'));
    const { context, page, errors } = await openStudio();
    await page.locator('input[name="files"]').setInputFiles(workbook);
    const problem = page.locator('.problems tbody tr', { hasText: '31-31-2021' });
    await problem.waitFor();
    assert.deepEqual((await problem.locator('td').allTextContents()).slice(0, 4), [
      'mi-plan.xlsx › commitments',
      '2',
      'Inicio / Start',
      '31-31-2021',
    ]);
    await page.locator('.card-preview ogp-commitment').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    const unzipped = await downloadZip(page, 'from-workbook');
    const validated = await runCli(['validate', unzipped]);
    assert.equal(validated.code, 0, validated.stdout + validated.stderr);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("OGP's own sheet: the problem at its row and cell, the card, the zip that validates", async () => {
    const sheet = ogpSheetWithAMistake();
    const { context, page, errors } = await openStudio();
    await page.locator('input[name="files"]').setInputFiles(sheet);
    await page.locator('.problems', { hasText: 'Read as OGP’s commitments sheet' }).waitFor();
    const problem = page.locator('.problems tbody tr', { hasText: 'five' });
    assert.deepEqual((await problem.locator('td').allTextContents()).slice(0, 4), [
      'Compromisos OGP.csv',
      '4',
      'Action Plan Number',
      'five',
    ]);
    assert.match((await problem.locator('td').nth(4).textContent())!, /not an action plan number; row skipped/);
    assert.match((await page.locator('.problems').textContent())!, /Left out: 1 row/);
    await page.locator('.card-preview ogp-commitment[commitment="CL0069"]').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    const unzipped = await downloadZip(page, 'from-ogp-sheet');
    const validated = await runCli(['validate', unzipped]);
    assert.equal(validated.code, 0, validated.stdout + validated.stderr);
    const feed = JSON.parse(readFileSync(join(unzipped, 'feed.json'), 'utf8')) as {
      plans: { commitments: { id: string }[] }[];
    };
    assert.deepEqual(
      feed.plans.flatMap((p) => p.commitments.map((c) => c.id)),
      ['CL0069', 'CL0070'],
    );
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('reading options: an ambiguous date read as the officer says, an export with its publisher; kept for the tab only', async () => {
    const folder = await templateWithAMistake('ambiguous', '03/04/2021');
    const { context, page, errors } = await openStudio();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.locator('input[name="files"]').setInputFiles(readdirSync(folder).map((name) => join(folder, name)));
    // Unsaid, 03/04/2021 fits both orders: refused at its cell, as `import csv` does.
    await page.locator('.problems tbody tr', { hasText: '03/04/2021' }).waitFor();
    await page.getByLabel('Dates such as 03/04/2024').selectOption('dmy');
    await page.locator('#errors-heading', { hasText: '0 errors' }).waitFor();
    assert.equal(await page.locator('.problems tbody tr', { hasText: '03/04/2021' }).count(), 0);
    const dayFirst = JSON.parse(readFileSync(join(await downloadZip(page, 'day-first'), 'feed.json'), 'utf8')) as Feed;
    assert.equal(dayFirst.plans[0]!.commitments.find((c) => c.id === 'CL0069')!.start, '2021-04-03');

    // A Decidim export has no publisher nor country: the officer gives them, as --publisher and --country.
    await page.getByLabel('Publisher').fill('Municipalidad de Prueba');
    await page.getByLabel('Country').fill('CHL');
    await page.getByLabel('Country').press('Tab');
    await page
      .locator('input[name="files"]')
      .setInputFiles(join(ROOT, 'test/fixtures/platforms/decidim/results-export.csv'));
    await page.locator('.problems', { hasText: 'Read as a Decidim export' }).waitFor();
    assert.doesNotMatch((await page.locator('.problems').textContent())!, /no --publisher given|no --country given/);
    const decidim = JSON.parse(readFileSync(join(await downloadZip(page, 'decidim'), 'feed.json'), 'utf8')) as Feed;
    assert.equal(decidim.publisher.name, 'Municipalidad de Prueba');
    assert.equal(decidim.country, 'CHL');

    // Kept while the tab lives (a reload), gone in a new session; never in a request.
    await page.reload();
    await page.locator('ogp-studio h1').waitFor();
    assert.equal(await page.getByLabel('Dates such as 03/04/2024').inputValue(), 'dmy');
    assert.equal(await page.getByLabel('Publisher').inputValue(), 'Municipalidad de Prueba');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(
      requested.filter((url) => !url.startsWith(base) && !url.startsWith('blob:')),
      [],
    );
    assert.ok(!requested.some((url) => url.includes('Municipalidad')));
    assert.deepEqual(errors, []);
    await context.close();
    const fresh = await openStudio();
    assert.equal(await fresh.page.getByLabel('Dates such as 03/04/2024').inputValue(), '');
    assert.equal(await fresh.page.getByLabel('Publisher').inputValue(), '');
    await fresh.context.close();
  });

  test(
    '50,000 rows: read in the worker with a progress bar, the page answering meanwhile',
    { timeout: 600_000 },
    async () => {
      const folder = await templateWithAMistake('big');
      const commitments = join(folder, 'commitments.csv');
      const [header, row] = readFileSync(commitments, 'utf8').split(/\r?\n/);
      const rows = Array.from({ length: 50_000 }, (_, i) => row!.replace('CL0069,9,', `C${i + 1},${i + 1},`));
      writeFileSync(commitments, `${[header, ...rows].join('\r\n')}\r\n`);
      // What hangs from the example's commitment goes with it.
      for (const name of ['milestones.csv', 'updates.csv', 'indicators.csv', 'measurements.csv']) {
        const path = join(folder, name);
        writeFileSync(path, `${readFileSync(path, 'utf8').split(/\r?\n/)[0]}\r\n`);
      }
      const { context, page, errors } = await openStudio();
      await page.locator('input[name="files"]').setInputFiles(readdirSync(folder).map((name) => join(folder, name)));
      await page.locator('.open progress').waitFor();
      // While the worker reads, the page answers: the officer switches language.
      await page.locator('.studio-header .language select').selectOption('es');
      assert.equal(await page.locator('h1').textContent(), 'Estudio de OGP embed');
      assert.equal(await page.locator('.problems').count(), 0, 'the page answered before the import was done');
      await page.locator('.problems', { hasText: '50.000 compromisos' }).waitFor({ timeout: 600_000 });
      await page.locator('.card-preview ogp-commitment[commitment="C1"]').waitFor();
      // Found among the 50,000 by typing.
      await page.getByLabel('Buscar por id o título').fill('C49999');
      await page.locator('.items button', { hasText: 'C49999' }).click();
      await page.locator('.card-preview ogp-commitment[commitment="C49999"]').waitFor();
      assert.deepEqual(errors, []);
      await context.close();
    },
  );

  test("the template's example as it came: said at its cell, and no folder to download", async () => {
    const folder = await template('untouched');
    const { context, page } = await openStudio();
    await page.locator('input[name="files"]').setInputFiles(readdirSync(folder).map((name) => join(folder, name)));
    await page.locator('.problems tbody tr', { hasText: "the template's example" }).waitFor();
    await page.locator('.download', { hasText: "still hold the template's example" }).waitFor();
    assert.equal(await page.getByRole('button', { name: /download the \.zip/i }).isDisabled(), true);
    await context.close();
  });

  test("the template workbook: downloaded in the officer's language, opened again, said to be the example", async () => {
    const { context, page, errors } = await openStudio('es-CL');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Descargar la plantilla (.xlsx)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'plantilla-ogp.xlsx');
    const path = join(temp.dir, 'plantilla-ogp.xlsx');
    await download.saveAs(path);
    const book = XLSX.read(readFileSync(path));
    assert.equal(book.SheetNames[0], 'README');
    assert.match(XLSX.utils.sheet_to_csv(book.Sheets.README!), /Este libro no tiene listas desplegables/);
    assert.ok(['feed', 'plans', 'commitments', 'milestones'].every((name) => book.SheetNames.includes(name)));
    // Opened as it came, it is the example: said at its cell, and no folder to publish.
    await page.locator('input[name="files"]').setInputFiles(path);
    await page.locator('.problems tbody tr', { hasText: 'es el ejemplo de la plantilla' }).waitFor();
    assert.equal(await page.getByRole('button', { name: /descargar el \.zip/i }).isDisabled(), true);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("the officer's language, from the browser and from the switcher", async () => {
    const { context, page } = await openStudio('es-CL');
    assert.equal(await page.locator('h1').textContent(), 'Estudio de OGP embed');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    await page.locator('.studio-header .language select').selectOption('fr');
    assert.equal(await page.locator('h1').textContent(), 'Studio OGP embed');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    await context.close();
  });
});
