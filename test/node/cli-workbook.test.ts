/**
 * Workbooks as publishers keep them: the template's tables as sheets of one .xlsx or .ods, a
 * table saved as its own workbook beside (or instead of) its CSV file, and the names Google
 * Sheets and browsers give downloads. Cells typed as dates, numbers and percentages are read by
 * their value, not their display. Nothing in the folder is passed over without being named.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
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
const readCsv = (path: string) =>
  parse(readFileSync(path, 'utf8'), { bom: true, relax_column_count: true }) as string[][];

/** The template's CSV files as the sheets of one workbook, each sheet named like its file. */
function templateBook(
  folder: string,
  edit?: (name: string, sheet: XLSX.WorkSheet, rows: string[][]) => void,
): XLSX.WorkBook {
  const book = XLSX.utils.book_new();
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.csv'))
    .sort()) {
    const rows = readCsv(join(folder, file));
    const sheet = XLSX.utils.aoa_to_sheet(rows);
    edit?.(file.replace(/\.csv$/, ''), sheet, rows);
    XLSX.utils.book_append_sheet(book, sheet, file.replace(/\.csv$/, ''));
  }
  return book;
}

/** Writes a workbook as a spreadsheet program would (the library's ESM build has no file system). */
const saveBook = (book: XLSX.WorkBook, path: string, bookType: 'xlsx' | 'ods' = 'xlsx') =>
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType }) as Buffer);

const cellOf = (rows: string[][], header: string, row = 1) =>
  XLSX.utils.encode_cell({ r: row, c: rows[0]!.indexOf(header) });

