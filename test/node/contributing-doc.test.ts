/**
 * The newcomer's docs name real files: every repository path written in backticks in
 * CONTRIBUTING.md (and ARCHITECTURE.md, when there is one) exists, so a file moved or renamed
 * without its docs fails here, naming the line.
 *
 * A path is a backticked span with no spaces that starts at one of the repository's top-level
 * folders (`packages/…`, `test/…`) or names a top-level Markdown file (`CHANGELOG.md`). `*` and a
 * `<placeholder>` stand for any name, of which at least one must exist.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOCS = ['CONTRIBUTING.md', 'ARCHITECTURE.md'];
const TOP_FOLDERS = new Set(
  readdirSync(ROOT).filter((name) => name !== 'node_modules' && statSync(join(ROOT, name)).isDirectory()),
);

/** The repository paths a Markdown text names in backticks, with their line numbers. */
function pathsIn(markdown: string): { path: string; line: number }[] {
  const found: { path: string; line: number }[] = [];
  markdown.split('\n').forEach((text, index) => {
    for (const [, span] of text.matchAll(/`([^`\s]+)`/g)) {
      const path = span!.replace(/[.,:;]$/, '');
      const first = path.split('/')[0]!;
      if ((path.includes('/') && TOP_FOLDERS.has(first)) || /^[A-Z][A-Z_-]*\.md$/.test(path))
        found.push({ path, line: index + 1 });
    }
  });
  return found;
}

/** Whether `path` exists, `*` and `<name>` matching any one name in their folder. */
function exists(path: string, root = ROOT): boolean {
  const segments = path.replace(/\/$/, '').split('/');
  const walk = (dir: string, rest: string[]): boolean => {
    const [segment, ...more] = rest;
    if (segment === undefined) return true;
    if (!/[*<]/.test(segment)) return existsSync(join(dir, segment)) && walk(join(dir, segment), more);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) return false;
    const pattern = new RegExp(
      `^${segment
        .split(/(\*|<[^>]+>)/)
        .map((part) => (part === '*' || part.startsWith('<') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
        .join('')}$`,
    );
    return readdirSync(dir).some((name) => pattern.test(name) && walk(join(dir, name), more));
  };
  return walk(root, segments);
}

test('the path check finds paths, and misses none that is gone', () => {
  const found = pathsIn(
    'Run `npm test`; see `packages/sdk/src/nothing-here.ts`, `CHANGELOG.md` and `stories/<name>.stories.ts`.',
  );
  assert.deepEqual(
    found.map((f) => f.path),
    ['packages/sdk/src/nothing-here.ts', 'CHANGELOG.md', 'stories/<name>.stories.ts'],
  );
  assert.equal(exists('packages/sdk/src/nothing-here.ts'), false);
  assert.equal(exists('stories/<name>.stories.ts'), true);
  assert.equal(exists('packages/elements/src/<name>/no-such-file.ts'), false);
});

for (const doc of DOCS) {
  test(`every repository path in ${doc} exists`, { skip: !existsSync(join(ROOT, doc)) && `no ${doc}` }, () => {
    const paths = pathsIn(readFileSync(join(ROOT, doc), 'utf8'));
    assert.ok(paths.length > 0, `${doc} names no repository path: is the check still reading it?`);
    const missing = paths.filter(({ path }) => !exists(path)).map(({ path, line }) => `${doc}:${line}: ${path}`);
    assert.deepEqual(missing, []);
  });
}
