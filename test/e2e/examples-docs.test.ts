/**
 * The README and the embedding and theming docs say what is true: the quick start is the two
 * commands, the elements table lists every attribute of custom-elements.json, the SDK snippet
 * runs and prints what the README says it prints, every `--ogp-*` token the elements read is
 * documented (and none that they do not), bundle names and relative links exist.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { BUDGETS } from '../../scripts/rollup/budgets.js';
import { ROOT, startDemo, type RunningDemo } from './helpers/demo.js';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const README = read('README.md');
const DOCS = ['README.md', 'docs/embedding.md', 'docs/theming.md', 'examples/wordpress/README.md'];

/** The fenced blocks of a markdown text in a language. */
function blocks(markdown: string, lang: string): string[] {
  return [...markdown.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('README', () => {
  test('keeps the quick start: prerequisites, then the two command lines', () => {
    const start = README.indexOf('## Quick start');
    const section = README.slice(start, README.indexOf('\n## ', start + 1));
    assert.match(section, /Prerequisites: Node\.js 20 or newer, and Chromium for the tests/);
    assert.deepEqual(blocks(section, 'sh'), ['npm ci && npm start\n', 'npm ci && npm test\n']);
    assert.ok(section.indexOf('Prerequisites') < section.indexOf('npm ci && npm start'));
  });

  test('lists every element with every attribute of custom-elements.json', () => {
    const manifest = JSON.parse(read('packages/elements/custom-elements.json')) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
    };
    const COMMON = new Set(['src', 'live', 'refresh', 'lang', 'now']);
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    assert.ok(elements.length >= 8);
    for (const { tagName, attributes = [] } of elements) {
      const row = README.split('\n').find((line) => line.startsWith(`| \`<${tagName}>\``));
      assert.ok(row, `no row for <${tagName}>`);
      const own = tagName === 'ogp-feed' ? attributes : attributes.filter((a) => !COMMON.has(a.name));
      for (const { name } of own) assert.ok(row.includes(`\`${name}\``), `<${tagName}>'s row does not list ${name}`);
    }
  });

  test('shows a screenshot that is there', () => {
    const png = readFileSync(join(ROOT, 'docs/screenshot.png'));
    assert.ok(README.includes('](docs/screenshot.png)'));
    assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')]);
  });
});

describe('the README’s SDK snippet', () => {
  let running: RunningDemo;
  before(async () => {
    running = await startDemo();
  });
  after(async () => {
    await running?.demo.close();
  });

  test('runs against a feed host and prints what the README says', { timeout: 30_000 }, async () => {
    const snippet = blocks(README, 'ts')[0] ?? '';
    assert.ok(snippet.includes('createClient'), 'the first ts block is the SDK example');
    const script = snippet.replace(
      'https://datos.gob.example/gobierno-abierto/feed.json',
      `${running.url}feeds/chile.json`,
    );
    const file = join(ROOT, '.cache/docs-test/readme-sdk.ts');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, script);
    const { stdout } = await promisify(execFile)(process.execPath, ['--conditions=source', '--import', 'tsx', file], {
      cwd: ROOT,
    });
    const promised = /^\/\/ (.+)$/m.exec(snippet)?.[1];
    assert.equal(stdout.split('\n')[0], promised);
    assert.equal(stdout.split('\n')[1], '3 plans');
  });
});

describe('docs', () => {
  test('theming.md documents every --ogp-* token the elements read, and no other', () => {
    const used = new Set(
      files(join(ROOT, 'packages/elements/src')).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/var\((--ogp-[a-z-]+)/g)].map((m) => m[1]!),
      ),
    );
    const documented = new Set([...read('docs/theming.md').matchAll(/`(--ogp-[a-z-]+)`/g)].map((m) => m[1]!));
    assert.ok(used.size > 20, `only ${used.size} tokens found`);
    assert.deepEqual([...used].filter((t) => !documented.has(t)).sort(), [], 'used but not documented');
    assert.deepEqual([...documented].filter((t) => !used.has(t)).sort(), [], 'documented but not used');
  });

  test('every bundle file named is one the build makes', () => {
    for (const doc of DOCS) {
      for (const [, name] of read(doc).matchAll(/dist\/(ogp-embed[\w.-]*\.js)/g)) {
        assert.ok(name! in BUDGETS, `${doc} names dist/${name}`);
      }
    }
  });

  test('the embed uses nothing newer than the README’s browser versions (Chrome 111, Firefox 113, Safari 16.4)', () => {
    const embed = join(ROOT, 'packages/elements/dist/ogp-embed.js');
    if (!existsSync(embed)) throw new Error('not built: run `npm run build` first');
    const code = readFileSync(embed, 'utf8');
    // Each with the first versions that have it: Chrome / Firefox / Safari.
    const NEWER: [RegExp, string][] = [
      [/AbortSignal\.any\b/, 'AbortSignal.any (116 / 124 / 17.4)'],
      [/Promise\.withResolvers\b/, 'Promise.withResolvers (119 / 121 / 17.4)'],
      [/\b(Object|Map)\.groupBy\b/, 'Object.groupBy (117 / 119 / 17.4)'],
      [/Array\.fromAsync\b/, 'Array.fromAsync (121 / 115 / 16.4)'],
      [/\.(toSorted|toReversed|toSpliced)\(/, 'change-array-by-copy (110 / 115 / 16)'],
      [/\.(union|intersection|symmetricDifference|isSubsetOf)\(/, 'Set methods (122 / 127 / 17)'],
      [/\.isWellFormed\(|\.toWellFormed\(/, 'well-formed strings (111 / 119 / 16.4)'],
      [/Intl\.Segmenter\b/, 'Intl.Segmenter (87 / 125 / 14.1)'],
      [/:has\(/, 'CSS :has() (105 / 121 / 15.4)'],
      [/@starting-style|field-sizing|text-wrap:\s*(balance|pretty)/, 'recent CSS'],
    ];
    for (const [pattern, what] of NEWER)
      assert.doesNotMatch(code, pattern, `the embed uses ${what}: update the README's browser support`);
  });

  test('every relative link points to a file that exists', () => {
    for (const doc of DOCS) {
      for (const [, target] of read(doc).matchAll(/\]\(((?!https?:|#|mailto:)[^)\s]+)\)/g)) {
        assert.ok(
          existsSync(join(ROOT, dirname(doc), target!.split('#')[0]!)),
          `${doc} links ${target}, which is not there`,
        );
      }
    }
  });
});
