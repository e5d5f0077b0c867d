/**
 * `import decidim` and `import gobierto` on files in each platform's own column layout: the
 * feeds pass `validate`, carry the right commitments, milestones, progress and statuses, and
 * every problem is reported by file, row and column; a Decidim export keeps every title and
 * date through import → export csv.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { commitmentProgress, parseFeed } from '@ogp-embed/sdk';
import type { Commitment, Feed } from '@ogp-embed/sdk';
import { ROOT, runCli, tempDir } from '../../packages/cli/test/run-cli.js';
import { toPlainText } from '../../packages/cli/src/platforms/plain-text.js';
import { readPlatformDate } from '../../packages/cli/src/platforms/platform-dates.js';
import { statusOfName, statusOfNames } from '../../packages/cli/src/platforms/status-words.js';

const FIXTURES = join(ROOT, 'test/fixtures/platforms');
const temp = tempDir();
after(() => temp.remove());

const FACTS = ['--publisher', 'Example City', '--country', 'ESP'];

async function importFile(platform: 'decidim' | 'gobierto', name: string, extra: string[] = []) {
  const out = join(temp.dir, `${platform}-${name}.json`);
  const result = await runCli(['import', platform, join(FIXTURES, platform, name), '-o', out, ...FACTS, ...extra]);
  const validate = existsSync(out) ? await runCli(['validate', out]) : undefined;
  const feed = existsSync(out) ? (parseFeed(readFileSync(out, 'utf8'), { mode: 'strict' }).feed as Feed) : undefined;
  return { ...result, out, validate, feed };
}

const commitment = (feed: Feed | undefined, id: string): Commitment => {
  const found = feed?.plans[0]?.commitments.find((c) => c.id === id);
  assert.ok(found, `commitment ${id}`);
  return found;
};
const titles = (c: Commitment) =>
  c.milestones.map((m) => (typeof m.title === 'string' ? m.title : (m.title.en ?? Object.values(m.title)[0])));

describe('import decidim', () => {
  test('the export CSV: roots are commitments, children and grandchildren milestones, Decidim progress kept', async () => {
    const r = await importFile('decidim', 'results-export.csv');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.validate?.code, 0, r.validate?.stderr);
    assert.deepEqual(
      r.feed!.plans[0]!.commitments.map((c) => c.id),
      ['101', '201'],
    );
    const park = commitment(r.feed, '101');
    assert.deepEqual(park.title, {
      ca: 'Renovar el parc del Clot',
      en: 'Renovate Clot park',
      es: 'Renovar el parque del Clot',
    });
    assert.equal(
      (park.description as Record<string, string>).en,
      'New playground and more information (https://example.org/clot).\n\nSecond phase: trees.',
    );
    assert.deepEqual(titles(park), ['Detailed design', 'Construction works', 'Tender for the works']);
    assert.equal(
      (park.milestones[2] as Record<string, unknown>).partOf,
      '103',
      'a grandchild names the milestone it belongs under',
    );
    assert.deepEqual(
      park.milestones.map((m) => [m.start, m.due, m.status]),
      [
        ['2020-03-01', '2020-09-30', 'completed'],
        ['2020-10-01', '2021-12-31', 'not-started'],
        ['2020-10-01', '2020-12-15', 'not-started'],
      ],
    );
    assert.deepEqual(park.reported?.status, 'in-progress');
    assert.equal(park.reported?.percent, 50);
    assert.deepEqual(park.themes, ['Medi ambient']);
    assert.equal(park.url, 'https://decidim.example.org/processes/pam/f/12/results/101');
    assert.equal(r.feed!.plans[0]!.id, 'decidim-12');
    assert.equal(r.feed!.publisher.url, 'https://decidim.example.org/');
    // Columns with no place are named once, not once per row.
    assert.equal(r.stderr.match(/column "proposal_urls"/g)?.length, 1);
    assert.match(r.stderr, /results-export\.csv, row 1, column "scope\/id": the feed has no place for this column/);
    assert.doesNotMatch(readFileSync(r.out, 'utf8'), /<p>|&nbsp;|<a /, 'no markup reaches the feed');
  });

  test('the JSON export gives the same feed as the CSV export', async () => {
    const csv = await importFile('decidim', 'results-export.csv');
    const json = await importFile('decidim', 'results-export.json');
    assert.equal(json.code, 0, json.stderr);
    assert.deepEqual({ ...json.feed, generatedAt: '' }, { ...csv.feed, generatedAt: '' });
  });

  test('the 2017 CSV: day-first dates, parents by external id, status read from progress', async () => {
    const r = await importFile('decidim', 'results-2017.csv');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.validate?.code, 0, r.validate?.stderr);
    const library = commitment(r.feed, 'PAM-01');
    assert.deepEqual(library.title, { ca: 'Ampliar la biblioteca del barri', es: 'Ampliar la biblioteca del barrio' });
    assert.equal((library.description as Record<string, string>).ca, "Una sala d'estudi nova.");
    assert.equal(library.start, '2017-05-20');
    assert.equal(library.end, '2018-12-31');
    assert.deepEqual(
      library.milestones.map((m) => [m.id, m.start, m.due, m.status]),
      [
        ['PAM-01-A', '2017-05-20', '2017-09-30', 'completed'],
        ['PAM-01-B', '2017-10-01', '2018-12-31', 'in-progress'],
      ],
    );
    assert.equal(library.reported?.percent, 40);
    assert.equal(r.stderr.match(/a status given by its number/g)?.length, 1, 'said once');
  });

  test('weights: progress worked out as Decidim does, never invented', async () => {
    const r = await importFile('decidim', 'results-weighted.csv');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(commitment(r.feed, '701').reported?.percent, 40, '100 × 0.25 + 20 × 0.75');
    assert.deepEqual(
      commitment(r.feed, '701').milestones.map((m) => m.weight),
      [0.25, 0.75],
    );
    assert.equal(commitment(r.feed, '704').reported?.percent, 65, 'the average of the children that have a figure');
    assert.equal(commitment(r.feed, '708').reported, undefined);
    assert.deepEqual(commitmentProgress(commitment(r.feed, '708')), { kind: 'unknown' });
  });

  test('a broken row is left out and reported, the rest written, exit 1', async () => {
    const r = await importFile('decidim', 'results-broken.csv');
    assert.equal(r.code, 1);
    assert.equal(r.validate?.code, 0, r.validate?.stderr);
    assert.match(
      r.stderr,
      /error: results-broken\.csv, row 4, column "title": expected a title, found none; row left out/,
    );
    assert.match(r.stderr, /error: results-broken\.csv, row 6, column "id": expected a new id, found "301"/);
    assert.match(
      r.stderr,
      /warning: results-broken\.csv, row 3, column "end_date": expected a date written as 2020-05-14 or 20\/05\/2017 \(day first\), found "31\/02\/2021"/,
    );
    assert.match(
      r.stderr,
      /warning: results-broken\.csv, row 5, column "progress": expected a percentage from 0 to 100, found "lots"/,
    );
    assert.match(
      r.stderr,
      /error: results-broken\.csv, row 7, column "parent\/id": expected a parent that is imported, found "303", which was left out/,
    );
    const portal = commitment(r.feed, '301');
    assert.deepEqual(titles(portal), ['Publish the budget', 'Open contracts']);
    assert.equal(portal.milestones[0]!.due, undefined);
  });

  test('an unknown status is reported once and read from the progress', async () => {
    const r = await importFile('decidim', 'results-unknown-status.csv');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stderr.match(/status "status_9 \/ Paused \/ Pausado" is not one this importer can read/g)?.length,
      1,
    );
    assert.match(r.stderr, /the names of status "status_8 \/ Finished \/ En ejecución" mean different statuses/);
    assert.deepEqual(commitment(r.feed, '401').reported, {
      status: 'in-progress',
      percent: 40,
      asOf: commitment(r.feed, '401').reported!.asOf,
    });
    assert.deepEqual(
      commitment(r.feed, '401').milestones.map((m) => m.status),
      ['completed', 'not-started'],
    );
    assert.equal(commitment(r.feed, '404').reported, undefined, 'no status, no figure: unknown');
  });

  test('a missing parent: its row and its children are left out, as Decidim does', async () => {
    const r = await importFile('decidim', 'results-missing-parent.csv');
    assert.equal(r.code, 1);
    assert.equal(r.validate?.code, 0);
    assert.match(r.stderr, /row 4, column "parent\/id": expected the id of a result in this file, found "999"/);
    assert.match(r.stderr, /row 5, column "parent\/id": expected a parent that is imported, found "503"/);
    assert.deepEqual(
      r.feed!.plans[0]!.commitments.map((c) => c.id),
      ['501'],
    );
  });

  test('mixed locales: every locale given is kept, none made up', async () => {
    const r = await importFile('decidim', 'results-mixed-locales.csv');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(commitment(r.feed, '601').title, { ca: 'Horts urbans' });
    assert.deepEqual(commitment(r.feed, '601').milestones[0]!.title, { ca: 'Cessió dels solars', en: 'Land handover' });
    assert.deepEqual(commitment(r.feed, '603').title, { en: 'Tree planting', es: 'Plantación de árboles' });
    assert.match(r.stderr, /column "title\/machine_translations\/es": the feed has no place/);
  });

  test('a file of another format says so in one line; nothing is written', async () => {
    const out = join(temp.dir, 'not-decidim.json');
    const r = await runCli(['import', 'decidim', join(FIXTURES, 'gobierto/plan.csv'), '-o', out]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(
      r.stderr,
      /is not a Decidim Accountability results export: its CSV \(";"-separated, with columns "id" and "title\/<locale>"\)/,
    );
    assert.equal(existsSync(out), false);
    const es = await runCli(['import', 'gobierto', join(FIXTURES, 'decidim/results-export.csv'), '--lang', 'es']);
    assert.match(es.stderr, /no es un CSV de Gobierto Planes/);
    const pt = await runCli(['import', 'gobierto', join(FIXTURES, 'decidim/results-export.csv'), '--lang', 'pt']);
    assert.match(pt.stderr, /não é um CSV do Gobierto Planos/);
  });

  test('the report speaks every language of the CLI', async () => {
    const file = join(FIXTURES, 'decidim/results-broken.csv');
    const fr = await runCli(['import', 'decidim', file, '-o', join(temp.dir, 'fr.json'), '--lang', 'fr', ...FACTS]);
    assert.match(fr.stderr, /results-broken\.csv, ligne 4, colonne [^:]*title[^:]*: titre attendu, aucun trouvé/);
    const pt = await runCli(['import', 'decidim', file, '-o', join(temp.dir, 'pt.json'), '--lang', 'pt', ...FACTS]);
    assert.match(
      pt.stderr,
      /esperava-se uma data escrita como 2020-05-14 ou 20\/05\/2017 \(dia primeiro\), encontrou-se "31\/02\/2021"/,
    );
  });

  test('nothing is written when no commitment can be made; --json gives the report', async () => {
    const file = join(temp.dir, 'titleless.csv');
    writeFileSync(file, 'id;parent/id;title/en\n1;;\n');
    const out = join(temp.dir, 'titleless.json');
    const r = await runCli(['import', 'decidim', file, '-o', out, '--json', ...FACTS]);
    assert.equal(r.code, 1);
    assert.equal(existsSync(out), false);
    const report = JSON.parse(r.stdout) as {
      written: boolean;
      errors: number;
      issues: Array<{ severity: string; row: number; column: string }>;
    };
    assert.equal(report.errors, 1);
    assert.equal(report.written, false);
    const error = report.issues.find((i) => i.severity === 'error')!;
    assert.deepEqual([error.row, error.column], [2, 'title']);
  });

  test('round trip: Decidim export → import → export csv keeps every title and date', async () => {
    const r = await importFile('decidim', 'results-export.csv');
    const folder = join(temp.dir, 'exported');
    const exported = await runCli(['export', 'csv', r.out, '-o', folder]);
    assert.equal(exported.code, 0, exported.stderr);
    const text = ['commitments.csv', 'milestones.csv'].map((f) => readFileSync(join(folder, f), 'utf8')).join('\n');
    const cells = new Set((parse(text, { bom: true, relax_column_count: true }) as string[][]).flat());
    const source = parse(readFileSync(join(FIXTURES, 'decidim/results-export.csv'), 'utf8'), {
      delimiter: ';',
      columns: true,
    }) as Array<Record<string, string>>;
    for (const row of source) {
      for (const key of ['start_date', 'end_date']) assert.ok(cells.has(row[key]!), `${row.id} ${key} ${row[key]}`);
      for (const locale of ['ca', 'en', 'es']) {
        const title = row[`title/${locale}`]!;
        assert.ok(text.includes(title), `${row.id} title/${locale}: ${title}`);
      }
    }
  });
});

describe('import gobierto', () => {
  test('levels become themes, nodes commitments, "50.00%" the reported progress', async () => {
    const r = await importFile('gobierto', 'plan.csv');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.validate?.code, 0, r.validate?.stderr);
    const plan = r.feed!.plans[0]!;
    assert.deepEqual(
      plan.commitments.map((c) => c.id),
      ['ACT-001', 'ACT-002', 'ACT-003', 'ACT-004'],
    );
    const buses = commitment(r.feed, 'ACT-001');
    assert.deepEqual(buses.themes, ['Ciudad sostenible', 'Movilidad', 'Transporte público']);
    assert.deepEqual(
      [buses.start, buses.end, buses.reported?.status, buses.reported?.percent],
      ['2020-03-01', '2022-12-31', 'in-progress', 50],
    );
    assert.deepEqual(buses.description, { es: 'Diez autobuses nuevos en las líneas 3 y 7 (https://example.org/bus).' });
    assert.deepEqual(commitment(r.feed, 'ACT-003').reported?.status, 'not-started');
    // No figure: the status is kept, the progress is not made up.
    assert.deepEqual(commitment(r.feed, 'ACT-004').reported?.percent, undefined);
    assert.deepEqual(commitmentProgress(commitment(r.feed, 'ACT-004')), { kind: 'unknown' });
    assert.equal(r.stderr.match(/Node\.responsible-area/g)?.length, 1);
    assert.deepEqual(plan.period, { start: '2019', end: '2023' });
  });

  test('";"-separated, Level 0, Catalan statuses, "25%"', async () => {
    const r = await importFile('gobierto', 'plan-ca-semicolon.csv', ['--feed-language', 'ca']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      r.feed!.plans[0]!.commitments.map((c) => [c.id, c.reported?.status, c.reported?.percent]),
      [
        ['15', 'in-progress', 25],
        ['14', 'completed', 100],
        ['13', 'in-progress', 75],
      ],
    );
    assert.deepEqual(commitment(r.feed, '15').title, { ca: 'Constituir el Consell Econòmic i Social' });
    assert.equal(r.feed!.defaultLanguage, 'ca');
  });

  test('a broken row is left out and reported, the rest written, exit 1', async () => {
    const r = await importFile('gobierto', 'plan-broken.csv');
    assert.equal(r.code, 1);
    assert.equal(r.validate?.code, 0, r.validate?.stderr);
    assert.match(
      r.stderr,
      /error: plan-broken\.csv, row 3, column "Node\.Title": expected a title, found none; row left out/,
    );
    assert.match(
      r.stderr,
      /warning: plan-broken\.csv, row 4, column "Node\.Start": expected a date written as 01\/01\/2018 \(day first\) or 2018-01-01, found "2022-13-01"/,
    );
    assert.match(
      r.stderr,
      /warning: plan-broken\.csv, row 4, column "Node\.Progress": expected a percentage from 0 to 100, found "120%"/,
    );
    assert.match(
      r.stderr,
      /error: plan-broken\.csv, row 5, column "Level 2": expected the name of the category at this level/,
    );
    assert.match(
      r.stderr,
      /error: plan-broken\.csv, row 6, column "Node\.external_id": expected a new id, found "E-1"/,
    );
    assert.deepEqual(
      r.feed!.plans[0]!.commitments.map((c) => c.id),
      ['E-1', 'E-3'],
    );
  });

  test('an unknown status is reported, and unknown where no figure says otherwise', async () => {
    const r = await importFile('gobierto', 'plan-unknown-status.csv');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /row 2, column "Node\.Status": status "En revisión" is not one this importer can read/);
    assert.match(r.stderr, /row 3, column "Node\.Status": status "Paused" is not one this importer can read/);
    const [office, census, rent] = r.feed!.plans[0]!.commitments;
    assert.deepEqual([office!.reported?.status, office!.reported?.percent], ['in-progress', 30]);
    assert.equal(census!.reported, undefined);
    assert.equal(rent!.reported?.status, 'completed');
  });

  test('statuses in Spanish, Catalan and English in one file', async () => {
    const r = await importFile('gobierto', 'plan-mixed-languages.csv');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      r.feed!.plans[0]!.commitments.map((c) => c.reported?.status),
      ['completed', 'in-progress', 'not-started'],
    );
    assert.doesNotMatch(r.stderr, /warning|error/);
  });

  test('a plan re-saved by Excel as Windows-1252 keeps its accents, with a warning', async () => {
    const file = join(temp.dir, 'plan-1252.csv');
    writeFileSync(file, Buffer.from(readFileSync(join(FIXTURES, 'gobierto/plan-ca-semicolon.csv'), 'utf8'), 'latin1'));
    const out = join(temp.dir, 'plan-1252.json');
    const r = await runCli(['import', 'gobierto', file, '-o', out, ...FACTS, '--language', 'ca']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /warning: plan-1252\.csv: read as Windows-1252/);
    const feed = parseFeed(readFileSync(out, 'utf8'), { mode: 'strict' }).feed!;
    assert.deepEqual(feed.plans[0]!.commitments[0]!.title, { ca: 'Constituir el Consell Econòmic i Social' });
  });

  test('without --publisher and --country the feed says what it used', async () => {
    const r = await runCli([
      'import',
      'gobierto',
      join(FIXTURES, 'gobierto/plan.csv'),
      '-o',
      join(temp.dir, 'bare.json'),
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /warning: plan\.csv: no --publisher given: the feed's publisher is "plan"/);
  });
});

describe('platform readers', () => {
  test('rich text becomes plain text: paragraphs, links as text, entities decoded, no markup', () => {
    assert.equal(
      toPlainText('<p>Uno&nbsp;dos &amp; tres</p><p>Cuatro<br>cinco</p>'),
      'Uno dos & tres\n\nCuatro\ncinco',
    );
    assert.equal(toPlainText('<a href="https://x.org/a?b=1&amp;c=2">aquí</a>'), 'aquí (https://x.org/a?b=1&c=2)');
    assert.equal(toPlainText('<a href="javascript:alert(1)">click</a>'), 'click');
    assert.equal(toPlainText('&lt;script&gt;alert(1)&lt;/script&gt; &#233;&#x00e9;'), '<script>alert(1)</script> éé');
    assert.equal(toPlainText('<script>x</script><img src=x onerror=alert(1)>ok'), 'xok');
  });

  test('dates read in the platform order only', () => {
    assert.equal(readPlatformDate('2020-05-14', 'iso'), '2020-05-14');
    assert.equal(readPlatformDate('2020-05-10 22:36:26 UTC', 'iso'), '2020-05-10');
    assert.equal(readPlatformDate('20/05/2017', 'iso-or-day-first'), '2017-05-20');
    assert.equal(readPlatformDate('05/20/2017', 'iso-or-day-first'), undefined, 'month first does not read');
    assert.equal(readPlatformDate('20/05/2017', 'iso'), undefined);
    assert.equal(readPlatformDate('2021-02-29', 'iso'), undefined);
  });

  test('status names in three languages; unclear ones are not guessed', () => {
    assert.equal(statusOfName('En ejecución'), 'in-progress');
    assert.equal(statusOfName('Finalitzats'), 'completed');
    assert.equal(statusOfName('pendiente de iniciar'), 'not-started');
    assert.equal(statusOfName('Executant-se'), 'in-progress');
    assert.equal(statusOfName('Paused'), undefined);
    assert.deepEqual(statusOfNames(['finished', 'Finalitzat', 'Finalizado']), { kind: 'known', status: 'completed' });
    assert.equal(statusOfNames(['finished', 'En curso']).kind, 'unknown');
  });
});
