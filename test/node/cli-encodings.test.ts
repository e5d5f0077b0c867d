/**
 * Bytes as publishers' tools write them. Feeds: the CLI decodes files, standard input and URLs
 * through the SDK's one decoding path, so it accepts and refuses exactly what the browser does
 * (the hostile corpus's encodings). Sheets: `import csv` reads what Excel, LibreOffice and Google
 * Sheets save (UTF-8 with or without BOM, UTF-16, Windows-1252, `;` and tab separators) into the
 * same feed, and refuses by name what it cannot read safely.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ROOT, runCli, tempDir } from '../../packages/cli/test/run-cli.js';
import { ownTemplate } from '../../packages/cli/test/own-template.js';

const HOSTILE = join(ROOT, 'test/fixtures/hostile');
const cases = (
  JSON.parse(readFileSync(join(HOSTILE, 'cases.json'), 'utf8')) as {
    cases: { id: string; file?: string; decode: string }[];
  }
).cases;
const ENCODING_CASES = ['valid', 'utf8-bom', 'latin1', 'utf16le-bom'];

describe('validate decodes bytes as the SDK does, from a file, standard input and a URL', () => {
  let server: Server;
  let base: string;
  before(async () => {
    server = createServer((request, response) => {
      // Served as a host should (docs/publishing.md, "Hosting"): only the bytes are under test here.
      response.writeHead(200, {
        'content-type': 'application/json',
        'access-control-allow-origin': '*',
        'cache-control': 'no-cache',
        etag: '"1"',
      });
      response.end(readFileSync(join(HOSTILE, request.url!.slice(1))));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  for (const id of ENCODING_CASES) {
    const entry = cases.find((c) => c.id === id)!;
    test(`${entry.file}: ${entry.decode === 'feed' ? 'read as the feed it is' : 'refused as not UTF-8'}`, async () => {
      const path = join(HOSTILE, entry.file!);
      const runs = [
        await runCli(['validate', path]),
        await runCli(['validate', '-'], { stdin: readFileSync(path) }),
        await runCli(['validate', `${base}/${entry.file}`]),
      ];
      for (const result of runs) {
        if (entry.decode === 'feed') {
          assert.equal(result.code, 0, result.stdout + result.stderr);
          assert.match(result.stdout, /is a valid feed/);
        } else {
          assert.equal(entry.decode, 'not-utf8');
          assert.equal(result.code, 1, result.stdout + result.stderr);
          assert.match(result.stderr, /The feed could not be read: it is not UTF-8 text\. Save it as UTF-8/);
          assert.doesNotMatch(result.stdout, /valid feed/);
        }
      }
    });
  }

  test('--json: a feed that is not UTF-8 is a JSON report naming the file, with nothing else on stdout', async () => {
    const result = await runCli(['validate', join(HOSTILE, 'latin1.json'), '--json', '--lang', 'es']);
    assert.equal(result.code, 1);
    const report = JSON.parse(result.stdout);
    assert.equal(report.ok, false);
    assert.match(report.error.message, /latin1\.json: No se pudo leer el feed: no es texto UTF-8/);
  });

  test('file-system failures are words, never raw codes', async () => {
    const temp = tempDir();
    try {
      writeFileSync(join(temp.dir, 'a-file'), '{}');
      const notDir = await runCli(['validate', join(temp.dir, 'a-file', 'feed.json')]);
      assert.equal(notDir.code, 2);
      assert.match(notDir.stderr, /a part of the path is a file, where a folder was expected/);
      const isDir = await runCli(['validate', temp.dir, '--lang', 'es']);
      assert.match(isDir.stderr, /es una carpeta, y se esperaba un archivo/);
      const sheetsAsFile = await runCli(['import', 'csv', join(temp.dir, 'a-file')]);
      assert.equal(sheetsAsFile.code, 2);
      assert.match(
        sheetsAsFile.stderr,
        /it is neither a folder nor a workbook \(\.xlsx, \.ods\); give the folder that holds the CSV files, or the workbook/,
      );
      for (const result of [notDir, isDir, sheetsAsFile]) assert.doesNotMatch(result.stderr, /\bE[A-Z]{3,}\b/);
    } finally {
      temp.remove();
    }
  });
});

/** Windows-1252 bytes for text, as Excel's plain "CSV" writes them (`?` for what it cannot hold). */
function encode1252(text: string): Buffer {
  const decoder = new TextDecoder('windows-1252');
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
  return Buffer.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

/** UTF-16 little-endian with a byte order mark, as Excel's "Unicode text" writes it. */
function encodeUtf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** A sheet as a spreadsheet saves it with `separator`: quotes only where needed, CRLF. */
function serialise(rows: string[][], separator: string): string {
  const cell = (value: string) =>
    value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  return `${rows.map((row) => row.map(cell).join(separator)).join('\r\n')}\r\n`;
}

describe('import csv reads what spreadsheets save', () => {
  const temp = tempDir();
  const template = join(temp.dir, 'template');
  let reference: unknown;
  after(() => temp.remove());

  const readRows = (file: string) => parse(readFileSync(join(template, file), 'utf8'), { bom: true }) as string[][];
  /** The template saved again, each file through `save`. */
  const resave = (name: string, save: (rows: string[][]) => Buffer): string => {
    const folder = join(temp.dir, name);
    mkdirSync(folder);
    for (const file of readdirSync(template)) writeFileSync(join(folder, file), save(readRows(file)));
    return folder;
  };
  const importFolder = async (folder: string, ...args: string[]) => {
    const output = `${folder}.json`;
    const result = await runCli(['import', 'csv', folder, '-o', output, ...args]);
    return {
      ...result,
      feed:
        result.code === 2
          ? undefined
          : (() => {
              try {
                return JSON.parse(readFileSync(output, 'utf8'));
              } catch {
                return undefined;
              }
            })(),
    };
  };

  before(async () => {
    await ownTemplate(template);
    const first = await importFolder(template);
    assert.equal(first.code, 0, first.stderr);
    reference = first.feed;
    // The worked example has the accents these tests are about.
    assert.match(readFileSync(join(template, 'commitments.csv'), 'utf8'), /Diseño de plataforma integrada/);
  });

  const same = [
    {
      name: 'Excel in Spanish, French or Portuguese: ";" and Windows-1252',
      save: (rows: string[][]) => encode1252(serialise(rows, ';')),
    },
    { name: 'Excel "CSV UTF-8" with ";"', save: (rows: string[][]) => Buffer.from(`\uFEFF${serialise(rows, ';')}`) },
    {
      name: 'Excel "Unicode text": UTF-16 LE with a byte order mark, tab-separated',
      save: (rows: string[][]) => encodeUtf16le(serialise(rows, '\t')),
    },
    {
      name: 'Google Sheets / LibreOffice: UTF-8 without a byte order mark, ","',
      save: (rows: string[][]) => Buffer.from(serialise(rows, ',')),
    },
    {
      name: 'Excel\'s "sep=;" first line',
      save: (rows: string[][]) => Buffer.from(`sep=;\r\n${serialise(rows, ';')}`),
    },
  ];
  for (const { name, save } of same) {
    test(`${name}: the same feed as the template`, async () => {
      const folder = resave(name.replace(/\W+/g, '-'), save);
      const result = await importFolder(folder);
      assert.notEqual(result.code, 2, result.stderr);
      assert.deepEqual(result.feed, reference, result.stderr);
      assert.doesNotMatch(JSON.stringify(result.feed), /\uFFFD/);
    });
  }

  test('Windows-1252 is said, with the way to save UTF-8 next time', async () => {
    const folder = resave('cp1252-note', (rows) => encode1252(serialise(rows, ';')));
    const result = await importFolder(folder);
    assert.match(
      result.stderr,
      /warning: feed\.csv, plans\.csv, .*commitments\.csv, .*agreements\.csv: read as Windows-1252 \(Excel's plain "CSV"\); check the accents, and next time save it as UTF-8: in Excel use File → Save as → "CSV UTF-8"/,
    );
  });

  test('a file in an encoding that cannot be read safely (Mac Roman) is refused by name; nothing is written', async () => {
    const folder = resave('mac-roman', (rows) => Buffer.from(serialise(rows, ',')));
    // "Comisión" in Mac Roman: ó is 0x97, between two letters.
    writeFileSync(
      join(folder, 'institutions.csv'),
      Buffer.concat([
        Buffer.from('Id,Nombre / Name,Tipo / Kind\r\ncpi,Comisi'),
        Buffer.from([0x97]),
        Buffer.from('n de Integridad,oversight\r\n'),
      ]),
    );
    for (const json of [false, true]) {
      const result = await runCli([
        'import',
        'csv',
        folder,
        '-o',
        join(folder, 'out.json'),
        ...(json ? ['--json'] : []),
      ]);
      assert.equal(result.code, 1);
      assert.match(
        result.stderr,
        /institutions\.csv: this file is not in an encoding that can be read safely \(UTF-8, UTF-16 or Windows-1252\); save it again: in Excel use File → Save as → "CSV UTF-8"/,
      );
      if (json) assert.equal(JSON.parse(result.stdout).error.file, 'institutions.csv');
      assert.throws(() => readFileSync(join(folder, 'out.json')));
    }
  });

  test('a quote never closed loses only its row, reported with file, row and column; --json has no plain text', async () => {
    const folder = resave('open-quote', (rows) => Buffer.from(serialise(rows, ';')));
    const milestones = readRows('milestones.csv');
    const title = milestones[0]!.indexOf('Hito / Milestone');
    const lines = milestones.map((row) => serialise([row], ';').trimEnd());
    // Row 3's title opens a quote it never closes.
    const broken = [...milestones[2]!];
    broken[title] = `"${broken[title]!.replace(/[";\r\n]/g, ' ')}`;
    lines[2] = broken.map((cell, i) => (i === title ? cell : serialise([[cell]], ';').trimEnd())).join(';');
    writeFileSync(join(folder, 'milestones.csv'), lines.join('\r\n'));
    const result = await importFolder(folder);
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /error: milestones\.csv, row 3, column "Hito \/ Milestone": a quote \("\) opens this cell and is never closed; the row is left out/,
    );
    const reportRun = await runCli(['import', 'csv', folder, '-o', join(folder, 'again.json'), '--json']);
    const report = JSON.parse(reportRun.stdout);
    assert.ok(
      report.issues.some(
        (i: { file: string; row: number; column: string }) =>
          i.file === 'milestones.csv' && i.row === 3 && i.column === 'Hito / Milestone',
      ),
    );
    const cl0069 = (result.feed as { plans: { commitments: { id: string; milestones: unknown[] }[] }[] }).plans[0]!
      .commitments[0]!;
    assert.equal(cl0069.milestones.length, 7, 'the other seven milestones are kept');
  });
});
