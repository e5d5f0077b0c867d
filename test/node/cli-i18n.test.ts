/**
 * The CLI in Portuguese and French: `validate` and `import csv` speak the language chosen by
 * `--lang` or the system locale, and the spreadsheet template's headers are read in any of the
 * four languages (`Título`, `Title`, `Titre`, `Título / Title`).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseFeed } from '@ogp-embed/sdk';
import { ROOT, runCli, tempDir } from '../../packages/cli/test/run-cli.js';
import { ownTemplate } from '../../packages/cli/test/own-template.js';
import { HEADER_NAMES } from '../../packages/cli/src/sheets/header-names.js';
import { FEED_FIELDS, FEED_HEADER, SHEETS } from '../../packages/cli/src/sheets/spec.js';

const invalid = join(ROOT, 'test/fixtures/hostile/wrong-types.json');
const valid = join(ROOT, 'test/fixtures/hostile/valid.json');
const readCsv = (path: string) => parse(readFileSync(path, 'utf8'), { bom: true }) as string[][];
const writeCsv = (path: string, rows: string[][]) =>
  writeFileSync(path, rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\r\n'));

/** "Título / Title [es]" → the same column named in `lang`: "Titre [es]". */
function renamed(header: string, lang: 'pt' | 'fr'): string {
  const suffix = / \[[A-Za-z0-9-]+\]$/.exec(header)?.[0] ?? '';
  const base = header.slice(0, header.length - suffix.length);
  const english = base.includes(' / ') ? base.split(' / ').at(-1)! : base;
  const names = HEADER_NAMES[english];
  assert.ok(names, `no Portuguese or French name for "${english}"`);
  return `${names[lang]}${suffix}`;
}

describe('spreadsheet headers in Portuguese and French', () => {
  test('every column of every sheet has a Portuguese and a French name, none shared by two columns of one sheet', () => {
    const sheets = [
      ...SHEETS.map((sheet) => ({ name: sheet.file, columns: [...sheet.parents, ...sheet.fields] })),
      { name: 'feed.csv', columns: [...FEED_FIELDS, FEED_HEADER.field, FEED_HEADER.value] },
    ];
    for (const { name, columns } of sheets) {
      const seen = new Map<string, string>();
      for (const column of columns) {
        const names = HEADER_NAMES[column.en];
        assert.ok(names?.pt && names.fr, `${name}: "${column.en}" has no Portuguese or French name`);
        for (const other of [names.pt, names.fr, column.es, column.en]) {
          const key = other.toLowerCase();
          const owner = seen.get(key);
          assert.ok(
            owner === undefined || owner === column.en,
            `${name}: "${other}" names both "${owner}" and "${column.en}"`,
          );
          seen.set(key, column.en);
        }
      }
    }
    const used = new Set(
      [...SHEETS.flatMap((s) => [...s.parents, ...s.fields]), ...FEED_FIELDS, FEED_HEADER.field, FEED_HEADER.value].map(
        (c) => c.en,
      ),
    );
    assert.deepEqual(
      Object.keys(HEADER_NAMES).filter((english) => !used.has(english)),
      [],
      'names for columns that do not exist',
    );
  });

  const temp = tempDir();
  const template = join(temp.dir, 'template');
  before(async () => {
    await ownTemplate(template);
  });
  after(() => temp.remove());

  for (const lang of ['pt', 'fr'] as const) {
    test(`a template whose headers are written in ${lang === 'pt' ? 'Portuguese' : 'French'} imports the same feed`, async () => {
      const folder = join(temp.dir, lang);
      cpSync(template, folder, { recursive: true });
      for (const file of readdirSync(folder)) {
        const rows = readCsv(join(folder, file));
        // feed.csv names its fields down the first column; every other sheet across its first row.
        if (file === 'feed.csv') rows.forEach((row) => (row[0] = renamed(row[0]!, lang)));
        else rows[0] = rows[0]!.map((header) => renamed(header, lang));
        writeCsv(join(folder, file), rows);
      }
      const [original, translated] = [join(temp.dir, 'original.json'), join(temp.dir, `${lang}.json`)];
      assert.equal((await runCli(['import', 'csv', template, '-o', original])).code, 0);
      const result = await runCli(['import', 'csv', folder, '-o', translated, '--lang', lang]);
      assert.equal(result.code, 0, result.stderr);
      assert.doesNotMatch(result.stderr, /not a column|not a field|no es una columna|no es un campo/);
      assert.match(
        result.stderr,
        lang === 'pt' ? /✓ .* compromisso\(s\) em .* plano\(s\)/ : /✓ .* engagement\(s\) dans .* plan\(s\)/,
      );
      const feed = (path: string) => parseFeed(readFileSync(path, 'utf8'), { mode: 'strict' }).feed;
      assert.deepEqual(feed(translated), feed(original));
    });
  }
});

describe('validate in Portuguese and French', () => {
  test('--lang pt: every problem said in Portuguese', async () => {
    const result = await runCli(['validate', invalid, '--lang', 'pt']);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /erro: .*: esperava-se .*, encontrou-se /);
    assert.match(result.stdout, /✗ .*: \d+ erro\(s\), \d+ aviso\(s\)\./);
    assert.doesNotMatch(result.stdout, /expected|found|se esperaba/);
  });

  test('the system locale fr_CA.UTF-8: every problem said in French', async () => {
    const result = await runCli(['validate', invalid], { env: { LANG: 'fr_CA.UTF-8' } });
    assert.equal(result.code, 1);
    assert.match(result.stdout, /erreur\u00a0?: .*\u00a0: attendu .*, trouvé /);
    assert.doesNotMatch(result.stdout, /expected|found|se esperaba/);
  });

  test('LC_ALL pt_BR.UTF-8 says a valid feed is valid, in Portuguese', async () => {
    const result = await runCli(['validate', valid], { env: { LC_ALL: 'pt_BR.UTF-8' } });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout + result.stderr, /é um feed válido: \d+ plano\(s\), \d+ compromisso\(s\)/);
  });

  test('--help in French lists the four languages', async () => {
    const help = await runCli(['--help', '--lang', 'fr']);
    assert.match(help.stdout, /Partenariat pour un gouvernement ouvert/);
    assert.match(help.stdout, /--lang <en\|es\|pt\|fr>/);
  });
});
