/**
 * No module imports itself back, through however many others: a circle makes load order matter
 * (a class used before it is defined) and keeps a bundler from leaving half of it out. Type-only
 * imports are left out (they vanish at run time); dynamic `import()` counts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const PACKAGES = join(ROOT, 'packages');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The run-time imports of one module's text, as written. */
export function runtimeSpecifiers(text: string): string[] {
  const found: string[] = [];
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const match of code.matchAll(/^\s*(import|export)\s+(type\s+)?([^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
    if (match[2]) continue;
    // `import { type A, type B } from` is type-only too.
    const names = match[3]?.match(/^\s*\{([^}]*)\}/)?.[1];
    if (names?.split(',').every((name) => /^\s*(type\s|$)/.test(name))) continue;
    found.push(match[4]!);
  }
  for (const match of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(match[1]!);
  return found;
}

function resolveSpecifier(from: string, specifier: string): string | undefined {
  if (specifier.startsWith('.')) {
    const base = resolve(dirname(from), specifier).replace(/\.js$/, '');
    return [`${base}.ts`, join(base, 'index.ts')].find((path) => existsSync(path));
  }
  const own = specifier.match(/^@ogp-embed\/([\w-]+)$/);
  return own ? [join(PACKAGES, own[1]!, 'src/index.ts')].find((path) => existsSync(path)) : undefined;
}

/** Every circle of run-time imports, each as the modules around it. */
export function importCircles(files: string[]): string[][] {
  const edges = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    edges.set(
      file,
      runtimeSpecifiers(text).flatMap((specifier) => resolveSpecifier(file, specifier) ?? []),
    );
  }
  const circles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'open') circles.push(stack.slice(stack.indexOf(next)).concat(next));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of edges.keys()) if (!state.has(file)) visit(file);
  return circles;
}

test('the packages’ sources import no module back in a circle', () => {
  const files = readdirSync(PACKAGES).flatMap((name) =>
    existsSync(join(PACKAGES, name, 'src')) ? sources(join(PACKAGES, name, 'src')) : [],
  );
  assert.ok(files.length > 100, `${files.length} modules read`);
  const circles = importCircles(files).map((circle) => circle.map((file) => relative(ROOT, file)).join(' → '));
  assert.deepEqual(circles, []);
});

test('the check finds a circle, and leaves type-only imports out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'circles-'));
  writeFileSync(join(dir, 'a.ts'), "import { b } from './b.js';\nimport type { C } from './c.js';");
  writeFileSync(join(dir, 'b.ts'), "export { a } from './a.js';");
  writeFileSync(join(dir, 'c.ts'), "import type { A } from './a.js';");
  const circles = importCircles(['a', 'b', 'c'].map((name) => join(dir, `${name}.ts`)));
  rmSync(dir, { recursive: true });
  assert.deepEqual(
    circles.map((circle) => circle.map((file) => file.slice(dir.length + 1))),
    [['a.ts', 'b.ts', 'a.ts']],
  );
  assert.deepEqual(
    runtimeSpecifiers(
      "import type { A } from './a.js';\nimport { type B } from './b.js';\nimport { c } from './c.js';\nexport { d } from './d.js';\nconst e = () => import('./e.js');",
    ),
    ['./c.js', './d.js', './e.js'],
  );
});
