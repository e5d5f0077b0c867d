/**
 * What a page downloads: the loader (ES module and classic script), each page of one element and
 * the page of every element through it, the single-file bundle and `<ogp-progress-bar>` alone stay
 * within their gzip budgets, carry nothing that must not be there, and work; importing one element
 * from the package pulls in no other. Needs `npm run build` first.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { parseAst } from 'rollup/parseAst';
import { BUDGETS, CHUNK_BUDGET, PAGE_BUDGETS } from '../../scripts/rollup/budgets.js';
import { launchChromium, PARTS_LOOKUP } from '../e2e/helpers/browser.js';

/** The one console line of a data element written with no feed (its misuse warning). */
const NO_SRC = /^ogp-embed: <ogp-[a-z-]+> has no src: /;
import { BUILD_SOURCES, buildProblem } from '../../scripts/rollup/fresh-build.js';
import { chunkFiles as filesOfChunk, pageCost } from '../../scripts/rollup/page-cost.js';
import type { LoaderManifest } from '../../packages/elements/src/loader/loader.js';
import { minifyTemplateLiterals, plainCssAsUnsafeCss } from '../../scripts/rollup/template-literals.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'packages/elements/dist');
const FILES: Record<keyof typeof BUDGETS, string> = {
  'ogp-embed.js': join(DIST, 'ogp-embed.js'),
  'ogp-embed.iife.js': join(DIST, 'ogp-embed.iife.js'),
  'ogp-embed.bundle.js': join(DIST, 'ogp-embed.bundle.js'),
  'ogp-embed-en.js': join(DIST, 'ogp-embed-en.js'),
  'ogp-embed-es.js': join(DIST, 'ogp-embed-es.js'),
  'ogp-embed-pt.js': join(DIST, 'ogp-embed-pt.js'),
  'ogp-embed-fr.js': join(DIST, 'ogp-embed-fr.js'),
  'ogp-progress-bar.js': join(ROOT, '.cache/size/ogp-progress-bar.js'),
};
const LOADER_MAP = join(ROOT, '.cache/size/loader-map.json');
const LOADERS = ['ogp-embed.js', 'ogp-embed.iife.js'] as const;
/** Each language's words, a chunk imported when an element first speaks it. */
const LANGUAGE_CHUNKS = ['ogp-embed-en.js', 'ogp-embed-es.js', 'ogp-embed-pt.js', 'ogp-embed-fr.js'] as const;
const code = (file: keyof typeof FILES) => readFileSync(FILES[file], 'utf8');
/** The chunks the loader imports (each element's, the shared ones, the one of every element). */
const chunkFiles = () =>
  readdirSync(DIST)
    .filter((file) => /^ogp-embed-.+\.js$/.test(file))
    .sort();
const chunk = (file: string) => readFileSync(join(DIST, file), 'utf8');
/** Everything the embed sends a page: the loaders, their chunks, the single file. */
const EMBEDS = () => ['ogp-embed.js', 'ogp-embed.iife.js', 'ogp-embed.bundle.js', ...chunkFiles()];
const embedCode = (file: string) => (file in FILES ? code(file as keyof typeof FILES) : chunk(file));
// Measured here, not with the build's own code: the test checks the build.
const gzipped = (text: string) => gzipSync(text, { level: 9 }).length;
/** Every tag custom-elements.json documents. */
function documentedTags(): string[] {
  const cem = JSON.parse(readFileSync(join(ROOT, 'packages/elements/custom-elements.json'), 'utf8')) as {
    modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[];
  };
  return cem.modules.flatMap((m) =>
    (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName!),
  );
}

/** Tests of built files stop at once, with the reason, when the build is missing or stale. */
function requireBuild() {
  const problem = buildProblem(
    [...Object.values(FILES), LOADER_MAP, join(DIST, 'index.js'), join(ROOT, 'packages/elements/custom-elements.json')],
    BUILD_SOURCES.map((source) => join(ROOT, source)),
  );
  if (problem) throw new Error(problem);
}

