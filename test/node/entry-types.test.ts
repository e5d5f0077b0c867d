/**
 * Each element's entry types what a page uses of it, on its own: `import
 * '@ogp-embed/elements/commitment'` and nothing else, then the tag is its class, each public
 * property has its type, and each event it sends (custom-elements.json) has its `detail`. One
 * TypeScript program per entry, compiled strictly against the built declarations (the `types`
 * condition of the packages' `exports`, as an installed package resolves), so a type that only
 * the main entry brings in fails here. Needs `npm run build` first.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCRATCH = join(ROOT, '.cache/entry-types');

interface Declaration {
  name: string;
  tagName?: string;
  members?: { kind: string; name: string; privacy?: string; static?: boolean; readonly?: boolean }[];
  attributes?: { fieldName?: string }[];
  events?: { name: string }[];
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'packages/elements/custom-elements.json'), 'utf8')) as {
  modules: { path: string; declarations?: Declaration[] }[];
};

/** The detail each event's type promises, checked field by field. */
const DETAILS: Record<string, string> = {
  'ogp-load': '{ data: unknown; src?: string | undefined; fetchedAt?: Date | undefined }',
  'ogp-change': '{ data: unknown; previous: unknown }',
  'ogp-error': '{ error: Error; code: string; message: string; stale: boolean }',
  'ogp-toggle': '{ expanded: boolean }',
  'ogp-filter': 'object',
};

const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => ({ ...declaration, tagName: declaration.tagName!, entry: module.path.split('/')[1]! })),
);

/** A page's code against one entry: the tag, its attributes' properties, its events. */
function fixture(element: (typeof elements)[number]): string {
  const properties = [...new Set((element.attributes ?? []).map((attribute) => attribute.fieldName).filter(Boolean))];
  return [
    `import '@ogp-embed/elements/${element.entry}';`,
    `import type { ${element.name} } from '@ogp-embed/elements/${element.entry}';`,
    `const el = document.createElement('${element.tagName}');`,
    `export const typed: ${element.name} = el;`,
    ...properties.map((name) => `export const ${name}Value = el.${name};`),
    ...(element.events ?? []).map(
      ({ name }) =>
        `el.addEventListener('${name}', (event) => { const detail: ${DETAILS[name] ?? 'never'} = event.detail; void detail; });`,
    ),
    // A property that does not exist is an error: the element is typed as its class, not as `any`.
    `// @ts-expect-error not a property of ${element.tagName}`,
    `el.noSuchProperty = 1;`,
  ].join('\n');
}

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  strict: true,
  noEmit: true,
  types: [],
  skipLibCheck: true,
};

test('the manifest lists every element with its entry', () => {
  assert.ok(elements.length >= 8, `${elements.length} elements`);
  assert.ok(
    elements.some(
      (element) => element.tagName === 'ogp-commitment' && element.events?.some((event) => event.name === 'ogp-load'),
    ),
  );
});

for (const element of elements) {
  test(`@ogp-embed/elements/${element.entry} alone types <${element.tagName}>, its properties and its events`, () => {
    rmSync(join(SCRATCH, element.entry), { recursive: true, force: true });
    mkdirSync(join(SCRATCH, element.entry), { recursive: true });
    const file = join(SCRATCH, element.entry, 'page.ts');
    writeFileSync(join(SCRATCH, 'package.json'), JSON.stringify({ type: 'module', private: true }));
    writeFileSync(file, fixture(element));
    const program = ts.createProgram([file], OPTIONS);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    assert.deepEqual(problems, [], fixture(element));
  });
}
