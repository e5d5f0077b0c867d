/**
 * A clone is self-contained: no file of the project reads a path outside its own tree (a user's
 * clone has nothing beside it). Every relative path written in a tracked file must resolve inside
 * the repository, and no file names the workspace folders the project was first built beside.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TEXT = /\.(ts|js|mjs|cjs|json|md|html|sh|ya?ml|php|txt|css)$|(^|\/)\.ci\/run$/;
/** Folders that sat beside the repository where it was first built, and paths written from its root upwards. */
const OUTSIDE_NAMES = /\bshared\/(data|seed)\/|\/work\/(shared|main)\b|OGP_SHARED_DIR|ROOT, ['"]\.\.\//;
/** A relative path in quotes, backticks or parentheses: `'../x'`, `(../../y)`. */
const RELATIVE_PATH = /(?<=['"`(])((?:\.\.\/)+)[\w@.-]*/g;

function trackedFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return listed.split('\0').filter((file) => file && TEXT.test(file) && existsSync(join(ROOT, file)));
}

/** Relative paths in `text` (read in `file`) that resolve outside the repository. */
function pathsLeavingTheTree(file: string, text: string): string[] {
  const from = dirname(join(ROOT, file));
  return [...text.matchAll(RELATIVE_PATH)]
    .map((match) => match[0])
    .filter((path) => {
      const inside = relative(ROOT, resolve(from, path));
      return inside === '..' || inside.startsWith(`..${sep}`);
    });
}

test('no file of the project names a path outside its own tree', () => {
  const files = trackedFiles();
  assert.ok(files.length > 100, `expected the project's files, found ${files.length}`);
  const found: string[] = [];
  for (const file of files) {
    if (file === 'test/node/self-contained.test.ts') continue; // names the patterns it looks for
    const text = readFileSync(join(ROOT, file), 'utf8');
    const named = text.match(OUTSIDE_NAMES);
    if (named) found.push(`${file}: names ${named[0]}`);
    for (const path of pathsLeavingTheTree(file, text)) found.push(`${file}: ${path} leaves the repository`);
  }
  assert.deepEqual(found, [], `files reaching outside the repository:\n${found.join('\n')}`);
});

test('the public data the project uses is in data/, each file named in its README', () => {
  const readme = readFileSync(join(ROOT, 'data/README.md'), 'utf8');
  for (const file of [
    'ogp/open-parliament-commitments-2024-07.csv',
    'chile/verified-commitments.json',
    'minutes/mesa-gobierno-abierto-2022-03-28.txt',
  ]) {
    assert.ok(existsSync(join(ROOT, 'data', file)), `data/${file} is missing`);
    assert.ok(readme.includes(`\`${file}\``), `data/README.md does not name ${file}`);
  }
});