describe('import csv reads workbooks', () => {
  const temp = tempDir();
  const template = join(temp.dir, 'template');
  let reference: Feed;
  after(() => temp.remove());

  before(async () => {
    await ownTemplate(template);
    const out = join(temp.dir, 'reference.json');
    await runCli(['import', 'csv', template, '-o', out]);
    reference = readFeed(out);
  });

  for (const bookType of ['xlsx', 'ods'] as const) {
    test(`a .${bookType} whose sheets are the template's tables gives the same feed as its CSV files`, async () => {
      const path = join(temp.dir, `plan.${bookType}`);
      saveBook(templateBook(template), path, bookType);
      const out = join(temp.dir, `from-${bookType}.json`);
      const result = await runCli(['import', 'csv', path, '-o', out]);
      assert.ok(result.code === 0 || result.code === 1, result.stderr);
      assert.doesNotMatch(result.stderr, /not read|could not read/);
      assert.deepEqual({ ...readFeed(out), generatedAt: '' }, { ...reference, generatedAt: '' });
    });
  }

  test('cells typed as dates, numbers and percentages are read by value, not display', async () => {
    const path = join(temp.dir, 'typed.xlsx');
    const book = templateBook(template, (name, sheet, rows) => {
      if (name !== 'commitments') return;
      // Excel's date cell for 2020-10-01, shown day first; 45.5 % stored as 0.455.
      sheet[cellOf(rows, 'Inicio / Start')] = { t: 'n', v: 44105, z: 'dd/mm/yyyy' };
      sheet[cellOf(rows, 'Avance informado (%) / Reported progress (%)')] = { t: 'n', v: 0.455, z: '0.0%' };
      sheet[cellOf(rows, 'Estado informado / Reported status')] = { t: 's', v: 'En curso' };
      sheet[cellOf(rows, 'Estado a la fecha / Status as of')] = { t: 'n', v: 44576, z: 'd" de "mmmm" de "yyyy' };
    });
    saveBook(book, path);
    const out = join(temp.dir, 'typed.json');
    const result = await runCli(['import', 'csv', path, '-o', out]);
    assert.ok(existsSync(out), result.stderr);
    const commitment = readFeed(out).plans[0]!.commitments[0]!;
    assert.equal(commitment.start, '2020-10-01');
    assert.deepEqual(commitment.reported, { status: 'in-progress', percent: 45.5, asOf: '2022-01-15' });
  });

  test('a table saved as a workbook instead of its CSV file is read; Sheets and browser names match', async () => {
    const folder = join(temp.dir, 'renamed');
    mkdirSync(folder);
    for (const file of readdirSync(template)) copyFileSync(join(template, file), join(folder, file));
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(readCsv(join(template, 'commitments.csv'))), 'Hoja1');
    saveBook(book, join(folder, 'commitments.xlsx'));
    rmSync(join(folder, 'commitments.csv'));
    renameSync(join(folder, 'milestones.csv'), join(folder, 'Plan de Acción 6 - milestones.csv'));
    renameSync(join(folder, 'institutions.csv'), join(folder, 'institutions (1).csv'));
    const out = join(temp.dir, 'renamed.json');
    const result = await runCli(['import', 'csv', folder, '-o', out]);
    assert.ok(existsSync(out), result.stderr);
    assert.deepEqual({ ...readFeed(out), generatedAt: '' }, { ...reference, generatedAt: '' });
  });

  test('a table given twice (the CSV and the workbook Excel saved beside it) stops the import, naming both', async () => {
    const folder = join(temp.dir, 'twice');
    mkdirSync(folder);
    for (const file of readdirSync(template)) copyFileSync(join(template, file), join(folder, file));
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet(readCsv(join(template, 'commitments.csv'))),
      'commitments',
    );
    saveBook(book, join(folder, 'commitments.xlsx'));
    const out = join(temp.dir, 'twice.json');
    const result = await runCli(['import', 'csv', folder, '-o', out]);
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /commitments\.csv, commitments\.xlsx: 2 files hold the commitments table; none is read/,
    );
    assert.doesNotMatch(result.stderr, /✓/);
    assert.equal(existsSync(out), false, 'nothing written');
  });

  test('a spreadsheet in the folder that is not read, and a sheet that is none of the tables, are named', async () => {
    const folder = join(temp.dir, 'extra');
    mkdirSync(folder);
    for (const file of readdirSync(template)) copyFileSync(join(template, file), join(folder, file));
    writeFileSync(join(folder, 'compromisos-2024.csv'), 'Id,Título\nX1,Algo\n');
    writeFileSync(join(folder, 'notes.txt'), 'not a spreadsheet: left alone');
    const out = join(temp.dir, 'extra.json');
    const result = await runCli(['import', 'csv', folder, '-o', out]);
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /warning: compromisos-2024\.csv: this spreadsheet is not read: its name is none of the template's tables/,
    );
    assert.doesNotMatch(result.stderr, /notes\.txt/);
    assert.match(result.stderr, /Left out: 1 file\(s\) or sheet\(s\)/);
    assert.doesNotMatch(result.stderr, /✓/);

    const book = templateBook(template);
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['Compromiso', 'Nota'],
        ['CL0069', 'revisar'],
      ]),
      'Notas',
    );
    const path = join(temp.dir, 'with-notes.ods');
    saveBook(book, path, 'ods');
    const second = await runCli(['import', 'csv', path, '-o', join(temp.dir, 'with-notes.json'), '--lang', 'es']);
    assert.equal(second.code, 1);
    assert.match(second.stderr, /with-notes\.ods › Notas: esta hoja no es una de la plantilla/);
  });

  test("template book.xlsx: a README in the officer's language, a sheet per table, the example marked; read back, the CSV template's feed", async () => {
    const path = join(temp.dir, 'mi-plan.xlsx');
    const made = await runCli(['template', path, '--lang', 'es']);
    assert.equal(made.code, 0, made.stderr);
    const book = XLSX.read(readFileSync(path), { cellNF: true });
    const csvNames = readdirSync(template)
      .filter((name) => name.endsWith('.csv'))
      .map((name) => name.replace(/\.csv$/, ''));
    assert.deepEqual([...book.SheetNames].sort(), ['README', ...csvNames].sort());
    assert.equal(book.SheetNames[0], 'README');
    const readme = XLSX.utils.sheet_to_csv(book.Sheets.README!);
    assert.match(readme, /no tiene listas desplegables: SheetJS Community Edition/);
    assert.match(readme, /commitments,Estado informado \/ Reported status,.*completed \(/);
    // The same headers as the CSV files; the example's rows each carry a note saying they are the example.
    for (const name of csvNames) {
      const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[name]!, { header: 1, raw: false, defval: '' });
      assert.deepEqual(rows[0], readCsv(join(template, `${name}.csv`))[0], name);
    }
    const commitments = book.Sheets.commitments!;
    assert.match((commitments.A2 as { c?: { t: string }[] }).c?.[0]?.t ?? '', /Fila de ejemplo/);
    const startColumn = readCsv(join(template, 'commitments.csv'))[0]!.indexOf('Inicio / Start');
    const start = commitments[XLSX.utils.encode_cell({ r: 1, c: startColumn })] as XLSX.CellObject;
    assert.equal(start.t, 'n', 'a full date is a date cell');
    assert.equal(start.z, 'yyyy-mm-dd');

    // As written, it is the template's example: refused, as the CSV files are.
    const untouched = await runCli(['import', 'csv', path, '-o', join(temp.dir, 'untouched.json')]);
    assert.equal(untouched.code, 1);
    assert.match(untouched.stderr, /the template's example/);
    assert.doesNotMatch(untouched.stderr, /README|not read/);

    // Made the officer's (their publisher's name), it gives the feed the CSV template gives.
    const feedSheet = book.Sheets.feed!;
    for (const address of Object.keys(feedSheet).filter((key) => !key.startsWith('!'))) {
      const cell = feedSheet[address] as XLSX.CellObject;
      if (typeof cell.v === 'string') feedSheet[address] = { t: 's', v: cell.v.replace(/(Ejemplo|Example): /g, '') };
    }
    saveBook(book, path);
    const out = join(temp.dir, 'from-template-book.json');
    const imported = await runCli(['import', 'csv', path, '-o', out]);
    assert.equal(imported.code, 0, imported.stderr);
    assert.deepEqual({ ...readFeed(out), generatedAt: '' }, { ...reference, generatedAt: '' });

    // A workbook already there may be the officer's: not written over unasked.
    const again = await runCli(['template', path]);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /mi-plan\.xlsx exists already/);
    assert.equal((await runCli(['import', 'csv', path, '-o', out])).code, 0, 'the filled workbook is still there');
  });

  test('a file that is neither a folder nor a workbook says what to give', async () => {
    const result = await runCli(['import', 'csv', join(template, 'commitments.csv')]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /it is neither a folder nor a workbook \(\.xlsx, \.ods\)/);
  });
});
