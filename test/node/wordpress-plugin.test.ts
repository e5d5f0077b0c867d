/**
 * The WordPress plugin's files, without a WordPress: every PHP file parses (`php -l`) and uses
 * nothing newer than PHP 7.4, its id and language patterns are the feed schema's, every kind has
 * its block.json and shortcode, readme.txt agrees with the plugin's header, and the built zip holds
 * the plugin folder and every file of the embed build. The plugin in a real WordPress:
 * test/e2e/wordpress.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { readZip } from './helpers/read-zip.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PLUGIN = join(ROOT, 'packages/wordpress/ogp-embed');
const ZIP = join(ROOT, 'packages/wordpress/dist/ogp-embed.zip');
const read = (path: string) => readFileSync(join(PLUGIN, path), 'utf8');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
const phpFiles = files(PLUGIN).filter((f) => f.endsWith('.php'));
const hasPhp = await run('php', ['-v']).then(() => true, () => false);
const noPhp = !hasPhp && process.env.OGP_SKIP_WORDPRESS === '1' ? 'no php (OGP_SKIP_WORDPRESS=1)' : false;

test('every PHP file parses', { skip: noPhp }, async () => {
  assert.ok(hasPhp, 'php is needed: apt-get install -y --no-install-recommends php-cli');
  for (const file of phpFiles) {
    const { stdout } = await run('php', ['-l', file]);
    assert.match(stdout, /No syntax errors/, relative(ROOT, file));
  }
});

test('nothing needs a PHP newer than 7.4 (the plugin\'s "Requires PHP")', { skip: noPhp }, async () => {
  const { stdout } = await run('php', [join(ROOT, 'test/node/helpers/php74-syntax.php'), ...phpFiles]);
  assert.equal(stdout, '');
  // The checker finds what it looks for.
  const dir = mkdtempSync(join(tmpdir(), 'ogp-php8-'));
  const probe = join(dir, 'probe.php');
  writeFileSync(probe, '<?php $a = match (1) { 1 => 2 }; $b = $o?->x; str_contains("a", "b"); f(name: 1); function g(int|string $x) {}\n');
  const { stdout: found } = await run('php', [join(ROOT, 'test/node/helpers/php74-syntax.php'), probe]);
  rmSync(dir, { recursive: true, force: true });
  for (const what of ['T_MATCH', 'T_NULLSAFE_OBJECT_OPERATOR', 'str_contains() is PHP 8', 'named argument name:', 'union type']) assert.ok(found.includes(what), `the checker misses ${what}`);
});

test('ids and languages are checked with the feed schema\'s own patterns', () => {
  const schema = readFileSync(join(ROOT, 'packages/sdk/src/schema/primitives.ts'), 'utf8');
  const kinds = read('includes/kinds.php');
  const from = (text: string, re: RegExp) => re.exec(text)?.[1];
  assert.equal(from(kinds, /OGP_EMBED_ID_PATTERN = '(\/[^']+\/)'/), from(schema, /export const Id = [\s\S]*?z\.regex\((\/[^\n]+?\/), \{ error: 'id'/));
  assert.equal(from(kinds, /OGP_EMBED_LANG_PATTERN = '(\/[^']+\/)'/), from(schema, /export const LanguageTag = [\s\S]*?z\.regex\((\/[^\n]+?\/), \{ error: 'language-tag'/));
});

test('every kind has a dynamic block (block.json, apiVersion 2) and a shortcode named in readme.txt', () => {
  const kinds = [...read('includes/kinds.php').matchAll(/^\t\t'(\w+)'\s+=> array\(/gm)].map((m) => m[1]!);
  assert.deepEqual(kinds, ['commitment', 'plan', 'agreements', 'timeline']);
  const readme = read('readme.txt');
  for (const kind of kinds) {
    const block = JSON.parse(read(`blocks/${kind}/block.json`));
    assert.equal(block.apiVersion, 2);
    assert.equal(block.name, `ogp-embed/${kind}`);
    assert.equal(block.editorScript, 'ogp-embed-editor');
    assert.deepEqual(Object.keys(block.attributes), ['src', 'id', 'variant', 'live', 'lang', 'link']);
    assert.equal(block.supports.html, false, 'no HTML editing of a dynamic block');
    assert.ok(readme.includes(`[ogp_${kind === 'agreements' ? 'agreements' : kind}`), `readme.txt shows [ogp_${kind}]`);
  }
});

test('readme.txt is in the plugin directory\'s format and agrees with the plugin header', () => {
  const readme = read('readme.txt');
  const header = read('ogp-embed.php');
  const field = (text: string, name: string) => new RegExp(`^\\s*\\*?\\s*${name}:\\s*(.+)$`, 'm').exec(text)?.[1]?.trim();
  assert.match(readme, /^=== OGP embed ===\n/);
  for (const name of ['Requires at least', 'Requires PHP']) assert.equal(field(readme, name), field(header, name), name);
  assert.equal(field(readme, 'Stable tag'), field(header, 'Version'));
  assert.match(header, new RegExp(`define\\( 'OGP_EMBED_VERSION', '${field(header, 'Version')}' \\)`));
  const short = readme.split('\n\n')[1]!;
  assert.ok(short.length <= 150, `the short description is ${short.length} characters; the directory shows 150`);
  for (const section of ['== Description ==', '= Descripción (español) =', '== Installation ==', '== Frequently Asked Questions ==', '== Screenshots ==', '== Changelog ==']) {
    assert.ok(readme.includes(section), section);
  }
  assert.match(readme, /== Screenshots ==\n\n1\. .+\n2\. .+\n3\. .+/);
});

test('the built zip holds the plugin folder and every file of the embed build', () => {
  assert.ok(existsSync(ZIP), 'not built: run `npm run build` first');
  const entries = new Map(readZip(readFileSync(ZIP)).map((e) => [e.name, e.data]));
  for (const file of files(PLUGIN)) {
    const name = `ogp-embed/${relative(PLUGIN, file).split('\\').join('/')}`;
    assert.deepEqual(entries.get(name), readFileSync(file), name);
  }
  const entry = /const OGP_EMBED_ENTRY = '([^']+)'/.exec(read('includes/assets.php'))![1]!;
  const built = entries.get(`ogp-embed/${entry}`);
  assert.ok(built, `the zip lacks ${entry}, the file the plugin enqueues`);
  assert.deepEqual(built, readFileSync(join(ROOT, 'packages/elements/dist', entry.replace(/^embed\//, ''))));
  // The language chunks the scripts import, beside them.
  const dist = join(ROOT, 'packages/elements/dist');
  const embedFiles = readdirSync(dist).filter((name) => /^ogp-embed[\w.-]*\.js$/.test(name));
  assert.ok(embedFiles.length > 2, `the embed build's files: ${embedFiles.join(', ')}`);
  for (const name of embedFiles) assert.deepEqual(entries.get(`ogp-embed/embed/${name}`), readFileSync(join(dist, name)), name);
  assert.ok([...entries.keys()].every((name) => name.startsWith('ogp-embed/')), 'one folder, as WordPress expects');
});
