/**
 * The packages as a user gets them: `npm pack` of each, installed from the tarballs into a
 * scratch folder, then imported from Node and compiled against with TypeScript. A tarball must
 * hold what its `exports` promise and nothing else. Needs `npm run build` first.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isBuiltin } from 'node:module';
import { join, posix } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { BUILD_SOURCES, buildProblem, CLI_SOURCES } from '../../scripts/rollup/fresh-build.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGES = ['sdk', 'elements', 'cli'] as const;
type PackageName = (typeof PACKAGES)[number];
/** Always in a tarball, whatever `files` says. */
const ALWAYS_PACKED = /^(package\.json|README(\.md)?|LICENSE(\.md)?)$/i;

interface Manifest {
  name: string;
  exports?: Record<string, unknown>;
  main?: string;
  types?: string;
  customElements?: string;
  bin?: string | Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

let scratch = '';
const packed = new Map<PackageName, { files: string[]; dir: string; manifest: Manifest }>();

before(async () => {
  // Every package, the CLI's program too, comes from `npm run build`.
  const problem = buildProblem(
    [
      'packages/sdk/dist/index.js',
      'packages/elements/dist/index.js',
      'packages/elements/custom-elements.json',
      'packages/cli/dist/main.js',
    ].map((file) => join(ROOT, file)),
    [...new Set([...BUILD_SOURCES, ...CLI_SOURCES])].map((source) => join(ROOT, source)),
  );
  if (problem) throw new Error(problem);

  scratch = mkdtempSync(join(tmpdir(), 'ogp-embed-pack-'));
  const tarballs: string[] = [];
  for (const name of PACKAGES) {
    const { stdout } = await run(
      'npm',
      ['pack', '--workspace', `packages/${name}`, '--pack-destination', scratch, '--json'],
      {
        cwd: ROOT,
      },
    );
    // A prepack script (the CLI checks that it was built) may print before npm's JSON report.
    const json = stdout.slice(stdout.search(/^\[/m));
    const [report] = JSON.parse(json) as { filename: string; files: { path: string }[] }[];
    assert.ok(report);
    tarballs.push(join(scratch, report.filename));
    packed.set(name, { files: report.files.map((f) => f.path).sort(), dir: '', manifest: { name: '' } });
  }

  const app = join(scratch, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  // External dependencies come from the registry; `--prefer-offline` takes them from npm's cache,
  // which the workspace's own install filled, so this takes about a second.
  await run('npm', ['install', ...tarballs, '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock'], {
    cwd: app,
  });
  for (const name of PACKAGES) {
    const dir = join(app, 'node_modules', '@ogp-embed', name);
    const entry = packed.get(name)!;
    entry.dir = dir;
    entry.manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
  }
});

after(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Every path an exports value names, under any condition. */
function targets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(targets);
}

/** `./dist/*\/define.js` against the file list: what `*` stands for in each match. */
function matches(pattern: string, files: string[]): string[] {
  const [before = '', after = ''] = pattern.replace(/^\.\//, '').split('*');
  return files
    .filter((f) => f.length > before.length + after.length && f.startsWith(before) && f.endsWith(after))
    .map((f) => f.slice(before.length, f.length - after.length));
}

function promisedFiles(manifest: Manifest, files: string[]): { promised: Set<string>; problems: string[] } {
  const promised = new Set<string>();
  const problems: string[] = [];
  for (const [subpath, value] of Object.entries(manifest.exports ?? {})) {
    const paths = targets(value);
    if (subpath.includes('*')) {
      // Every condition of a pattern must match the same names, e.g. each `src/x/define.ts` has
      // its `dist/x/define.js` and `dist/x/define.d.ts`.
      const byPath = paths.map((path) => ({ path, stars: matches(path, files).sort() }));
      const first = byPath[0];
      if (!first || first.stars.length === 0) problems.push(`${subpath}: ${paths.join(', ')} match no file`);
      for (const { path, stars } of byPath) {
        if (first && stars.join() !== first.stars.join()) {
          problems.push(`${subpath}: ${path} matches [${stars}] but ${first.path} matches [${first.stars}]`);
        }
        for (const star of stars) promised.add(path.replace(/^\.\//, '').replace('*', star));
      }
      continue;
    }
    for (const path of paths) {
      const file = path.replace(/^\.\//, '');
      if (files.includes(file)) promised.add(file);
      else problems.push(`exports["${subpath}"] names ${path}, which is not in the tarball`);
    }
  }
  const bins = typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {});
  const fields = [manifest.main, manifest.types, manifest.customElements, ...bins];
  for (const path of fields) {
    if (path === undefined) continue;
    const file = path.replace(/^\.\//, '');
    if (files.includes(file)) promised.add(file);
    else problems.push(`package.json names ${path}, which is not in the tarball`);
  }
  return { promised, problems };
}

/**
 * What a module or declaration file imports: static, dynamic and `import('x')` types (read by
 * TypeScript's own scanner), and `new URL('./x.js', import.meta.url)` (how a bin finds its code).
 */
function specifiers(text: string): string[] {
  const imports = ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
  const urls = [...text.matchAll(/\bnew URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url/g)].map((m) => m[1]!);
  return [...imports, ...urls];
}

/** The files a promised file leads to: its relative imports, its `.d.ts`, its source maps. */
function reachable(promised: Set<string>, files: string[], read: (file: string) => string): Set<string> {
  const has = new Set(files);
  const seen = new Set<string>();
  const queue = [...promised];
  const visit = (file: string) => {
    if (has.has(file) && !seen.has(file)) queue.push(file);
  };
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) {
      visit(file.replace(/\.js$/, '.d.ts'));
      visit(`${file}.map`);
    }
    if (file.endsWith('.d.ts')) visit(`${file}.map`);
    // A source map leads to the sources it maps (those shipped).
    if (file.endsWith('.map')) {
      const { sources = [] } = JSON.parse(read(file)) as { sources?: string[] };
      for (const source of sources) visit(posix.normalize(posix.join(posix.dirname(file), source)));
    }
    if (!/\.(m?js|ts)$/.test(file)) continue;
    for (const specifier of specifiers(read(file)).filter((s) => s.startsWith('./') || s.startsWith('../'))) {
      const target = posix.normalize(posix.join(posix.dirname(file), specifier));
      // TypeScript sources and declarations name their neighbours by the `.js` they become.
      if (file.endsWith('.d.ts')) visit(target.replace(/\.js$/, '.d.ts'));
      else if (file.endsWith('.ts')) visit(target.replace(/\.js$/, '.ts'));
      visit(target);
    }
  }
  return seen;
}

for (const name of PACKAGES) {
  test(`npm pack of @ogp-embed/${name} holds every file its exports promise`, () => {
    const { files, manifest } = packed.get(name)!;
    const { problems } = promisedFiles(manifest, files);
    assert.deepEqual(problems, []);
  });

  test(`npm pack of @ogp-embed/${name} holds nothing its exports do not lead to`, () => {
    const { files, manifest, dir } = packed.get(name)!;
    const { promised } = promisedFiles(manifest, files);
    const used = reachable(promised, files, (file) => readFileSync(join(dir, file), 'utf8'));
    const extra = files.filter((file) => !used.has(file) && !ALWAYS_PACKED.test(file));
    assert.deepEqual(extra, [], `files no export leads to (left over, or missing from exports)`);
  });

  test(`@ogp-embed/${name} declares every package its built code imports`, () => {
    const { files, manifest, dir } = packed.get(name)!;
    const declared = new Set([
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}),
    ]);
    const undeclared = new Map<string, string[]>();
    for (const file of files.filter((f) => f.startsWith('dist/') && /\.(js|d\.ts)$/.test(f))) {
      for (const specifier of specifiers(readFileSync(join(dir, file), 'utf8'))) {
        if (specifier.startsWith('.') || specifier.startsWith('node:') || isBuiltin(specifier)) continue;
        const parts = specifier.split('/');
        const packageName = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
        if (!declared.has(packageName)) undeclared.set(packageName, [...(undeclared.get(packageName) ?? []), file]);
      }
    }
    const report = [...undeclared].map(
      ([name, files]) => `${name} (imported by ${files.length} files, e.g. ${files[0]})`,
    );
    assert.deepEqual(report, []);
  });
}

test('the installed SDK parses the real Chile sample feed, as the workspace source does', async () => {
  const feedText = readFileSync(join(ROOT, 'examples/feeds/chile.json'), 'utf8');
  const script = `
    import { parseFeed } from '@ogp-embed/sdk';
    const result = parseFeed(process.argv[1], { mode: 'strict' });
    console.log(JSON.stringify({ ok: result.ok, issues: result.issues.length,
      commitments: result.feed?.plans.flatMap((plan) => plan.commitments.map((c) => c.id)) }));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '--eval', script, feedText], {
    cwd: join(scratch, 'app'),
  });
  const installed = JSON.parse(stdout) as { ok: boolean; issues: number; commitments: string[] };
  const source = await import('@ogp-embed/sdk');
  const expected = source.parseFeed(feedText, { mode: 'strict' });
  assert.equal(installed.ok, true);
  assert.deepEqual(
    installed.commitments,
    expected.feed?.plans.flatMap((plan) => plan.commitments.map((c) => c.id)),
  );
  assert.ok(installed.commitments.includes('CL0069'));
});

interface ManifestElement {
  name: string;
  tagName: string;
  module: string;
}

/** The custom elements custom-elements.json documents, with the module that declares each. */
function documentedElements(dir: string, manifest: Manifest): ManifestElement[] {
  const cem = JSON.parse(readFileSync(join(dir, manifest.customElements ?? 'custom-elements.json'), 'utf8')) as {
    modules: { path: string; declarations?: { name: string; tagName?: string; customElement?: boolean }[] }[];
  };
  return cem.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((d) => ({ name: d.name, tagName: d.tagName!, module: module.path })),
  );
}

test('the installed elements register one tag per element import, and every documented tag in all', async () => {
  const { dir, manifest } = packed.get('elements')!;
  const documented = documentedElements(dir, manifest);
  assert.ok(
    documented.some((e) => e.tagName === 'ogp-progress-bar'),
    'custom-elements.json documents <ogp-progress-bar>',
  );
  // Node has no DOM: Lit's `node` build brings a minimal customElements registry, enough to
  // see which tags an import registers.
  const script = `
    const tags = ${JSON.stringify(documented.map((e) => e.tagName))};
    const defined = () => tags.filter((tag) => customElements.get(tag) !== undefined);
    await import('@ogp-embed/elements');
    const afterClasses = defined();
    await import('@ogp-embed/elements/progress-bar');
    const afterOne = defined();
    await import('@ogp-embed/elements/define-all');
    console.log(JSON.stringify({ afterClasses, afterOne, afterAll: defined() }));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '--eval', script], {
    cwd: join(scratch, 'app'),
  });
  const seen = JSON.parse(stdout) as { afterClasses: string[]; afterOne: string[]; afterAll: string[] };
  assert.deepEqual(seen.afterClasses, [], 'importing the classes registers no tag');
  assert.deepEqual(seen.afterOne, ['ogp-progress-bar']);
  assert.deepEqual(seen.afterAll.sort(), documented.map((e) => e.tagName).sort());
});

test("the installed packages' types compile in a strict TypeScript project", async () => {
  const { dir, manifest } = packed.get('elements')!;
  const elements = documentedElements(dir, manifest);
  const app = join(scratch, 'app');
  // Each tag typed as its class (HTMLElementTagNameMap), each class exported by name.
  const consumer = [
    `import { parseFeed, type Feed } from '@ogp-embed/sdk';`,
    `import { ${elements.map((e) => e.name).join(', ')} } from '@ogp-embed/elements';`,
    `import '@ogp-embed/elements/define-all';`,
    `const result = parseFeed('{}', { mode: 'strict' });`,
    `export const feed: Feed | undefined = result.feed;`,
    ...elements.map((e, i) => `export const element${i}: ${e.name} = document.createElement('${e.tagName}');`),
  ].join('\n');
  writeFileSync(join(app, 'consumer.ts'), consumer);
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: 'nodenext',
        moduleResolution: 'nodenext',
        lib: ['es2023', 'dom', 'dom.iterable'],
        strict: true,
        noEmit: true,
        types: [],
        // Our own .d.ts files are checked; third-party ones are theirs.
        skipLibCheck: false,
      },
      files: ['consumer.ts'],
    }),
  );
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  const outcome = await run(process.execPath, [tsc, '-p', app], { cwd: app }).catch(
    (error: { stdout: string }) => error,
  );
  assert.equal('stdout' in outcome ? outcome.stdout : '', '', 'tsc reports no error');
});

