/**
 * A publisher's real spreadsheets (issue 18): the mistakes real publishers make, each on files
 * made here from the template and saved as Excel in Spanish saves them (`;`, Windows-1252).
 * Never "✓" when data was lost; one rule for a bad cell; words in every CLI language accepted.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseFeed } from '@ogp-embed/sdk';
import type { Feed } from '@ogp-embed/sdk';
import { OGP_SHEET, runCli, startCli, tempDir } from '../../packages/cli/test/run-cli.js';
import { ownTemplate } from '../../packages/cli/test/own-template.js';

/** Windows-1252 bytes, as Excel's plain "CSV" writes them. */
function encode1252(text: string): Buffer {
  const decoder = new TextDecoder('windows-1252');
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
  return Buffer.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

/** Saves rows as Excel in Spanish does: `;`, quotes only where needed, CRLF, Windows-1252. */
function saveAsExcelEs(path: string, rows: string[][]): void {
  const cell = (value: string) => (/[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  writeFileSync(path, encode1252(`${rows.map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`));
}

const readCsv = (path: string) => parse(readFileSync(path, 'utf8'), { bom: true }) as string[][];

describe('import csv: never "✓" when data was lost, one rule for a bad cell', () => {
  const temp = tempDir();
  const template = join(temp.dir, 'template');
  let n = 0;
  after(() => temp.remove());
  before(async () => {
    await ownTemplate(template);
  });

  /** A copy of the template with `edit` applied to some sheets, every sheet saved as Excel-ES. */
  const publisherFolder = (edit: (sheets: Map<string, string[][]>) => void): string => {
    const folder = join(temp.dir, `publisher-${++n}`);
    const sheets = new Map(readdirSync(template).map((file) => [file, readCsv(join(template, file))]));
    edit(sheets);
    cpSync(template, folder, { recursive: true });
    for (const [file, rows] of sheets) saveAsExcelEs(join(folder, file), rows);
    return folder;
  };
  const column = (rows: string[][], header: string) => {
    const index = rows[0]!.indexOf(header);
    assert.ok(index >= 0, header);
    return index;
  };
  const importIt = async (folder: string, ...args: string[]) => {
    const output = `${folder}.json`;
    const result = await runCli(['import', 'csv', folder, '-o', output, ...args]);
    let feed: Feed | undefined;
    try {
      const parsed = parseFeed(readFileSync(output, 'utf8'), { mode: 'strict' });
      feed = parsed.ok ? parsed.feed : undefined;
    } catch {
      feed = undefined;
    }
    return { ...result, feed };
  };

  test('an empty "Generado el / Generated at" is filled in with the time of the import, as docs/publishing.md says', async () => {
    const folder = publisherFolder((sheets) => {
      const feed = sheets.get('feed.csv')!;
      const row = feed.find((r) => r[0] === 'Generado el / Generated at')!;
      row[1] = '';
    });
    const before = Date.now();
    const result = await importIt(folder);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /✓/);
    const generated = Date.parse(result.feed!.generatedAt);
    assert.ok(generated >= before - 1000 && generated <= Date.now() + 1000, result.feed!.generatedAt);
  });

  test('a commitment left out is said with everything that went with it; no ✓, exit 1', async () => {
    const folder = publisherFolder((sheets) => {
      const commitments = sheets.get('commitments.csv')!;
      commitments[1]![column(commitments, 'Título / Title')] = '';
      for (const header of commitments[0]!)
        if (/^Título \/ Title \[/.test(header)) commitments[1]![column(commitments, header)] = '';
    });
    const result = await importIt(folder);
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /error: commitments\.csv, row 2, column "Título \/ Title": expected .*; the row is left out/,
    );
    assert.match(
      result.stderr,
      /CL0069 \(commitments\.csv, row 2\) left out, and with it 8 milestones, 1 indicator, 1 measurement, 1 update/,
    );
    assert.match(result.stderr, /Left out: 1 row\(s\)\./);
    assert.doesNotMatch(result.stderr, /✓/);
    assert.deepEqual(result.feed!.plans[0]!.commitments, []);

    const es = await runCli(['import', 'csv', folder, '-o', join(temp.dir, 'es.json'), '--lang', 'es']);
    assert.match(
      es.stderr,
      /CL0069 \(commitments\.csv, fila 2\) quedó fuera, y con él 8 hitos, 1 indicador, 1 medición, 1 avance/,
    );
    assert.match(es.stderr, /✗ no entró todo/);
  });

  test('fixed values in the words of every CLI language: Completado, Terminado, Concluído, Achevé, En curso, Em andamento', async () => {
    const words = [
      'Completado',
      'Terminado',
      'Concluído',
      'Achevé',
      'En curso',
      'Em andamento',
      'en cours',
      'not started',
    ];
    const expected = [
      'completed',
      'completed',
      'completed',
      'completed',
      'in-progress',
      'in-progress',
      'in-progress',
      'not-started',
    ];
    const folder = publisherFolder((sheets) => {
      const milestones = sheets.get('milestones.csv')!;
      words.forEach((word, i) => (milestones[i + 1]![column(milestones, 'Estado / Status')] = word));
    });
    const result = await importIt(folder);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(
      result.feed!.plans[0]!.commitments[0]!.milestones.map((m) => m.status),
      expected,
    );
  });

  test('a word no column accepts: the cell is left out (due date kept), the error lists the accepted words', async () => {
    const folder = publisherFolder((sheets) => {
      const milestones = sheets.get('milestones.csv')!;
      milestones[1]![column(milestones, 'Estado / Status')] = 'Casi listo';
    });
    const result = await importIt(folder);
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /warning: milestones\.csv, row 2, column "Estado \/ Status": "Casi listo" is not a word this column accepts; write one of: not-started \(No iniciado, Not started, Não iniciado, Non commencé\); in-progress \(En curso, In progress, Em curso, En cours\); .*completed \(Cumplido, Completed, Concluído, Achevé\).*; the cell is left out/,
    );
    const milestone = result.feed!.plans[0]!.commitments[0]!.milestones[0]!;
    assert.equal(milestone.status, undefined);
    assert.ok(milestone.due, 'the valid due date is kept');
    assert.doesNotMatch(result.stderr, /✓/);
  });

  test('"45%" in a percent column is 45', async () => {
    const folder = publisherFolder((sheets) => {
      const commitments = sheets.get('commitments.csv')!;
      commitments[1]![column(commitments, 'Avance informado (%) / Reported progress (%)')] = '45%';
      commitments[1]![column(commitments, 'Estado informado / Reported status')] = 'En curso';
      commitments[1]![column(commitments, 'Estado a la fecha / Status as of')] = '2022-06';
    });
    const result = await importIt(folder);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.feed!.plans[0]!.commitments[0]!.reported!.percent, 45);
  });

  test('a near-miss header: "did you mean …?", its cells reported as left out, exit 1', async () => {
    const folder = publisherFolder((sheets) => {
      const milestones = sheets.get('milestones.csv')!;
      milestones[0]![column(milestones, 'Fecha límite / Due')] = 'Due date';
    });
    const result = await importIt(folder);
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /warning: milestones\.csv, row 1, column "Due date": not a column of this format; its cells are left out \(did you mean "Fecha límite \/ Due"\?\)/,
    );
    assert.match(result.stderr, /Left out: 1 column\(s\)\./);
    assert.doesNotMatch(result.stderr, /✓/);
  });

  test('--json: only JSON on stdout, every issue with file, row and column, and what was left out', async () => {
    const folder = publisherFolder((sheets) => {
      const commitments = sheets.get('commitments.csv')!;
      commitments[1]![column(commitments, 'Título / Title')] = '';
      for (const header of commitments[0]!)
        if (/^Título \/ Title \[/.test(header)) commitments[1]![column(commitments, header)] = '';
    });
    const result = await runCli(['import', 'csv', folder, '-o', join(temp.dir, 'json.json'), '--json']);
    assert.equal(result.code, 1);
    const report = JSON.parse(result.stdout);
    assert.equal(report.complete, false);
    assert.deepEqual(report.dropped[0], {
      file: 'commitments.csv',
      row: 2,
      id: 'CL0069',
      children: { milestones: 8, indicators: 1, measurements: 1, updates: 1 },
    });
    const issue = report.issues.find((i: { leftOut?: string }) => i.leftOut === 'row');
    assert.deepEqual([issue.file, issue.row, issue.column], ['commitments.csv', 2, 'Título / Title']);
  });

  test('template refuses a folder that is not empty unless --force', async () => {
    const folder = publisherFolder(() => {});
    const before = readFileSync(join(folder, 'commitments.csv'));
    const refused = await runCli(['template', folder]);
    assert.equal(refused.code, 2);
    assert.match(
      refused.stderr,
      /is not empty \(13 file\(s\) or folder\(s\)\): the template would write over sheets you may have filled in\. Choose a new folder, or add --force/,
    );
    assert.doesNotMatch(refused.stderr, /✓/);
    assert.deepEqual(readFileSync(join(folder, 'commitments.csv')), before);
    const forced = await runCli(['template', folder, '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.notDeepEqual(readFileSync(join(folder, 'commitments.csv')), before);
    const help = await runCli(['--help']);
    assert.match(help.stdout, /--force/);
  });
});

describe("import ogp-sheet: filters that match nothing, section headings, the country's language", () => {
  const temp = tempDir();
  after(() => temp.remove());
  const importSheet = async (...args: string[]) => {
    const output = join(temp.dir, `ogp-${args.join('-').replace(/\W+/g, '_')}.json`);
    const result = await runCli(['import', 'ogp-sheet', OGP_SHEET, '-o', output, ...args]);
    let feed: Feed | undefined;
    try {
      const parsed = parseFeed(readFileSync(output, 'utf8'), { mode: 'strict' });
      feed = parsed.ok ? parsed.feed : undefined;
    } catch {
      feed = undefined;
    }
    return { ...result, feed, output };
  };

  test('--country that matches nothing is an error listing the countries; the published feed is left as it was', async () => {
    for (const country of ['XYZ', 'BR']) {
      const output = join(temp.dir, `published-${country}.json`);
      writeFileSync(output, 'the published feed');
      const result = await runCli(['import', 'ogp-sheet', OGP_SHEET, '--country', country, '-o', output]);
      assert.equal(result.code, 1);
      assert.match(
        result.stderr,
        new RegExp(
          `--country "${country}" matches no row of the sheet; nothing was written\\. The sheet has: ALB Albania; .*BRA Brazil; .*CHL Chile;`,
        ),
      );
      assert.doesNotMatch(result.stderr, /✓/);
      assert.equal(readFileSync(output, 'utf8'), 'the published feed');
    }
    const toStdout = await runCli(['import', 'ogp-sheet', OGP_SHEET, '--country', 'XYZ']);
    assert.equal(toStdout.code, 1);
    assert.equal(toStdout.stdout, '', 'no feed, not even an empty one');
    const json = await runCli(['import', 'ogp-sheet', OGP_SHEET, '--country', 'XYZ', '--json', '--lang', 'es']);
    assert.match(JSON.parse(json.stdout).error.message, /--country "XYZ" no coincide con ninguna fila/);
  });

  test('--plan that matches nothing lists the plans there are', async () => {
    const result = await importSheet('--country', 'CHL', '--plan', 'AP_CHL09');
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /--plan "AP_CHL09" matches no row of CHL; nothing was written\. Plans of CHL in the sheet: AP_CHL01, AP_CHL05, AP_CHL06\./,
    );
  });

  test('Brazil: headings are not institutions, listed organisations are each one, with the kind of what they are; Portuguese', async () => {
    const { code, feed, stderr } = await importSheet('--country', 'BRA');
    assert.equal(code, 0, stderr);
    const names = feed!.institutions.map((i) => (typeof i.name === 'string' ? i.name : JSON.stringify(i.name)));
    for (const heading of ['Government', 'Civil Society'])
      assert.ok(!names.includes(heading), `${heading} is a heading`);
    assert.ok(!names.some((n) => n.includes('•')), 'a bulleted cell is split');
    assert.equal(names.filter((n) => n === 'Municipal Chamber of Piracicaba').length, 1);
    const kind = (name: string) => feed!.institutions.find((i) => i.name === name)?.kind;
    assert.equal(
      kind('Associação de Atendimento a Pessoas com Deficiência de Piracicaba (Avistar)'),
      'civil-society',
      'listed under Civil Society',
    );
    assert.equal(kind('Universidade Federal de Alfenas'), 'academia');
    assert.equal(kind('Federal Senate'), 'legislature');
    assert.equal(kind('Legislative Assembly of Minas Gerais - ALMG'), 'legislature');
    assert.equal(feed!.defaultLanguage, 'pt');
    const br0122 = feed!.plans.flatMap((p) => p.commitments).find((c) => c.id === 'BR0122')!;
    assert.deepEqual(
      br0122.shortTitle,
      { en: 'Improving Legislative Accessibility' },
      'OGP writes short titles in English',
    );
    // "Government • Municipal Chamber of Piracicaba (the lead) • Chamber of Deputies • …  Civil Society • …": 8 others.
    assert.equal(br0122.supporting.length, 8);
  });

  test('Chile is Spanish unless --feed-language says otherwise', async () => {
    const chile = await importSheet('--country', 'CHL');
    assert.equal(chile.code, 0, chile.stderr);
    assert.equal(chile.feed!.defaultLanguage, 'es');
    const english = await importSheet('--country', 'CHL', '--feed-language', 'en');
    assert.equal(english.feed!.defaultLanguage, 'en');
    const cl0069 = english.feed!.plans.flatMap((p) => p.commitments).find((c) => c.id === 'CL0069')!;
    assert.equal(cl0069.shortTitle, 'Design integrated legislative information platform');
  });
});

describe('preview shows the whole feed', () => {
  const temp = tempDir();
  after(() => temp.remove());

  test("every plan in a picker (each with its own address), every forum's agreements, in the feed's language; times by Intl in the CLI's", async () => {
    const template = join(temp.dir, 'template');
    const feedPath = join(temp.dir, 'feed.json');
    await ownTemplate(template);
    assert.equal((await runCli(['import', 'csv', template, '-o', feedPath])).code, 0);
    const feed = JSON.parse(readFileSync(feedPath, 'utf8'));
    feed.plans.push({ ...feed.plans[0], id: 'AP_CHL06', number: 6, commitments: [] });
    writeFileSync(feedPath, JSON.stringify(feed));

    const wrongPlan = await runCli(['preview', feedPath, '--plan', 'AP_CHL09', '--port', '0']);
    assert.equal(wrongPlan.code, 1);
    assert.match(wrongPlan.stderr, /--plan "AP_CHL09" is not a plan of .*feed\.json; its plans: AP_CHL05, AP_CHL06\./);

    const child = startCli(['preview', feedPath, '--plan', 'AP_CHL06', '--port', '0', '--lang', 'pt']);
    try {
      let out = '';
      for await (const chunk of child.stdout!) {
        out += chunk;
        if (/http:\/\/127\.0\.0\.1:\d+\/\n/.test(out)) break;
      }
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)![0];
      const page = await (await fetch(url)).text();
      assert.match(page, /<html lang="pt">/, "the page around the elements speaks the CLI's language");
      assert.match(page, /<select id="plan-picker">/);
      assert.match(
        page,
        /<ogp-plan src="\/feed\.json" plan="AP_CHL06" lang="es" live refresh="2" id="plan">/,
        "the elements speak the feed's language",
      );
      assert.match(page, /<div id="forums">/);
      const script = await (await fetch(`${url}preview.js`)).text();
      assert.match(script, /new Intl\.DateTimeFormat\(lang, \{ timeStyle: 'medium' \}\)/);
      assert.match(script, /const lang = "pt";/);
      assert.match(script, /createElement\('ogp-agreements'\)/);
      assert.doesNotMatch(script, /innerHTML|toLocaleTimeString\(\)/);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    const help = await runCli(['--help', '--lang', 'fr']);
    assert.match(help.stdout, /preview <feed\.json> \[--port 8040\] \[--plan AP_CHL05\]/);
  });
});

describe('import ogp-sheet reads the sheet as Excel saves it', () => {
  const temp = tempDir();
  after(() => temp.remove());
  const rows = parse(readFileSync(OGP_SHEET, 'utf8'), { bom: true, relax_column_count: true }) as string[][];
  const chile = [rows[0]!, ...rows.filter((r) => r[4] === 'CHL')];

  test('";" and Windows-1252 (Excel in Spanish): the same feed as the UTF-8 original, with a note', async () => {
    const original = join(temp.dir, 'chile.csv');
    const excel = join(temp.dir, 'chile-excel.csv');
    // What Windows-1252 cannot hold (the sheet's PDF bullets, U+F0B7) Excel writes as "?": the
    // UTF-8 original gets the same, so that only the reading is compared.
    const asExcelKeepsIt = (cell: string) => new TextDecoder('windows-1252').decode(encode1252(cell));
    writeFileSync(
      original,
      chile.map((r) => r.map((c) => `"${asExcelKeepsIt(c).replace(/"/g, '""')}"`).join(',')).join('\n'),
    );
    saveAsExcelEs(excel, chile);
    const now = ['--feed-language', 'es'];
    const a = await runCli(['import', 'ogp-sheet', original, '-o', join(temp.dir, 'a.json'), ...now]);
    const b = await runCli(['import', 'ogp-sheet', excel, '-o', join(temp.dir, 'b.json'), ...now]);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    assert.match(
      b.stderr,
      /note: .*chile-excel\.csv is read as Windows-1252 \(Excel's plain "CSV"\); next time save it as "CSV UTF-8"/,
    );
    const feedA = JSON.parse(readFileSync(join(temp.dir, 'a.json'), 'utf8'));
    const feedB = JSON.parse(readFileSync(join(temp.dir, 'b.json'), 'utf8'));
    delete feedA.generatedAt;
    delete feedB.generatedAt;
    assert.deepEqual(feedB, feedA);
    assert.match(JSON.stringify(feedB), /Diseño de plataforma integrada/);
  });

  test('bytes that are neither UTF-8 nor Windows-1252 are refused by name; nothing is written', async () => {
    const mixed = join(temp.dir, 'mixed.csv');
    const output = join(temp.dir, 'mixed.json');
    writeFileSync(
      mixed,
      Buffer.concat([
        Buffer.from(readFileSync(OGP_SHEET, 'utf8').split('\n').slice(0, 30).join('\n')),
        Buffer.from([0x0a, 0x81, 0x0a]),
      ]),
    );
    const result = await runCli(['import', 'ogp-sheet', mixed, '-o', output]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /mixed\.csv: this file is not in an encoding that can be read safely/);
    assert.throws(() => readFileSync(output));
  });
});

describe('the walkthrough: template → fill in as Excel in Spanish saves → import → validate → preview', () => {
  const temp = tempDir();
  after(() => temp.remove());

  test('passes end to end, with ✓ at each step', async () => {
    const folder = join(temp.dir, 'mi-plan');
    const feedPath = join(temp.dir, 'feed.json');
    await ownTemplate(folder);
    // Fill in: a second commitment, a status in the publisher's words, the generation time left empty.
    const sheets = new Map(readdirSync(folder).map((file) => [file, readCsv(join(folder, file))]));
    const commitments = sheets.get('commitments.csv')!;
    const second = [...commitments[1]!];
    second[commitments[0]!.indexOf('Id')] = 'CL0070';
    second[commitments[0]!.indexOf('Título / Title')] = 'Participación ciudadana en el Congreso Virtual';
    commitments.push(second);
    const milestones = sheets.get('milestones.csv')!;
    milestones[1]![milestones[0]!.indexOf('Estado / Status')] = 'Terminado';
    sheets.get('feed.csv')!.find((r) => r[0] === 'Generado el / Generated at')![1] = '';
    for (const [file, rows] of sheets) saveAsExcelEs(join(folder, file), rows);

    const imported = await runCli(['import', 'csv', folder, '-o', feedPath, '--lang', 'es']);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stderr, /✓ 2 compromiso\(s\) en 1 plan\(es\)/);
    const validated = await runCli(['validate', feedPath]);
    assert.equal(validated.code, 0, validated.stdout);
    assert.match(validated.stdout, /✓ .*feed\.json is a valid feed: 1 plan\(s\), 2 commitment\(s\)\./);

    const child = startCli(['preview', feedPath, '--port', '0']);
    let out = '';
    for await (const chunk of child.stdout!) {
      out += chunk;
      if (/http:\/\/127\.0\.0\.1:\d+\/\n/.test(out)) break;
    }
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)![0];
    const served = await (await fetch(`${url}feed.json`)).json();
    assert.deepEqual(
      served.plans[0].commitments.map((c: { id: string }) => c.id),
      ['CL0069', 'CL0070'],
    );
    assert.equal(served.plans[0].commitments[0].milestones[0].status, 'completed');
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
  });
});
