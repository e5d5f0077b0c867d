/**
 * The WordPress plugin's files, without a WordPress: every PHP file parses (`php -l`) and uses
 * nothing newer than PHP 7.4, its id and language patterns are the feed schema's, every kind has
 * its block.json and shortcode, readme.txt agrees with the plugin's header and has what the
 * plugin directory asks for, the built zip holds the plugin folder and only the embed files it
 * loads, and what a remote server sends is never printed as it came. The plugin in a real
 * WordPress: test/e2e/wordpress.test.ts.
 *
 * PHPCS with WordPress' coding standards cannot be installed offline (the standards are on
 * Packagist; Debian has only php-codesniffer's generic ones), nor can Plugin Check (a plugin from
 * WordPress.org). These are the rules of Plugin Check and WordPress' security sniffs checked here
 * statically, the rest by hand (listed in the report of issue 28):
 * - every PHP file but the main one starts with the ABSPATH (or WP_UNINSTALL_PLUGIN) guard;
 * - every `echo` prints an escaping function's result (EscapeOutput), and every message handed to
 *   add_settings_error() (printed unescaped by WordPress) is escaped first;
 * - no inline `<script>`, no script from another host (guideline 8), no `eval`, no `base64_decode`;
 * - every remote read is `wp_safe_remote_get` with `limit_response_size`;
 * - every `sprintf` of a translated string with placeholders has a translators comment, in PHP and JS;
 * - `Tested up to` is the newest WordPress the e2e test runs; readme has External services and
 *   Source code sections; LICENSE and THIRD-PARTY-NOTICES.txt are in the zip.
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
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
const phpFiles = files(PLUGIN).filter((f) => f.endsWith('.php'));
const hasPhp = await run('php', ['-v']).then(
  () => true,
  () => false,
);
// Without PHP the PHP checks are skipped (the e2e test says the same in its one line), unless CI requires them.
const noPhp =
  !hasPhp && process.env.OGP_REQUIRE_WORDPRESS !== '1'
    ? 'no php: apt-get install -y --no-install-recommends php-cli'
    : false;

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
  writeFileSync(
    probe,
    '<?php $a = match (1) { 1 => 2 }; $b = $o?->x; str_contains("a", "b"); f(name: 1); function g(int|string $x) {}\n',
  );
  const { stdout: found } = await run('php', [join(ROOT, 'test/node/helpers/php74-syntax.php'), probe]);
  rmSync(dir, { recursive: true, force: true });
  for (const what of [
    'T_MATCH',
    'T_NULLSAFE_OBJECT_OPERATOR',
    'str_contains() is PHP 8',
    'named argument name:',
    'union type',
  ])
    assert.ok(found.includes(what), `the checker misses ${what}`);
});

test("ids and languages are checked with the feed schema's own patterns", () => {
  const schema = readFileSync(join(ROOT, 'packages/sdk/src/schema/primitives.ts'), 'utf8');
  const kinds = read('includes/kinds.php');
  const from = (text: string, re: RegExp) => re.exec(text)?.[1];
  assert.equal(
    from(kinds, /OGP_EMBED_ID_PATTERN = '(\/[^']+\/)'/),
    from(schema, /export const Id = [\s\S]*?z\.regex\((\/[^\n]+?\/), \{ error: 'id'/),
  );
  assert.equal(
    from(kinds, /OGP_EMBED_LANG_PATTERN = '(\/[^']+\/)'/),
    from(schema, /export const LanguageTag = [\s\S]*?z\.regex\((\/[^\n]+?\/), \{ error: 'language-tag'/),
  );
});

test("every kind has a dynamic block (block.json, apiVersion 3: the editor's canvas is an iframe) and a shortcode named in readme.txt", () => {
  const kinds = [...read('includes/kinds.php').matchAll(/^\t\t'(\w+)'\s+=> array\(/gm)].map((m) => m[1]!);
  assert.deepEqual(kinds, ['commitment', 'plan', 'agreements', 'timeline']);
  const readme = read('readme.txt');
  for (const kind of kinds) {
    const block = JSON.parse(read(`blocks/${kind}/block.json`));
    assert.equal(block.apiVersion, 3);
    assert.equal(block.name, `ogp-embed/${kind}`);
    assert.equal(block.editorScript, 'ogp-embed-editor');
    assert.deepEqual(Object.keys(block.attributes), ['src', 'id', 'variant', 'live', 'lang', 'link']);
    assert.equal(block.supports.html, false, 'no HTML editing of a dynamic block');
    assert.ok(readme.includes(`[ogp_${kind === 'agreements' ? 'agreements' : kind}`), `readme.txt shows [ogp_${kind}]`);
  }
});

test("readme.txt is in the plugin directory's format and agrees with the plugin header", () => {
  const readme = read('readme.txt');
  const header = read('ogp-embed.php');
  const field = (text: string, name: string) =>
    new RegExp(`^\\s*\\*?\\s*${name}:\\s*(.+)$`, 'm').exec(text)?.[1]?.trim();
  assert.match(readme, /^=== Open Government Embed ===\n/);
  assert.match(
    header,
    /Plugin Name: +Open Government Embed$/m,
    "a name that does not lead with another organisation's (OGP)",
  );
  for (const name of ['Requires at least', 'Requires PHP'])
    assert.equal(field(readme, name), field(header, name), name);
  assert.equal(field(readme, 'Stable tag'), field(header, 'Version'));
  assert.match(header, new RegExp(`define\\( 'OGP_EMBED_VERSION', '${field(header, 'Version')}' \\)`));
  const short = readme.split('\n\n')[1]!;
  assert.ok(short.length <= 150, `the short description is ${short.length} characters; the directory shows 150`);
  for (const section of [
    '== Description ==',
    '= Descripción (español) =',
    '== Installation ==',
    '== Frequently Asked Questions ==',
    '== External services ==',
    '== Source code ==',
    '== Screenshots ==',
    '== Changelog ==',
  ]) {
    assert.ok(readme.includes(section), section);
  }
  assert.match(readme, /== Screenshots ==\n\n1\. .+\n2\. .+\n3\. .+/);
});

test('"Tested up to" is the newest WordPress the real-WordPress test runs', () => {
  const tested = /^Tested up to: (\d+\.\d+)$/m.exec(read('readme.txt'))?.[1];
  const helper = readFileSync(join(ROOT, 'test/e2e/helpers/wordpress.ts'), 'utf8');
  assert.match(helper, /wordpress-current\.sh/, 'the e2e test runs a current WordPress from Debian sid');
  // The current tree, when this machine has it (test/e2e/helpers/wordpress-current.sh).
  const current = '/tmp/ogp-wordpress-current/root/usr/share/wordpress/wp-includes/version.php';
  if (existsSync(current)) {
    const version = /\$wp_version = '(\d+\.\d+)/.exec(readFileSync(current, 'utf8'))?.[1];
    assert.equal(tested, version);
  }
  assert.ok(Number.parseFloat(tested!) >= 7, tested);
});

test('the built zip holds the plugin folder, LICENSE, the third-party notices, and only the embed files the plugin loads', () => {
  assert.ok(existsSync(ZIP), 'not built: run `npm run build` first');
  const entries = new Map(readZip(readFileSync(ZIP)).map((e) => [e.name, e.data]));
  for (const file of files(PLUGIN)) {
    const name = `ogp-embed/${relative(PLUGIN, file).split('\\').join('/')}`;
    assert.deepEqual(entries.get(name), readFileSync(file), name);
  }
  assert.ok(entries.has('ogp-embed/LICENSE'));
  const notices = entries.get('ogp-embed/THIRD-PARTY-NOTICES.txt')?.toString('utf8') ?? '';
  assert.match(notices, /^lit \d+\.\d+\.\d+ \(BSD-3-Clause\)$/m, "Lit's BSD-3-Clause notice");
  assert.match(notices, /Copyright \(c\) 2017 Google LLC/);
  const entry = /const OGP_EMBED_ENTRY = '([^']+)'/.exec(read('includes/assets.php'))![1]!;
  const built = entries.get(`ogp-embed/${entry}`);
  assert.ok(built, `the zip lacks ${entry}, the file the plugin enqueues`);
  const dist = join(ROOT, 'packages/elements/dist');
  assert.deepEqual(built, readFileSync(join(dist, entry.replace(/^embed\//, ''))));
  // What the entry loads (its chunks, the language chunks), byte for byte; nothing it does not.
  const embedded = [...entries.keys()]
    .filter((name) => name.startsWith('ogp-embed/embed/'))
    .map((name) => name.slice('ogp-embed/embed/'.length));
  for (const name of embedded)
    assert.deepEqual(entries.get(`ogp-embed/embed/${name}`), readFileSync(join(dist, name)), name);
  for (const name of ['ogp-embed-es.js', 'ogp-embed-en.js', 'ogp-embed-fr.js', 'ogp-embed-pt.js'])
    assert.ok(embedded.includes(name), `${name}, a language chunk`);
  assert.ok(
    embedded.some((name) => /^ogp-embed-commitment-[\w-]+\.js$/.test(name)),
    "the commitment element's chunk",
  );
  for (const unused of ['ogp-embed.js', 'ogp-embed.bundle.js'])
    assert.ok(!embedded.includes(unused), `${unused} is not loaded by the plugin, so not shipped`);
  const quoted = new Set(
    embedded.flatMap((name) =>
      [...readFileSync(join(dist, name), 'utf8').matchAll(/["'`](?:\.\/)?(ogp-embed[\w.-]*\.js)["'`]/g)].map(
        (m) => m[1]!,
      ),
    ),
  );
  // The style sheets the snapshots it inlines link (includes/snapshot.php), one per element.
  const sheets = embedded.filter((name) => name.endsWith('.css'));
  assert.ok(sheets.includes('ogp-commitment.css') && sheets.includes('ogp-status-badge.css'), sheets.join(' '));
  for (const name of embedded.filter((name) => !name.endsWith('.css')))
    assert.ok(name === entry.replace(/^embed\//, '') || quoted.has(name), `${name} is shipped but nothing loads it`);
  assert.ok(
    [...entries.keys()].every((name) => name.startsWith('ogp-embed/')),
    'one folder, as WordPress expects',
  );
});

/** The PHP source without comments, for the static checks. */
const phpCode = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