test('the installed CLI validates the real Chile sample feed', async () => {
  const bin = join(scratch, 'app', 'node_modules', '.bin', 'ogp-embed');
  const feed = join(ROOT, 'examples/feeds/chile.json');
  const outcome = await run(bin, ['validate', feed, '--lang', 'en'], { cwd: join(scratch, 'app') }).catch(
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  assert.equal('code' in outcome ? outcome.code : 0, 0, `exit status; output: ${outcome.stdout}${outcome.stderr}`);
});

test('the installed CLI answers --help within 0.5 s of CPU more than an empty Node, running no TypeScript', async () => {
  // CPU time, read by each process as it exits, against Node doing nothing in the same moment: a
  // busy machine slows the clock and inflates both, not the difference. The scratch folder has no
  // tsx, so a bin that needed it would fail here.
  const probe = `data:text/javascript,process.on('exit', () => process.stderr.write('CPU ' + JSON.stringify(process.cpuUsage())))`;
  const cpuMs = async (args: string[]) => {
    const { stdout, stderr } = await run(process.execPath, ['--import', probe, ...args], { cwd: join(scratch, 'app') });
    const { user, system } = JSON.parse(/CPU (\{.*\})/.exec(stderr)?.[1] ?? '{}') as { user: number; system: number };
    return { stdout, ms: (user + system) / 1000 };
  };
  const bin = join(scratch, 'app', 'node_modules', '@ogp-embed', 'cli', 'bin', 'ogp-embed.js');
  const help = await cpuMs([bin, '--help']);
  const empty = await cpuMs(['--eval', '0']);
  assert.match(help.stdout, /ogp-embed/);
  assert.ok(
    help.ms - empty.ms < 500,
    `--help took ${help.ms.toFixed(0)} ms of CPU, an empty Node ${empty.ms.toFixed(0)} ms`,
  );
});
