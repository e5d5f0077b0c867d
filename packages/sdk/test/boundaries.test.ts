/**
 * The SDK's module boundaries, read from its sources: no import cycle (type imports included:
 * a cycle of types is still two modules that cannot be understood apart), the errors below the
 * parser and the client, an index that names every public export, and no public name that hides a
 * type of the DOM a page's own code uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative import and re-export of a module (static, type-only included), as source paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms)].map((m) => m[1]!);
  return found.map((spec) => resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
}

const GRAPH = new Map(sources(SRC).map((file) => [file, importsOf(file)]));
const name = (file: string) => relative(SRC, file);

test('every relative import names a module that exists', () => {
  for (const [file, imports] of GRAPH) {
    for (const target of imports)
      assert.ok(GRAPH.has(target), `${name(file)} imports ${name(target)}, which is not there`);
  }
});

test('no module imports itself back through others (no import cycle, types included)', () => {
  const done = new Set<string>();
  const cycles: string[] = [];
  const visit = (file: string, path: string[]) => {
    const at = path.indexOf(file);
    if (at >= 0) {
      cycles.push([...path.slice(at), file].map(name).join(' → '));
      return;
    }
    if (done.has(file)) return;
    for (const target of GRAPH.get(file) ?? []) visit(target, [...path, file]);
    done.add(file);
  };
  for (const file of GRAPH.keys()) visit(file, []);
  // Known, left for issue 13's language split: each language's labels import the `Labels` type
  // from the table that imports them. A new cycle still fails.
  const KNOWN = /^i18n\/labels(\/\w+)?\.ts → i18n\/labels(\/\w+)?\.ts → i18n\/labels(\/\w+)?\.ts$/;
  assert.deepEqual(
    cycles.filter((cycle) => !KNOWN.test(cycle)),
    [],
  );
});

test('the errors stand below the parser and the client (only a validation error carries parse issues)', () => {
  for (const [file, imports] of GRAPH) {
    if (!name(file).startsWith('errors/')) continue;
    // The validation error, and the table of every error's fields, name the issues it carries.
    const allowed = ['errors/feed-validation-error.ts', 'errors/codes.ts'].includes(name(file))
      ? ['parse/issues.ts']
      : [];
    const above = imports
      .map(name)
      .filter((target) => /^(parse|client|check)\//.test(target) && !allowed.includes(target));
    assert.deepEqual(above, [], `${name(file)}`);
  }
});

const INDEX = readFileSync(join(SRC, 'index.ts'), 'utf8');
/** The names index.ts exports, values and types. */
const PUBLIC = [...INDEX.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)].flatMap((m) =>
  m[1]!
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(',')
    .map((part) =>
      part
        .trim()
        .split(/\s+as\s+/)
        .at(-1)!,
    )
    .filter(Boolean),
);

test('the index names every public export: no `export *` hides what the package promises', () => {
  assert.doesNotMatch(INDEX, /^export\s+\*/m);
  assert.ok(
    PUBLIC.includes('parseFeed') && PUBLIC.includes('Feed') && PUBLIC.length > 100,
    `${PUBLIC.length} names read`,
  );
});

test('helpers for the tests and the test oracle are not public', () => {
  for (const internal of ['clearSharedClients', 'parseFeedCompiled', 'parseWith', 'sharedClient']) {
    assert.ok(!PUBLIC.includes(internal), internal);
  }
});

test('no public name hides a global of the DOM (a page importing it would lose the DOM type)', () => {
  const require = createRequire(import.meta.url);
  const dom = readFileSync(join(dirname(require.resolve('typescript')), 'lib.dom.d.ts'), 'utf8');
  const globals = new Set([...dom.matchAll(/^(?:interface|declare var|type) (\w+)/gm)].map((m) => m[1]!));
  assert.ok(globals.has('CacheStorage') && globals.has('Storage'), 'the DOM types were read');
  const shadowing = PUBLIC.filter((n) => globals.has(n));
  assert.deepEqual(shadowing, []);
});
