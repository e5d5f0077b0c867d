/**
 * No ✓ on lost data, second round (issue 25): each case a ministry's officer met with the
 * template filled the way Excel and Google Sheets leave it. Each test failed before the fix:
 * the template's example published, a fraction stored as 0.455 %, locale dates refused or
 * guessed, a Spanish Excel round trip dropping the plan, a lost status said as "1 cell".
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseFeed } from '@ogp-embed/sdk';
import type { Feed } from '@ogp-embed/sdk';
import { runCli, tempDir } from '../../packages/cli/test/run-cli.js';
import { ownTemplate } from '../../packages/cli/test/own-template.js';

const readFeed = (path: string): Feed => {
  const result = parseFeed(readFileSync(path, 'utf8'), { mode: 'strict' });
  assert.equal(result.ok, true, JSON.stringify(result.issues.slice(0, 3)));
  return result.feed!;
};
const readCsv = (path: string) => parse(readFileSync(path, 'utf8'), { bom: true }) as string[][];

/** A sheet as a spreadsheet saves it with `separator`: quotes only where needed, CRLF. */
function serialise(rows: string[][], separator: string): string {
  const cell = (value: string) =>
    value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  return `${rows.map((row) => row.map(cell).join(separator)).join('\r\n')}\r\n`;
}

/** Windows-1252 bytes, as Excel's plain "CSV" writes them. */
function encode1252(text: string): Buffer {
  const decoder = new TextDecoder('windows-1252');
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
  return Buffer.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

const SPANISH_MONTHS = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'];

/** What Excel in Spanish (Chile) shows, and so saves, for ISO dates it recognised. */
function asSpanishExcel(cell: string): string {
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell);
  if (match) return `${match[3]}-${match[2]}-${match[1]}`;
  match = /^(\d{4})-(\d{2})$/.exec(cell);
  if (match) return `${SPANISH_MONTHS[Number(match[2]) - 1]}-${match[1]!.slice(2)}`;
  return cell;
}

