/**
 * The spreadsheet path: `template` → `import csv` → `export csv` → `import csv` gives the same
 * feed; OGP's whole sheet survives export and import; errors in a publisher's sheets are
 * reported by file, row and column; `schema` prints a JSON Schema that other tools can use.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { parseFeed } from '@ogp-embed/sdk';
import type { Feed } from '@ogp-embed/sdk';
import { OGP_SHEET, ROOT, runCli, tempDir } from '../../packages/cli/test/run-cli.js';
import { ownTemplate } from '../../packages/cli/test/own-template.js';

const readFeed = (path: string): Feed => {
  const result = parseFeed(readFileSync(path, 'utf8'), { mode: 'strict' });
  assert.equal(result.ok, true, JSON.stringify(result.issues.slice(0, 3)));
  return result.feed!;
};
const readCsv = (path: string) => parse(readFileSync(path, 'utf8'), { bom: true }) as string[][];
const writeCsv = (path: string, rows: string[][]) =>
  writeFileSync(path, rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\r\n'));

describe('template, import csv, export csv', () => {
  const temp = tempDir();
  const template = join(temp.dir, 'template');
  after(() => temp.remove());

  before(async () => {
    await ownTemplate(template);
  });

  test('the template has every sheet, headers in Spanish and English, and a worked example', () => {
    assert.deepEqual(readdirSync(template).sort(), [
      'agreements.csv',
      'cocreation.csv',
      'commitments.csv',
      'feed.csv',
      'forums.csv',
      'indicators.csv',
      'institutions.csv',
      'measurements.csv',
      'meetings.csv',
      'members.csv',
      'milestones.csv',
      'plans.csv',
      'updates.csv',
    ]);
    const commitments = readCsv(join(template, 'commitments.csv'));
    assert.ok(commitments[0]!.includes('Título / Title'));
    assert.ok(commitments[0]!.includes('MRI: cumplimiento al término / IRM: completion (end of term)'));
    assert.equal(commitments[1]![commitments[0]!.indexOf('Id')], 'CL0069');
    const agreements = readCsv(join(template, 'agreements.csv'));
    assert.equal(agreements.length, 5, 'the four agreements of the 2022-03-28 minutes');
    assert.equal(agreements[1]![agreements[0]!.indexOf('Plazo / Due')], 'asap');
  });

  test('round trip: template → import → export → import gives the same feed', async () => {
    const first = join(temp.dir, 'first.json');
    const exported = join(temp.dir, 'exported');
    const second = join(temp.dir, 'second.json');
    const a = await runCli(['import', 'csv', template, '-o', first]);
    assert.equal(a.code, 0, a.stderr);
    // The real CL0069 has milestones due after its end date: a warning, kept.
    assert.match(
      a.stderr,
      /warning: milestones\.csv, row 4, column "Fecha límite \/ Due": expected a due date no later than the commitment's end \(2022-06-30\)/,
    );
    assert.equal((await runCli(['export', 'csv', first, '-o', exported])).code, 0);
    assert.equal((await runCli(['import', 'csv', exported, '-o', second])).code, 0);
    assert.deepEqual(readFeed(second), readFeed(first));
    for (const file of readdirSync(template)) {
      assert.equal(readFileSync(join(exported, file), 'utf8'), readFileSync(join(template, file), 'utf8'), file);
    }
    const feed = readFeed(first);
    const cl0069 = feed.plans[0]!.commitments[0]!;
    assert.equal(cl0069.milestones.length, 8);
    assert.equal(cl0069.indicators[0]!.measurements[0]!.value, 3);
    assert.deepEqual(cl0069.shortTitle, { en: 'Design integrated legislative information platform' });
    assert.equal(feed.forums[0]!.meetings[0]!.agreements[3]!.responsibleInstitution, 'red-sociedad-civil');
  });

  test("OGP's whole sheet survives export csv and import csv unchanged", async () => {
    const feedPath = join(temp.dir, 'ogp.json');
    const folder = join(temp.dir, 'ogp-csv');
    const again = join(temp.dir, 'ogp-again.json');
    assert.equal((await runCli(['import', 'ogp-sheet', OGP_SHEET, '-o', feedPath, '--quiet'])).code, 0);
    assert.equal((await runCli(['export', 'csv', feedPath, '-o', folder])).code, 0);
    assert.equal(readCsv(join(folder, 'commitments.csv')).length, 559);
    const result = await runCli(['import', 'csv', folder, '-o', again]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(readFeed(again), readFeed(feedPath));
  });

  test("a publisher's mistakes: reported by file, row and column, those rows left out, the rest written (exit 1)", async () => {
    const edited = join(temp.dir, 'edited');
    await ownTemplate(edited);
    const milestones = readCsv(join(edited, 'milestones.csv'));
    const due = milestones[0]!.indexOf('Fecha límite / Due');
    const status = milestones[0]!.indexOf('Estado / Status');
    milestones[2]![due] = 'next spring';
    milestones[3]![status] = 'En curso'; // a label, in Spanish: accepted
    writeCsv(join(edited, 'milestones.csv'), milestones);
    const indicators = readCsv(join(edited, 'indicators.csv'));
    indicators[1]![indicators[0]!.indexOf('Meta / Target')] = 'seven';
    writeCsv(join(edited, 'indicators.csv'), indicators);
    const commitments = readCsv(join(edited, 'commitments.csv'));
    const second = [...commitments[1]!];
    second[commitments[0]!.indexOf('Id')] = 'CL0070';
    second[commitments[0]!.indexOf('Institución responsable (id) / Lead institution (id)')] = 'senado';
    second[commitments[0]!.indexOf('Título / Title')] = '=HYPERLINK("https://example.org")';
    commitments.push(second);
    writeCsv(join(edited, 'commitments.csv'), commitments);

    const output = join(temp.dir, 'edited.json');
    const result = await runCli(['import', 'csv', edited, '-o', output]);
    assert.equal(result.code, 1, 'something was left out');
    // The one rule: a bad optional cell is left out with a warning; its row is kept.
    assert.match(
      result.stderr,
      /warning: milestones\.csv, row 3, column "Fecha límite \/ Due": expected .*found the text "next spring"; the cell is left out/,
    );
    assert.match(
      result.stderr,
      /warning: indicators\.csv, row 2, column "Meta \/ Target": "seven" is not a number; the cell is left out/,
    );
    assert.doesNotMatch(result.stderr, /found nothing \(the field is missing\)/, 'one message for one bad cell');
    // An unknown institution reference keeps the commitment and reports the reference.
    assert.match(
      result.stderr,
      /warning: commitments\.csv, row 3, column "Institución responsable \(id\) \/ Lead institution \(id\)": expected the id of one of the feed's institutions, found the text "senado"; the cell is left out/,
    );
    // The target's date goes with its figure, and is named with what it held.
    assert.match(
      result.stderr,
      /warning: indicators\.csv, row 2, column "Fecha de la meta \/ Target date": "2022-12" is left out too: it goes with "Meta \/ Target" of this row/,
    );
    assert.match(result.stderr, /Left out: 4 cell\(s\)\./);
    assert.match(result.stderr, /✗ not everything went in/);
    assert.doesNotMatch(result.stderr, /✓/);
    const feed = readFeed(output);
    const commitment = feed.plans[0]!.commitments;
    assert.deepEqual(
      commitment.map((c) => c.id),
      ['CL0069', 'CL0070'],
    );
    assert.equal(commitment[1]!.lead, undefined);
    assert.equal(commitment[0]!.milestones.length, 8);
    assert.equal(commitment[0]!.milestones[1]!.due, undefined);
    assert.equal(commitment[0]!.milestones[2]!.status, 'in-progress');
    // The target's figure is not guessed: the target is left out, the indicator kept.
    assert.equal(commitment[0]!.indicators.length, 1);
    assert.equal(commitment[0]!.indicators[0]!.target, undefined);
  });

  test('text that a spreadsheet would run as a formula is exported inert and read back exactly', async () => {
    const feedPath = join(temp.dir, 'formula.json');
    const folder = join(temp.dir, 'formula-csv');
    const back = join(temp.dir, 'formula-back.json');
    await runCli(['import', 'csv', template, '-o', feedPath]);
    const feed = JSON.parse(readFileSync(feedPath, 'utf8'));
    feed.plans[0].commitments[0].title = '=HYPERLINK("https://example.org","click")';
    feed.plans[0].commitments[0].number = '-3';
    writeFileSync(feedPath, JSON.stringify(feed));
    assert.equal((await runCli(['export', 'csv', feedPath, '-o', folder])).code, 0);
    const rows = readCsv(join(folder, 'commitments.csv'));
    assert.equal(rows[1]![rows[0]!.indexOf('Título / Title')], '\'=HYPERLINK("https://example.org","click")');
    assert.equal(rows[1]![rows[0]!.indexOf('Número / Number')], '-3');
    assert.equal((await runCli(['import', 'csv', folder, '-o', back])).code, 0);
    assert.equal(readFeed(back).plans[0]!.commitments[0]!.title, '=HYPERLINK("https://example.org","click")');
  });

  test('a folder without feed.csv makes no feed (exit 1, nothing written); a missing folder exits 2', async () => {
    const empty = tempDir();
    const output = join(empty.dir, 'out.json');
    const result = await runCli(['import', 'csv', empty.dir, '-o', output]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /feed\.csv.*the file is missing/);
    assert.deepEqual(readdirSync(empty.dir), []);
    empty.remove();
    assert.equal((await runCli(['import', 'csv', join(temp.dir, 'no-such-folder')])).code, 2);
  });
});

describe('schema', () => {
  test("prints the SDK's JSON Schema, which accepts an imported feed and rejects a broken one", async () => {
    const result = await runCli(['schema']);
    assert.equal(result.code, 0);
    const schema = JSON.parse(result.stdout);
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.deepEqual(schema, JSON.parse(readFileSync(join(ROOT, 'packages/sdk/feed.schema.json'), 'utf8')));
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
    const imported = await runCli(['import', 'ogp-sheet', OGP_SHEET, '--plan', 'AP_CHL05']);
    const feed = JSON.parse(imported.stdout);
    assert.equal(validate(feed), true, JSON.stringify(validate.errors?.slice(0, 2)));
    feed.plans[0].commitments[0].irm.completionEndOfTerm = 'mostly';
    assert.equal(validate(feed), false);
  });
});
