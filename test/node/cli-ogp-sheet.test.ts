/**
 * `ogp-embed import ogp-sheet` on OGP's real commitments sheet (558 rows, 171 columns), run as
 * a child process; the feed it writes is read back with the SDK's strict parser.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseFeed } from '@ogp-embed/sdk';
import type { Commitment, Feed } from '@ogp-embed/sdk';
import { EXIT } from '../../packages/cli/src/cli/exit-codes.js';
import { OGP_SHEET, runCli, tempDir } from '../../packages/cli/test/run-cli.js';

const sheetRows = parse(readFileSync(OGP_SHEET, 'utf8'), { bom: true }) as string[][];
const header = sheetRows[0]!;
const column = (name: string) => header.indexOf(name);
const rowOf = (id: string) => sheetRows.find((row) => row[0] === id)!;
const toCsv = (rows: string[][]) =>
  rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\n') + '\n';

describe('import ogp-sheet: the whole real file', () => {
  const temp = tempDir();
  const output = join(temp.dir, 'feed.json');
  let feed: Feed;
  let stderr: string;
  const commitment = (id: string): Commitment => {
    const found = feed.plans.flatMap((plan) => plan.commitments).find((c) => c.id === id);
    assert.ok(found, `${id} is in the feed`);
    return found;
  };

  before(async () => {
    const result = await runCli(['import', 'ogp-sheet', OGP_SHEET, '-o', output]);
    assert.equal(result.code, 0, result.stderr);
    stderr = result.stderr;
    const parsed = parseFeed(readFileSync(output, 'utf8'), { mode: 'strict' });
    assert.equal(parsed.ok, true, JSON.stringify(parsed.issues.slice(0, 3)));
    feed = parsed.feed!;
  });
  after(() => temp.remove());

  test('every row becomes a commitment of its plan, and the feed passes strict parsing', () => {
    assert.equal(feed.plans.flatMap((p) => p.commitments).length, 558);
    assert.equal(feed.plans.length, 214);
    assert.match(stderr, /558 commitment\(s\) in 214 plan\(s\)/);
  });

  test('CL0069: title, lead institution, end-of-term completion, dates', () => {
    const cl0069 = commitment('CL0069');
    assert.equal(cl0069.title, 'Diseño de plataforma integrada e interoperable de gestión e información legislativa');
    assert.equal(cl0069.shortTitle, 'Design integrated legislative information platform');
    const lead = feed.institutions.find((i) => i.id === cl0069.lead);
    assert.equal(lead?.name, 'Congreso Nacional de Chile');
    assert.equal(lead?.kind, 'legislature');
    assert.equal(cl0069.irm?.completionEndOfTerm, 'limited');
    assert.equal(cl0069.irm?.potentialForResults, 'substantial');
    assert.equal(cl0069.start, '2021-03-01');
    assert.equal(cl0069.end, '2022-06-30');
    assert.equal(cl0069.number, '9');
    assert.equal(cl0069.url, 'https://opengovpartnership.org/members/chile/commitments/cl0069');
    const plan = feed.plans.find((p) => p.commitments.some((c) => c.id === 'CL0069'))!;
    assert.deepEqual([plan.id, plan.number, plan.period], ['AP_CHL05', 5, { start: '2020', end: '2022' }]);
  });

  test('Commitment Number float artefacts are repaired; other numbers are kept as written', () => {
    assert.equal(rowOf('CL0008')[column('Commitment Number')], '2.2000000000000002');
    assert.equal(commitment('CL0008').number, '2.2');
    assert.equal(commitment('EE0043').number, '2.3');
    assert.equal(commitment('GR0025').number, '4.1');
    assert.equal(commitment('ES0065').number, '10.13');
    assert.equal(commitment('MK0140').number, '8.2');
    const kept = feed.plans.flatMap((p) => p.commitments).map((c) => c.number);
    for (const written of ['2.3.2.A', '1.1.', '4M3', '1.6A', 'B.1.A']) assert.ok(kept.includes(written), written);
    assert.ok(!kept.some((n) => n && /\d{10}/.test(n)), 'no float artefact is left');
  });

  test('ND, NR and NA are unknown: not zero, not "none", not the text', () => {
    const cl0069 = commitment('CL0069');
    assert.equal(rowOf('CL0069')[column('Specificity')], 'ND');
    assert.equal(cl0069.irm?.specificity, undefined);
    assert.deepEqual(cl0069.values, [], 'OGP values ND: none claimed');
    assert.deepEqual(cl0069.themes, [], 'Theme NA: no theme');
    // "None" is a rating, not a marker.
    assert.equal(commitment('HR0018').irm?.potentialImpact, 'none');
    assert.equal(commitment('HR0018').irm?.specificity, 'high');
    // NA lead: no lead; NA mid-term completion: unknown; NR: unknown.
    assert.equal(rowOf('BUE0009')[column('Lead Institution')], 'NA');
    assert.equal(commitment('BUE0009').lead, undefined);
    assert.equal(commitment('AR0045').irm?.completionMidTerm, undefined);
    assert.equal(rowOf('LT0004')[column('Specificity')], 'NR');
    assert.equal(commitment('LT0004').irm?.specificity, undefined);
    const text = readFileSync(join(temp.dir, 'feed.json'), 'utf8');
    assert.doesNotMatch(text, /": "(ND|NR|NA)"/, 'no marker is written as a value');
  });

  test('dates in every form the sheet uses', () => {
    assert.equal(commitment('GR0025').start, '2014-07', 'July 2014: known to the month');
    assert.equal(commitment('GR0025').end, '2016-06');
    assert.equal(commitment('AL0017').start, '2012', '2012: known to the year');
    assert.equal(commitment('BG0027').start, '2014-07-01', '1/7/2014 in a day/month/year plan');
    assert.equal(commitment('BG0027').end, '2016-12-31', '31/12/2016');
    assert.equal(commitment('GH0010').end, '2014-03-02', '02/3/2014: ambiguous, read as its plan writes dates');
    assert.equal(commitment('UA0034').end, '2015-05-01', '01/5/2015 likewise');
    assert.equal(commitment('LK0032').start, '2019-03-01', 'spreadsheet day number 43525');
    assert.equal(commitment('LK0032').end, '2021-08-31', 'spreadsheet day number 44439');
    assert.equal(commitment('KE0037').start, '2024', '7/16/1905: the year 2024 typed into a date cell');
    assert.equal(commitment('KE0037').end, '2027');
    assert.equal(commitment('JO0042').start, '2014', 'Quarter 1 2014: the year holds the quarter');
    assert.equal(commitment('RS0046').end, '2022', 'III quarter of 2022');
    assert.equal(commitment('GE0020').end, '2015', 'Spring 2015');
    assert.equal(commitment('UA0034').start, undefined, 'NA');
    assert.equal(commitment('RS0048').start, undefined, 'In progress is not a date');
    assert.match(stderr, /warning: row 460, column "Start Date": "In progress" is not a date; left unknown/);
  });

  test('lead and supporting institutions are deduplicated per country', () => {
    const ids = feed.institutions.map((i) => i.id);
    assert.equal(new Set(ids).size, ids.length);
    const congress = feed.institutions.filter((i) => i.name === 'Congreso Nacional de Chile');
    assert.equal(congress.length, 1, 'one institution for the many rows that name it');
    const led = feed.plans.flatMap((p) => p.commitments).filter((c) => c.lead === congress[0]!.id);
    assert.ok(led.length >= 2);
    const justice = feed.institutions.filter((i) => i.name === 'Ministry of Justice');
    assert.ok(justice.length > 1, 'each country has its own Ministry of Justice');
    assert.ok(commitment('CL0069').supporting.length > 3);
  });
});

describe('import ogp-sheet: filters, bad rows, streams, languages', () => {
  const temp = tempDir();
  after(() => temp.remove());

  test('--country keeps one country; the feed is about that country', async () => {
    const result = await runCli(['import', 'ogp-sheet', OGP_SHEET, '--country', 'chile']);
    assert.equal(result.code, 0, result.stderr);
    const feed = parseFeed(result.stdout, { mode: 'strict' }).feed!;
    assert.equal(feed.country, 'CHL');
    assert.deepEqual(feed.plans.map((p) => p.id).sort(), ['AP_CHL01', 'AP_CHL05', 'AP_CHL06']);
    assert.ok(feed.plans.every((p) => p.commitments.every((c) => c.id.startsWith('CL'))));
  });

  test('--plan keeps one plan; input can come from stdin', async () => {
    const result = await runCli(['import', 'ogp-sheet', '-', '--plan', 'AP_CHL05'], { stdin: readFileSync(OGP_SHEET) });
    assert.equal(result.code, 0, result.stderr);
    const feed = parseFeed(result.stdout, { mode: 'strict' }).feed!;
    assert.deepEqual(
      feed.plans.map((p) => p.id),
      ['AP_CHL05'],
    );
    assert.deepEqual(
      feed.plans[0]!.commitments.map((c) => c.id),
      ['CL0069', 'CL0070'],
    );
  });

  test('rows that cannot be read are reported with row and column and skipped; the rest is imported (exit 1)', async () => {
    const good = rowOf('CL0069');
    const noId = [...rowOf('CL0070')];
    noId[column('Commitment Unique Identifier')] = '';
    const badPlanNumber = [...rowOf('AR0045')];
    badPlanNumber[column('Action Plan Number')] = 'five';
    const file = join(temp.dir, 'bad-rows.csv');
    writeFileSync(file, toCsv([header, good, noId, badPlanNumber, good, rowOf('HR0018')]));
    const output = join(temp.dir, 'bad-rows.json');
    const result = await runCli(['import', 'ogp-sheet', file, '-o', output]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /error: row 3, column "Commitment Unique Identifier": no commitment id; row skipped/);
    assert.match(
      result.stderr,
      /error: row 4, column "Action Plan Number": "five" is not an action plan number; row skipped/,
    );
    assert.match(
      result.stderr,
      /error: row 5, column "Commitment Unique Identifier": id "CL0069" is already used by an earlier row; row skipped/,
    );
    assert.match(result.stderr, /3 row\(s\) skipped/);
    const feed = parseFeed(readFileSync(output, 'utf8'), { mode: 'strict' }).feed!;
    assert.deepEqual(
      feed.plans.flatMap((p) => p.commitments.map((c) => c.id)),
      ['CL0069', 'HR0018'],
    );
  });

  test('a quote never closed loses only its row, said at its row and cell; the rest is imported (exit 1)', async () => {
    // The last row's title opens a quote that nothing after it closes (its other cells need no quotes).
    const broken = rowOf('CL0070').map((cell) => cell.replace(/[",\r\n]/g, ' '));
    broken[column('Commitment Title')] = '"Unclosed title';
    const file = join(temp.dir, 'unclosed.csv');
    writeFileSync(file, `${toCsv([header, rowOf('CL0069'), rowOf('HR0018')])}${broken.join(',')}\n`);
    const output = join(temp.dir, 'unclosed.json');
    const result = await runCli(['import', 'ogp-sheet', file, '-o', output]);
    assert.equal(result.code, 1, result.stderr);
    assert.match(
      result.stderr,
      /error: row 4, column "Commitment Title": a quote \("\) opens this cell and is never closed; row skipped/,
    );
    const feed = parseFeed(readFileSync(output, 'utf8'), { mode: 'strict' }).feed!;
    assert.deepEqual(feed.plans.flatMap((p) => p.commitments.map((c) => c.id)).sort(), ['CL0069', 'HR0018']);
  });

  test('--json reports every issue for machines', async () => {
    const result = await runCli(['import', 'ogp-sheet', OGP_SHEET, '--json', '-o', join(temp.dir, 'j.json')]);
    assert.equal(result.code, 0);
    const report = JSON.parse(result.stdout) as {
      imported: number;
      skipped: number;
      issues: Array<{ row: number; column: string; code: string }>;
    };
    assert.equal(report.imported, 558);
    assert.equal(report.skipped, 0);
    assert.ok(report.issues.some((i) => i.row === 460 && i.column === 'Start Date' && i.code === 'unreadable-date'));
  });

  test("a CSV that is not OGP's sheet is refused (exit 1) and the old output is left untouched", async () => {
    const output = join(temp.dir, 'keep.json');
    writeFileSync(output, 'previous feed');
    const other = join(temp.dir, 'other.csv');
    writeFileSync(other, 'name,value\na,1\n');
    const result = await runCli(['import', 'ogp-sheet', other, '-o', output]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /not OGP's commitments sheet: it has no column "Commitment Unique Identifier"/);
    assert.equal(readFileSync(output, 'utf8'), 'previous feed');
    assert.deepEqual(
      readdirSync(temp.dir).filter((f) => f.endsWith('.tmp')),
      [],
      'no temporary file is left',
    );
  });

  test('a file that cannot be read exits 2', async () => {
    const result = await runCli(['import', 'ogp-sheet', join(temp.dir, 'missing.csv')]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /could not read .*missing\.csv: no such file/);
  });

  test("--feed-language sets the feed's language (--lang is the messages'); the old --language still works, with a note", async () => {
    const file = join(temp.dir, 'language.csv');
    writeFileSync(file, toCsv([header, rowOf('RS0048')]));
    const renamed = await runCli(['import', 'ogp-sheet', file, '--feed-language', 'sr', '--lang', 'en']);
    assert.equal(renamed.code, 0, renamed.stderr);
    assert.equal(parseFeed(renamed.stdout).feed!.defaultLanguage, 'sr');
    assert.doesNotMatch(renamed.stderr, /--language/);
    const old = await runCli(['import', 'ogp-sheet', file, '--language', 'sr', '--lang', 'en']);
    assert.equal(old.code, 0, old.stderr);
    assert.equal(parseFeed(old.stdout).feed!.defaultLanguage, 'sr');
    assert.match(old.stderr, /--language is now --feed-language; the old name still works/);
    const bad = await runCli(['import', 'ogp-sheet', file, '--feed-language', 'not a tag', '--lang', 'en']);
    assert.equal(bad.code, EXIT.usage);
    assert.match(bad.stderr, /"not a tag" is not a valid value for --feed-language/);
  });

  test('messages in Spanish from --lang or the locale', async () => {
    const file = join(temp.dir, 'one.csv');
    writeFileSync(file, toCsv([header, rowOf('RS0048')]));
    const byLocale = await runCli(['import', 'ogp-sheet', file], { env: { LANG: 'es_CL.UTF-8' } });
    assert.equal(byLocale.code, 0);
    assert.match(
      byLocale.stderr,
      /advertencia: fila 2, columna "Start Date": "In progress" no es una fecha; queda desconocida/,
    );
    assert.match(byLocale.stderr, /1 compromiso\(s\) en 1 plan\(es\)/);
    const byFlag = await runCli(['import', 'ogp-sheet', file, '--lang', 'es'], { env: { LANG: 'en_US.UTF-8' } });
    assert.match(byFlag.stderr, /no es una fecha/);
    const quiet = await runCli(['import', 'ogp-sheet', file, '--quiet']);
    assert.equal(quiet.stderr, '');
  });
});