describe('import csv: no ✓ on lost data', () => {
  const temp = tempDir();
  const template = join(temp.dir, 'template');
  let reference: Feed;
  after(() => temp.remove());

  /** A copy of the own template with `edit` applied to each sheet's rows. */
  const variant = (name: string, edit: (file: string, rows: string[][]) => string[][] | Buffer): string => {
    const folder = join(temp.dir, name);
    mkdirSync(folder);
    for (const file of readdirSync(template)) {
      const edited = edit(file, readCsv(join(template, file)));
      writeFileSync(join(folder, file), Buffer.isBuffer(edited) ? edited : serialise(edited, ','));
    }
    return folder;
  };
  const importFolder = async (folder: string, ...args: string[]) => {
    const output = `${folder}.json`;
    const result = await runCli(['import', 'csv', folder, '-o', output, ...args]);
    return { ...result, output, feed: existsSync(output) ? readFeed(output) : undefined };
  };
  /** Sets a commitments.csv cell of the first commitment (CL0069). */
  const setCommitment = (rows: string[][], header: string, value: string, row = 1) => {
    const index = rows[0]!.indexOf(header);
    assert.ok(index >= 0, header);
    rows[row]![index] = value;
  };

  before(async () => {
    await ownTemplate(template);
    const first = await importFolder(template);
    assert.equal(first.code, 0, first.stderr);
    reference = first.feed!;
  });

  test("the template's example still in feed.csv is an error at its cell; nothing is written", async () => {
    const untouched = join(temp.dir, 'untouched');
    assert.equal((await runCli(['template', untouched])).code, 0);
    const result = await importFolder(untouched);
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /error: feed\.csv, row \d+, column "Publicado por \/ Publisher": "(Ejemplo|Example): [^"]+" is the template's example: write your institution's name here/,
    );
    assert.match(result.stderr, /the sheets still hold the template's example \(see above\); nothing was written\./);
    assert.doesNotMatch(result.stderr, /✓/);
    assert.equal(result.feed, undefined);
  });

  test("a percent column of fractions only (Excel's stored 0.455) is read as fractions, with a note", async () => {
    const folder = variant('fractions', (file, rows) => {
      if (file === 'commitments.csv') {
        setCommitment(rows, 'Estado informado / Reported status', 'En curso');
        setCommitment(rows, 'Avance informado (%) / Reported progress (%)', '0,455');
        setCommitment(rows, 'Estado a la fecha / Status as of', '2022-01-15');
      }
      return rows;
    });
    const result = await importFolder(folder);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.feed!.plans[0]!.commitments[0]!.reported?.percent, 45.5);
    assert.match(
      result.stderr,
      /warning: commitments\.csv, row 1, column "Avance informado \(%\) \/ Reported progress \(%\)": every number in this column is between 0 and 1: read as fractions \(0\.455 is 45\.5 %\)/,
    );
  });

  test('a fraction beside percentages is refused at its cell, never stored as 0.455 %', async () => {
    const folder = variant('mixed-percent', (file, rows) => {
      if (file === 'commitments.csv') {
        rows.push([...rows[1]!]);
        setCommitment(rows, 'Id', 'CL0070', 2);
        for (const [row, percent] of [
          [1, '0,455'],
          [2, '60'],
        ] as const) {
          setCommitment(rows, 'Estado informado / Reported status', 'En curso', row);
          setCommitment(rows, 'Avance informado (%) / Reported progress (%)', percent, row);
          setCommitment(rows, 'Estado a la fecha / Status as of', '2022-01-15', row);
        }
      }
      return rows;
    });
    const result = await importFolder(folder);
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /commitments\.csv, row 2, column "Avance informado \(%\) \/ Reported progress \(%\)": "0,455" beside percentages: is it 0,455 % or 45\.5 %\?/,
    );
    const [first, second] = result.feed!.plans[0]!.commitments;
    assert.notEqual(first!.reported?.percent, 0.455);
    assert.equal(second!.reported?.percent, 60);
    assert.doesNotMatch(result.stderr, /✓/);
  });

  test('locale dates read as import ogp-sheet reads them: 31/12/2024, 01-03-2023, dic. 2024, Excel day numbers', async () => {
    const folder = variant('locale-dates', (file, rows) => {
      if (file === 'commitments.csv') {
        setCommitment(rows, 'Inicio / Start', '01-03-2021');
        setCommitment(rows, 'Término / End', '30/06/2022');
      }
      if (file === 'milestones.csv') {
        const due = rows[0]!.indexOf('Fecha límite / Due');
        const start = rows[0]!.indexOf('Inicio / Start');
        rows[1]![start] = 'dic. 2021';
        rows[1]![due] = '44561'; // 2021-12-31 as Excel's day number
      }
      return rows;
    });
    const result = await importFolder(folder);
    assert.equal(result.code, 0, result.stderr);
    const commitment = result.feed!.plans[0]!.commitments[0]!;
    assert.equal(commitment.start, '2021-03-01');
    assert.equal(commitment.end, '2022-06-30');
    assert.equal(commitment.milestones[0]!.start, '2021-12');
    assert.equal(commitment.milestones[0]!.due, '2021-12-31');
  });

  test('an ambiguous date (03/04/2024) is refused at its cell, naming both days, unless --date-order is given', async () => {
    const folder = variant('ambiguous', (file, rows) => {
      if (file === 'milestones.csv') rows[1]![rows[0]!.indexOf('Completado el / Completed on')] = '03/04/2022';
      return rows;
    });
    const refused = await importFolder(folder);
    assert.equal(refused.code, 1);
    assert.match(
      refused.stderr,
      /milestones\.csv, row 2, column "Completado el \/ Completed on": "03\/04\/2022" could be 3 April 2022 or 4 March 2022; write it as year-month-day \(2022-04-03 for the first\), or say the order your sheet uses with --date-order dmy/,
    );
    assert.equal(refused.feed!.plans[0]!.commitments[0]!.milestones[0]!.completedOn, undefined);

    const spanish = await runCli(['import', 'csv', folder, '-o', join(temp.dir, 'ambiguous-es.json'), '--lang', 'es']);
    assert.match(spanish.stderr, /"03\/04\/2022" puede ser el 3 de abril de 2022 o el 4 de marzo de 2022/);

    const dayFirst = await importFolder(folder, '--date-order', 'dmy');
    assert.equal(dayFirst.feed!.plans[0]!.commitments[0]!.milestones[0]!.completedOn, '2022-04-03');
    const monthFirst = await importFolder(folder, '--date-order', 'mdy');
    assert.equal(monthFirst.feed!.plans[0]!.commitments[0]!.milestones[0]!.completedOn, '2022-03-04');
    const wrong = await importFolder(folder, '--date-order', 'ymd');
    assert.equal(wrong.code, 2);
  });

  test('a round trip through Spanish Excel (";", Windows-1252, 01-03-2021, dic-22) gives the template\'s feed', async () => {
    // Dates in date columns; an id that looks like a date (a meeting's 2022-03-28) Excel would change too, and is kept here.
    const isId = (header: string) => header === 'Id' || header.includes('(id');
    const folder = variant('spanish-excel', (_file, rows) =>
      encode1252(
        serialise(
          rows.map((row) => row.map((cell, i) => (isId(rows[0]![i] ?? '') ? cell : asSpanishExcel(cell)))),
          ';',
        ),
      ),
    );
    assert.match(readFileSync(join(folder, 'commitments.csv'), 'latin1'), /;01-03-2021;30-06-2022;/);
    const result = await importFolder(folder);
    assert.notEqual(result.code, 2, result.stderr);
    assert.doesNotMatch(result.stderr, /left out|error:/, result.stderr);
    assert.deepEqual(result.feed, reference);
  });

  test('a reported status lost with an empty "Estado a la fecha" is named with what it held', async () => {
    const folder = variant('lost-status', (file, rows) => {
      if (file === 'commitments.csv') {
        setCommitment(rows, 'Estado informado / Reported status', 'En curso');
        setCommitment(rows, 'Avance informado (%) / Reported progress (%)', '45');
        setCommitment(rows, 'Estado a la fecha / Status as of', '');
      }
      return rows;
    });
    const result = await importFolder(folder);
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /commitments\.csv, row 2, column "Estado informado \/ Reported status": "in-progress" is left out too: it needs "Estado a la fecha \/ Status as of" of this row, which is empty/,
    );
    assert.match(
      result.stderr,
      /commitments\.csv, row 2, column "Avance informado \(%\) \/ Reported progress \(%\)": "45" is left out too/,
    );
    assert.match(result.stderr, /Left out: 3 cell\(s\)/);
    assert.equal(result.feed!.plans[0]!.commitments[0]!.reported, undefined);
  });
});