test("static checks of Plugin Check's rules: guards, escaped output, no inline or remote script, capped remote reads", () => {
  for (const file of phpFiles) {
    const name = relative(PLUGIN, file);
    const text = readFileSync(file, 'utf8');
    const code = phpCode(file);
    if (name === 'uninstall.php') assert.match(text, /^defined\( 'WP_UNINSTALL_PLUGIN' \) \|\| exit;$/m, name);
    else assert.match(text, /^defined\( 'ABSPATH' \) \|\| exit;$/m, `${name}: the ABSPATH guard`);
    // Every echo prints what an escaping function returns.
    for (const [statement] of code.matchAll(/\becho\b[^;]*;/g)) {
      assert.match(
        statement,
        /^echo (\$\w+(\['\w+'\])? \? )?(esc_html|esc_attr|esc_url|esc_html__|esc_attr__|wp_kses)\w*\(/,
        `${name}: ${statement}`,
      );
    }
    for (const [call] of code.matchAll(/add_settings_error\([\s\S]*?\);\n/g)) {
      const message = call.split(',').slice(2).join(',');
      assert.match(
        message.trim(),
        /^(esc_html\(|__\()/,
        `${name}: add_settings_error prints its message unescaped, escape it: ${call}`,
      );
    }
    assert.doesNotMatch(code, /<script/i, `${name}: no inline script`);
    assert.doesNotMatch(
      code,
      /\b(eval|base64_decode|wp_remote_get|file_get_contents|curl_exec)\s*\(/,
      `${name}: no eval, no unsafe remote read`,
    );
    for (const [call] of code.matchAll(/wp_safe_remote_get\([\s\S]*?\n\t\);/g)) {
      assert.match(call, /'limit_response_size'\s*=>/, `${name}: a size cap on ${call.slice(0, 60)}`);
    }
    assert.doesNotMatch(code, /cdn_url|script_source/, `${name}: no setting for a script address`);
  }
  assert.equal([...phpCode(join(PLUGIN, 'includes/feed-check.php')).matchAll(/wp_safe_remote_get\(/g)].length, 1);
  // The only script registered is the plugin's own file.
  const registered = [
    ...files(PLUGIN)
      .filter((f) => f.endsWith('.php'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n')
      .matchAll(/wp_register_script\(\s*'[\w-]+',\s*(plugins_url\([^)]*\)|[^,]+),/g),
  ].map((m) => m[1]!.trim());
  assert.deepEqual(registered, [
    'plugins_url( OGP_EMBED_ENTRY, OGP_EMBED_FILE )',
    "plugins_url( 'assets/editor.js', OGP_EMBED_FILE )",
  ]);
});

test('every translated string with placeholders has a translators comment, in the PHP and the editor script', () => {
  for (const file of [...phpFiles, join(PLUGIN, 'assets/editor.js')]) {
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    lines.forEach((line, index) => {
      if (!/\b__\(\s*'[^']*%(\d\$)?[sd]/.test(line)) return;
      const before = lines.slice(Math.max(0, index - 3), index + 1).join('\n');
      assert.match(before, /translators:/, `${relative(PLUGIN, file)}:${index + 1}: ${line.trim()}`);
    });
    assert.doesNotMatch(text, /__\(\s*'[^']*'\s*\)/, `${relative(PLUGIN, file)}: every string names the text domain`);
  }
  // Variant names are words for people, translated.
  const editor = read('assets/editor.js');
  for (const variant of ['card', 'compact', 'full'])
    assert.match(editor, new RegExp(`${variant}: __\\( '\\w+', 'ogp-embed' \\)`), variant);
});

/** Runs PHP code with the plugin's includes loaded and WordPress' few functions they call at load time. */
async function runPhp(code: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ogp-php-'));
  const harness = join(dir, 'harness.php');
  writeFileSync(
    harness,
    `<?php
define( 'ABSPATH', '/' );
function __( $text ) { return $text; }
function add_action() {}
function wp_parse_url( $url ) { return parse_url( $url ); }
require ${JSON.stringify(join(PLUGIN, 'includes/settings.php'))};
require ${JSON.stringify(join(PLUGIN, 'includes/feed-check.php'))};
${code}
`,
  );
  try {
    return (await run('php', [harness])).stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("only * or an origin is quoted from a feed host's Access-Control-Allow-Origin", { skip: noPhp }, async () => {
  const values = [
    '*',
    'https://gob.example',
    'http://127.0.0.1:8080',
    'https://[::1]:8443',
    '<img src=x onerror=alert(1)>',
    'https://a.example"><script>',
    'https://a.example/path',
    'null',
    'https://a.example, https://b.example',
    ' *',
  ];
  const out = JSON.parse(
    await runPhp(
      `echo json_encode( array_map( 'ogp_embed_quotable_origin', ${JSON.stringify(values).replace(/^\[/, 'array(').replace(/\]$/, ')')} ) );`,
    ),
  );
  assert.deepEqual(out, [
    '*',
    'https://gob.example',
    'http://127.0.0.1:8080',
    'https://[::1]:8443',
    '',
    '',
    '',
    '',
    '',
    '',
  ]);
});

test('a refused feed address says why', { skip: noPhp }, async () => {
  const values = [
    '//evil.example/feed.json',
    'javascript:alert(1)',
    'feed.json',
    'https://user:pw@gob.example/feed.json',
    'https://gob.example/a b.json',
    'https:///feed.json',
    '/feeds/feed.json',
    'https://gob.example/feed.json',
  ];
  const out = JSON.parse(
    await runPhp(
      `echo json_encode( array_map( 'ogp_embed_url_problem', ${JSON.stringify(values).replace(/^\[/, 'array(').replace(/\]$/, ')')} ) );`,
    ),
  ) as string[];
  assert.match(out[0]!, /starts with \/\//);
  assert.match(out[1]!, /starts with javascript:/);
  assert.match(out[2]!, /neither a full address .* nor a path on this site/);
  assert.match(out[3]!, /user name or password/);
  assert.match(out[4]!, /space/);
  assert.match(out[5]!, /names no host|neither/);
  assert.deepEqual(out.slice(6), ['', ''], 'a path on the site and an https address are accepted');
});

test(
  "snapshots are fetched only from the default feed's origin, beside the element's feed",
  { skip: noPhp },
  async () => {
    const folder = async (defaultFeed: string, srcs: string[]) =>
      JSON.parse(
        await runPhp(`
function get_option( $name, $default = false ) { return 'ogp_embed_settings' === $name ? array( 'feed' => ${JSON.stringify(defaultFeed)} ) : $default; }
function home_url() { return 'https://site.example'; }
function add_filter() {}
require ${JSON.stringify(join(PLUGIN, 'includes/snapshot.php'))};
echo json_encode( array_map( 'ogp_embed_snapshot_folder', ${JSON.stringify(srcs).replace(/^\[/, 'array(').replace(/\]$/, ')')} ) );`),
      ) as string[];
    assert.deepEqual(
      await folder('https://gob.example/ogp/feed.json', [
        'https://gob.example/ogp/feed.json',
        'https://GOB.example:443/other/chile.json?v=2',
        'http://gob.example/ogp/feed.json',
        'https://gob.example:8443/ogp/feed.json',
        'https://evil.example/ogp/feed.json',
        'https://gob.example.evil.example/feed.json',
        '/feeds/feed.json',
      ]),
      ['https://gob.example/ogp/feed.parts/', 'https://GOB.example:443/other/chile.parts/', '', '', '', '', ''],
    );
    assert.deepEqual(await folder('/feeds/feed.json', ['/feeds/feed.json', 'https://site.example/x/a.json']), [
      'https://site.example/feeds/feed.parts/',
      'https://site.example/x/a.parts/',
    ]);
    assert.deepEqual(await folder('', ['https://gob.example/ogp/feed.json']), [''], 'no default feed, no fetch');
  },
);