describe('gzip budgets', () => {
  before(requireBuild);
  for (const [file, budget] of Object.entries(BUDGETS) as [keyof typeof BUDGETS, number][]) {
    test(`${file} is at most ${budget} bytes gzipped`, () => {
      const gzip = gzipped(code(file));
      assert.ok(gzip <= budget, `${file}: ${gzip} B gzipped, budget ${budget} B`);
    });
  }

  test(`every chunk but the one of every element is at most ${CHUNK_BUDGET} bytes gzipped`, () => {
    const over = chunkFiles()
      .filter((file) => !file.startsWith('ogp-embed-all-'))
      .map((file) => [file, gzipped(chunk(file))] as const)
      .filter(([, gzip]) => gzip > CHUNK_BUDGET);
    assert.deepEqual(over, []);
  });

  /** The loader's own map, as the build wrote it: which chunk defines which tag, and what each imports. */
  const loaderMap = () => JSON.parse(readFileSync(LOADER_MAP, 'utf8')) as { loader: string; map: LoaderManifest };

  test('the loader carries the same map the build wrote', () => {
    const { map } = loaderMap();
    // Terser writes a round size in exponent form (a chunk of 2000 bytes: `2e3`): read it back as JSON writes it.
    const asJson = (text: string) =>
      text.replace(/\b(\d+)e(\d+)\b/g, (_, digits: string, zeros: string) => String(Number(`${digits}e${zeros}`)));
    for (const file of LOADERS) assert.ok(asJson(code(file)).includes(JSON.stringify(map.chunks).slice(1, -1)), file);
  });

  for (const [tag, budget] of Object.entries(PAGE_BUDGETS)) {
    const what = tag === '*' ? 'a page with every element' : `a page with only <${tag}>`;
    test(`${what} downloads at most ${budget} bytes gzipped, the loader included`, () => {
      const { map } = loaderMap();
      const tags = tag === '*' ? Object.keys(map.elements) : [tag];
      assert.ok(
        tags.every((name) => name in map.elements),
        `the loader knows ${tags.join(', ')}`,
      );
      const cost = pageCost(map, tags, (file) => gzipped(chunk(file)));
      const total = gzipped(code('ogp-embed.js')) + cost.bytes;
      assert.ok(total <= budget, `${what}: ${total} B gzipped (${cost.files.join(', ')}), budget ${budget} B`);
    });
  }

  test("few files per page (each costs a phone a share of a round trip): a card's in 8 at most, the prefetch's alone, and an element that shows no feed never loads the client", () => {
    const { map } = loaderMap();
    const files = (tag: string) => pageCost(map, [tag], (file) => gzipped(chunk(file))).files;
    const card = files('ogp-commitment');
    assert.ok(card.length <= 8, `a card's page: ${card.join(', ')}`);
    // The data's head start waits for no other file: the prefetch imports only its own small chunk.
    const prefetch = filesOfChunk(map, map.prefetch);
    assert.ok(
      prefetch.length <= 2 && prefetch.every((file) => /^ogp-embed-(prefetch|early)-/.test(file)),
      prefetch.join(', '),
    );
    for (const tag of ['ogp-progress-bar', 'ogp-status-badge']) {
      const page = files(tag);
      // The client and validator are in the data elements' shared chunk.
      assert.ok(
        !page.some((file) => /^ogp-embed-data-/.test(file)) && page.length <= 3,
        `<${tag}>: ${page.join(', ')}`,
      );
    }
  });

  test("the chunk of every element imports the prefetch's small chunk, the same file, rather than holding its code again", () => {
    const { map } = loaderMap();
    const [, ...prefetchImports] = filesOfChunk(map, map.prefetch);
    const [, ...allImports] = filesOfChunk(map, map.all);
    assert.equal(prefetchImports.length, 1, prefetchImports.join(', '));
    assert.deepEqual(allImports, prefetchImports);
  });

  test('every documented element has a page budget and a chunk in the loader', () => {
    const { map } = loaderMap();
    assert.deepEqual(Object.keys(map.elements).sort(), documentedTags().sort());
    assert.deepEqual(
      Object.keys(PAGE_BUDGETS)
        .filter((tag) => tag !== '*')
        .sort(),
      documentedTags().sort(),
    );
  });
});

/**
 * Text that must not be in the embed, and why. Each one is a real risk: code from strings is
 * refused by strict pages; HTML from data is how a feed would inject script; storage and
 * cookies would track the readers of a government page.
 */
const MUST_NOT_APPEAR: [RegExp, string][] = [
  [/\beval\s*\(/, 'eval: code from strings, refused by a strict Content-Security-Policy'],
  [/new\s+Function\s*\(/, 'new Function: code from strings, refused by a strict Content-Security-Policy'],
  [/\.outerHTML\s*=|insertAdjacentHTML|document\.write/, 'HTML from strings: data is never rendered as HTML'],
  [/"unsafeHTML"|"unsafeSVG"/, "Lit's unsafeHTML/unsafeSVG directives: data is never rendered as HTML"],
  [/dev mode/, "Lit's development build: its warnings and checks are for development only"],
  [
    /localStorage|sessionStorage|document\.cookie|indexedDB/,
    'storage or cookies: the embed keeps nothing about readers',
  ],
  [/process\.env/, 'process.env: a Node-only global, a ReferenceError in a browser'],
  [/\bdebugger\b|console\.log/, 'debugging left in'],
  [/"\$?Zod[A-Z]\w*"/, 'zod: parseFeed runs the validator generated from the zod schemas, not zod'],
  [/Nevalida|Ungültige Eingabe|Entrada inválida/, "zod's locales: the SDK writes its own messages in both languages"],
  [/json-schema\.org/, "a JSON Schema generator: a publisher tool, not for readers' pages"],
];

describe('names that must not appear in the embed', () => {
  before(requireBuild);
  for (const [pattern, why] of MUST_NOT_APPEAR) {
    test(`no file of the embed has ${pattern.source}`, () => {
      for (const file of EMBEDS()) {
        const text = embedCode(file);
        const found = pattern.exec(text);
        const around = found ? text.slice(Math.max(0, found.index - 60), found.index + 60) : '';
        assert.equal(found?.[0], undefined, `${file}: ${why}; found in: …${around}…`);
      }
    });
  }

  test("innerHTML is assigned only where Lit's own template parser does: once in the single file, the chunk of every element, and the parts", () => {
    const lit = readFileSync(join(ROOT, 'node_modules/lit-html/lit-html.js'), 'utf8');
    const assignments = (text: string) => text.match(/\.innerHTML\s*=[^=]/g)?.length ?? 0;
    const parts = chunkFiles().filter((file) => !file.startsWith('ogp-embed-all-'));
    const all = chunkFiles().filter((file) => file.startsWith('ogp-embed-all-'));
    assert.equal(assignments(code('ogp-embed.bundle.js')), assignments(lit));
    assert.equal(
      all.reduce((sum, file) => sum + assignments(chunk(file)), 0),
      assignments(lit),
    );
    assert.equal(
      parts.reduce((sum, file) => sum + assignments(chunk(file)), 0),
      assignments(lit),
    );
    for (const file of LOADERS) assert.equal(assignments(code(file)), 0, file);
  });
});

describe("the embed's template literals are minified, keeping what renders and what CSS means", () => {
  /** Both plugins of the embed's build, in their order, on one module. */
  const minified = async (code: string) => {
    let out = code;
    for (const plugin of minifyTemplateLiterals()) {
      const transform = plugin.transform as (
        this: unknown,
        code: string,
        id: string,
      ) => Promise<{ code: string } | null> | { code: string } | null;
      out =
        (
          await transform.call(
            {
              parse: parseAst,
              warn() {},
              error(e: unknown) {
                throw e;
              },
            },
            out,
            '/src/x.ts',
          )
        )?.code ?? out;
    }
    return out;
  };

  test('markup: indentation collapses to one space, a space between inline elements stays, an empty alt stays', async () => {
    const out = await minified(
      'import { html } from \'lit\';\nexport const t = (x) => html`<ul>\n    <li><b>${x}</b> <i>b</i></li>\n  </ul>\n  <img alt="" src=${x}>`;',
    );
    assert.match(out, /<ul> ?<li><b>\$\{x\}<\/b> <i>b<\/i><\/li> ?<\/ul>/);
    assert.match(out, /<img alt="" src=/);
  });

  test('styles: comments and spaces go, strings and a descendant space before a pseudo-class stay', async () => {
    const out = await minified(
      "import { css } from 'lit';\nexport const s = css`\n  a :hover {\n    /* why */\n    content: ' :  ; { ';\n    color: red;\n  }\n`;",
    );
    // eslint-disable-next-line no-regex-spaces -- the minified CSS's own two spaces, as written
    assert.match(out, /a :hover\{content:" :  ; \{ ";color:red\}|a :hover\{content:' :  ; \{ ';color:red\}/);
    assert.doesNotMatch(out, /why/);
  });

  test('a module of plain css`...` uses unsafeCSS on the same text (no css() in the embed); one that interpolates keeps css()', () => {
    const transform = (code: string) =>
      (plainCssAsUnsafeCss().transform as (this: unknown, code: string, id: string) => { code: string } | null).call(
        { parse: parseAst },
        code,
        '/src/x.styles.js',
      )?.code;
    assert.equal(
      transform("import { css } from 'lit';\nexport const a = css`:host{display:block}`;"),
      "import { unsafeCSS as css } from 'lit';\nexport const a = css(`:host{display:block}`);",
    );
    assert.equal(
      transform("import { css, unsafeCSS } from 'lit';\nexport const a = css`a{color:${unsafeCSS('red')}}`;"),
      undefined,
    );
  });
});

describe('the embed files are in the right form', () => {
  before(requireBuild);
  const staticImports = (text: string) => {
    const ast = parseAst(text) as unknown as { body: { type: string; source?: unknown }[] };
    return ast.body.filter(
      (node) => node.type === 'ImportDeclaration' || (node.type.startsWith('Export') && node.source),
    );
  };

  test('ogp-embed.js is an ES module that imports nothing before it runs, and its chunks only with import()', () => {
    assert.deepEqual(staticImports(code('ogp-embed.js')), []);
    assert.match(code('ogp-embed.js'), /\bimport\(/);
    assert.match(code('ogp-embed.js'), /import\.meta\.url/);
  });

  test('each language chunk stands alone: it imports nothing (the classic scripts load it too)', () => {
    for (const file of LANGUAGE_CHUNKS) {
      assert.deepEqual(staticImports(code(file)), [], `${file} imports nothing`);
      assert.ok(!/\bimport\s*\(/.test(code(file)), `${file} has no dynamic import`);
    }
  });

  test('the chunk of every element imports the language chunks when needed, not their words', () => {
    const all = chunkFiles().filter((file) => file.startsWith('ogp-embed-all-'));
    const dynamic = all
      .flatMap((file) => [...chunk(file).matchAll(/\bimport\s*\(\s*"([^"]*)"\s*\)/g)].map((match) => match[1]))
      .sort();
    assert.deepEqual(dynamic, LANGUAGE_CHUNKS.map((file) => `./${file}`).sort());
  });

  test('ogp-embed.iife.js and ogp-embed.bundle.js are classic scripts (no import or export syntax but import())', () => {
    for (const file of ['ogp-embed.iife.js', 'ogp-embed.bundle.js'] as const) {
      assert.doesNotThrow(() => new Script(code(file), { filename: file }), file);
    }
    assert.match(code('ogp-embed.iife.js'), /document\.currentScript\.src/);
  });

  test('ogp-embed.bundle.js holds everything for Spanish and English; other languages only if their chunk is beside it', () => {
    assert.deepEqual(staticImports(code('ogp-embed.bundle.js')), []);
    const dynamic = [...code('ogp-embed.bundle.js').matchAll(/\bimport\s*\(\s*"([^"]*)"\s*\)/g)]
      .map((match) => match[1])
      .sort();
    assert.deepEqual(dynamic, ['./ogp-embed-fr.js', './ogp-embed-pt.js']);
  });

  test('the files that hold Lit start with the license banner naming it; the loaders with their own', () => {
    assert.match(code('ogp-embed.bundle.js'), /^\/\*! ogp-embed \S+ \(MIT\) \| bundles Lit [\d.]+ \(BSD-3-Clause\)/);
    const withLit = chunkFiles().filter((file) => /lit-html|LitElement|litPropertyMetadata/.test(chunk(file)));
    assert.ok(withLit.length >= 2, 'Lit is in the shared chunk and in the chunk of every element');
    for (const file of withLit)
      assert.match(chunk(file), /^\/\*! ogp-embed \S+ \(MIT\) \| bundles Lit [\d.]+ \(BSD-3-Clause\)/, file);
    for (const file of LOADERS) assert.match(code(file), /^\/\*! ogp-embed \S+ \(MIT\) \*\//, file);
  });
});

describe('importing one element from the package pulls in only that element', () => {
  before(requireBuild);
  /** Bundles `entry` against the built package, as a user's bundler would (no `source` condition). */
  async function bundleFromDist(entry: string): Promise<string> {
    const result = await build({
      stdin: { contents: entry, resolveDir: ROOT, loader: 'js' },
      bundle: true,
      write: false,
      format: 'esm',
      minify: true,
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.text;
  }

  test('`@ogp-embed/elements/progress-bar` holds no other element', async () => {
    const output = await bundleFromDist(`import '@ogp-embed/elements/progress-bar';`);
    const others = documentedTags().filter((tag) => tag !== 'ogp-progress-bar');
    assert.ok(others.length >= 1, 'custom-elements.json documents more than one element');
    assert.match(output, /ogp-progress-bar/);
    assert.deepEqual(
      others.filter((tag) => output.includes(tag)),
      [],
    );
  });

  test('`@ogp-embed/elements/progress-bar` holds no feed parser (zod) and no HTTP client (ky)', async () => {
    const output = await bundleFromDist(`import '@ogp-embed/elements/progress-bar';`);
    // zod names its schema classes in strings; ky names its retry error.
    assert.doesNotMatch(output, /"\$?Zod[A-Z]\w*"/, 'zod is in');
    assert.doesNotMatch(output, /ForceRetryError/, 'ky is in');
  });

  test('the class from the package root registers nothing and holds no other element', async () => {
    const output = await bundleFromDist(
      `import { OgpProgressBar } from '@ogp-embed/elements'; console.info(OgpProgressBar);`,
    );
    assert.doesNotMatch(output, /customElements\.define/);
    assert.deepEqual(
      documentedTags().filter((tag) => tag !== 'ogp-progress-bar' && output.includes(tag)),
      [],
    );
  });
});

describe('the embed in Chromium, on a page that forbids eval', () => {
  let server: Server;
  let browser: Browser;
  let origin = '';
  // Scripts from this origin only, no eval, no inline script: what a strict government page sets.
  const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'";

  before(async () => {
    requireBuild();
    // The loader defines the elements a page uses: these pages use every one.
    const every = documentedTags()
      .map((tag) => `<${tag}></${tag}>`)
      .join('');
    const pages: Record<string, { type: string; body: string }> = {
      '/module.html': {
        type: 'text/html',
        body: `<!doctype html><script type="module" src="/ogp-embed.js"></script>${every}`,
      },
      '/classic.html': { type: 'text/html', body: `<!doctype html><script src="/ogp-embed.iife.js"></script>${every}` },
      '/bundle.html': { type: 'text/html', body: `<!doctype html><script src="/ogp-embed.bundle.js"></script>` },
      '/ogp-embed.js': { type: 'text/javascript', body: code('ogp-embed.js') },
      '/ogp-embed.iife.js': { type: 'text/javascript', body: code('ogp-embed.iife.js') },
      '/ogp-embed.bundle.js': { type: 'text/javascript', body: code('ogp-embed.bundle.js') },
      ...Object.fromEntries(chunkFiles().map((file) => [`/${file}`, { type: 'text/javascript', body: chunk(file) }])),
      // Chromium asks for it; a 404 would show up as a console error.
      '/favicon.ico': { type: 'image/x-icon', body: '' },
      // The real Chile sample: fetching and parsing it runs every check of the format.
      '/feed.json': { type: 'application/json', body: readFileSync(join(ROOT, 'examples/feeds/chile.json'), 'utf8') },
    };
    server = createServer((request, response) => {
      const page = pages[request.url ?? ''];
      response.writeHead(page ? 200 : 404, {
        'content-type': page?.type ?? 'text/plain',
        'content-security-policy': POLICY,
      });
      response.end(page?.body ?? 'not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  for (const page of ['module', 'classic', 'bundle'] as const) {
    test(`the ${page} script registers every documented element, with no error and no violation`, async () => {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const problems: string[] = [];
      tab.on('console', (message) => {
        const where = message.location().url;
        const text = `${message.text()}${where ? ` (${where})` : ''}`;
        // This host publishes no parts: the elements' one look for them is no problem.
        // These tags are bare on purpose (no src): each data element saying so in one line is right.
        if (
          (message.type() === 'error' || message.type() === 'warning') &&
          !PARTS_LOOKUP.test(text) &&
          !NO_SRC.test(text)
        )
          problems.push(text);
      });
      tab.on('pageerror', (error) => problems.push(error.message));
      const asked: string[] = [];
      tab.on('request', (request) => asked.push(new URL(request.url()).pathname));
      await tab.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await tab.goto(`${origin}/${page}.html`);
      const tags = documentedTags();
      // goto waits for `load`, after every script, module or classic, has run.
      const seen = await tab.evaluate(async (names) => {
        const timeout = new Promise((resolve) => setTimeout(resolve, 5000));
        await Promise.race([Promise.all(names.map((name) => customElements.whenDefined(name))), timeout]);
        const defined = names.filter((name) => customElements.get(name) !== undefined);
        // A commitment from a feed: a fetch, then the whole feed parsed, under the policy.
        const card = document.createElement('ogp-commitment');
        const loaded = new Promise<string>((resolve) => {
          card.addEventListener('ogp-load', () => resolve('ogp-load'));
          card.addEventListener('ogp-error', (event) =>
            resolve(`ogp-error: ${JSON.stringify((event as CustomEvent).detail)}`),
          );
          setTimeout(() => resolve('no event within 5 s'), 5000);
        });
        card.setAttribute('src', '/feed.json');
        card.setAttribute('commitment', 'CL0069');
        document.body.append(card);
        return { defined, loaded: await loaded, text: card.shadowRoot?.textContent ?? '' };
      }, tags);
      await context.close();
      assert.deepEqual(seen.defined, tags);
      assert.equal(seen.loaded, 'ogp-load');
      assert.match(
        seen.text,
        /plataforma integrada|integrated legislative/,
        'the card shows the commitment title from the feed',
      );
      assert.deepEqual(problems, []);
      // The single file reads the whole feed, never its slices (docs/bundles.md); the loader's pages look for them.
      const slices = asked.filter((path) => path.startsWith('/feed.parts/'));
      if (page === 'bundle') assert.deepEqual(slices, []);
      else assert.ok(slices.length > 0, `the ${page} page looks for the feed's slices`);
    });
  }
});
