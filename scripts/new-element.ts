/**
 * `npm run new-element -- <name> [--data] [--root <dir>]`: writes a new element's folder and
 * registers it everywhere the repository lists its elements, then says what is left to fill in.
 *
 * - `<name>`: the tag without its prefix (`budget-chart` makes `<ogp-budget-chart>`); `ogp-` in
 *   front is accepted too.
 * - `--data`: an element that shows a commitment from a feed (extends `OgpDataElement`); without
 *   it, an element that shows what its attributes say (extends `OgpElement`).
 * - `--root`: the repository to write into (default: this one); the test writes into a copy.
 *
 * It refuses a name already taken and a name that is not a valid tag, and changes nothing then.
 * Every edit is an insertion next to a line it finds; if a file no longer has that line, it stops
 * before writing anything and names the file, rather than leave half an element behind.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const LANGUAGES = ['en', 'es', 'pt', 'fr'] as const;

export interface NewElementOptions {
  name: string;
  data?: boolean;
  root?: string;
}

export interface NewElementResult {
  tag: string;
  written: string[];
  changed: string[];
  next: string[];
}

/** A name that makes a valid custom-element tag after `ogp-`: lower-case words joined by hyphens. */
const VALID_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

const camel = (name: string) => name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = (name: string) => camel(name).replace(/^./, (c) => c.toUpperCase());
const words = (name: string) => name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** Thrown for a name refused or a file whose shape the script no longer recognises. */
export class NewElementError extends Error {}

/** `text` with `insert` put before (or after) the first match of `anchor`; throws naming `file` when there is none. */
function insertAt(text: string, anchor: RegExp, insert: string, file: string, where: 'before' | 'after'): string {
  const match = anchor.exec(text);
  if (!match)
    throw new NewElementError(`${file}: cannot find ${anchor} to insert the new element next to; add it by hand`);
  const at = where === 'before' ? match.index : match.index + match[0].length;
  return text.slice(0, at) + insert + text.slice(at);
}

/** The last match of a global `pattern`, as an anchor for `insertAt(…, 'after')`. */
function lastMatch(pattern: RegExp, text: string, file: string): RegExp {
  const all = [...text.matchAll(pattern)];
  const last = all.at(-1);
  if (!last) throw new NewElementError(`${file}: cannot find ${pattern}; add the new element by hand`);
  return new RegExp(last[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/** `text` with `insert` as the last entry of the object literal that follows `start` (it closes with `};` on its own line). */
function insertInTable(text: string, start: string, insert: string, file: string): string {
  const from = text.indexOf(start);
  const end = from < 0 ? -1 : text.indexOf('\n};', from);
  if (end < 0) throw new NewElementError(`${file}: cannot find ${start} = { … }; add the new element by hand`);
  return text.slice(0, end + 1) + insert + text.slice(end + 1);
}

export function newElement({ name: given, data = false, root = process.cwd() }: NewElementOptions): NewElementResult {
  const name = given.replace(/^ogp-/, '');
  if (!VALID_NAME.test(name)) {
    throw new NewElementError(
      `"${given}" is not a valid element name: lower-case letters and digits, words joined by single hyphens, starting with a letter (e.g. budget-chart)`,
    );
  }
  const tag = `ogp-${name}`;
  const className = `Ogp${pascal(name)}`;
  const key = camel(name);
  const src = join(root, 'packages/elements/src');
  const folder = join(src, name);
  const defineAll = join(src, 'define-all.ts');
  if (!existsSync(defineAll)) throw new NewElementError(`${defineAll} not found: is ${root} the repository's root?`);
  if (existsSync(folder) || readFileSync(defineAll, 'utf8').includes(`'./${name}/define.js'`)) {
    throw new NewElementError(`${tag} already exists (packages/elements/src/${name}); pick another name`);
  }
  if (existsSync(join(root, `stories/${name}.stories.ts`)))
    throw new NewElementError(`stories/${name}.stories.ts already exists; pick another name`);

  // Every change is computed first, then written: a refusal halfway writes nothing.
  const files = new Map<string, string>();
  const edit = (path: string, change: (text: string, file: string) => string) => {
    const file = join(root, path);
    files.set(file, change(files.get(file) ?? readFileSync(file, 'utf8'), path));
  };
  const create = (path: string, text: string) => files.set(join(root, path), text);

  const base = `packages/elements/src/${name}`;
  create(`${base}/${name}.styles.ts`, stylesSource(key, data));
  create(
    `${base}/${name}.ts`,
    data ? dataElementSource(name, tag, className, key) : elementSource(name, tag, className, key),
  );
  create(`${base}/define.ts`, defineSource(name, tag, className, data));
  create(`stories/${name}.stories.ts`, storySource(name, tag, data));

  edit('packages/elements/src/define-all.ts', (text) => `${text.trimEnd()}\nimport './${name}/define.js';\n`);
  edit('packages/elements/src/index.ts', (text, file) =>
    insertAt(
      text,
      lastMatch(/^export \{ Ogp\w+ \} from '\.\/(?!shared)[a-z0-9-]+\/[a-z0-9-]+\.js';\n/gm, text, file),
      `export { ${className} } from './${name}/${name}.js';\n`,
      file,
      'after',
    ),
  );
  // The words: a group in the type of every language's table, and in each table.
  edit('packages/elements/src/i18n/strings.ts', (text, file) =>
    insertAt(
      text,
      /\n\}\s*$/,
      `\n  ${key}: {\n    /** The element's accessible name. */\n    label: string;\n  };`,
      file,
      'before',
    ),
  );
  for (const lang of LANGUAGES) {
    edit(`packages/elements/src/i18n/${lang}.ts`, (text, file) =>
      insertInTable(text, ': Strings = {', `  ${key}: {\n    label: '${words(name)}',\n  },\n`, file),
    );
  }
  // A budget for a page with only this element: the build fails without one.
  edit('scripts/rollup/budgets.js', (text, file) =>
    insertAt(
      text,
      /^ {2}'\*': /m,
      `  // Provisional (copied from ${data ? 'ogp-indicator' : 'ogp-status-badge'}'s): set it to the size \`npm run size\` measures plus a small margin.\n  '${tag}': ${data ? '29.6' : '11.5'} * KB,\n`,
      file,
      'before',
    ),
  );

  if (data) {
    // The part of the feed it reads, for the element and the loader's prefetch alike.
    edit('packages/elements/src/shared/data-slices.ts', (text, file) =>
      insertInTable(text, 'export const DATA_SLICES', `  '${tag}': commitmentSlice,\n`, file),
    );
    // The space kept for it before it is defined (its styles' --_skeleton-height).
    edit('packages/elements/src/loader/loader.ts', (text, file) =>
      insertInTable(text, 'export const SKELETON_HEIGHTS', `  '${tag}': '10rem',\n`, file),
    );
    // The WordPress plugin: a kind (block and shortcode) and its block.json.
    const plugin = 'packages/wordpress/ogp-embed';
    edit(`${plugin}/includes/kinds.php`, (text, file) =>
      insertAt(
        text,
        /(function ogp_embed_kinds\(\) \{\n\treturn array\(\n(?:.*\n)*?)(?=\t\);\n\})/,
        kindSource(name, tag),
        file,
        'after',
      ),
    );
    create(`${plugin}/blocks/${name}/block.json`, blockSource(name));
  }

  for (const [file, text] of files) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  const shown = (file: string) => relative(root, file);
  const isNew = (file: string) =>
    file.startsWith(folder) || file.endsWith('.stories.ts') || file.endsWith('block.json');
  const all = [...files.keys()];
  return {
    tag,
    written: all.filter(isNew).map(shown),
    changed: all.filter((file) => !isNew(file)).map(shown),
    next: [
      `${base}/${name}.ts: its properties, its render${data ? 'Data' : ''}() and the JSDoc (@summary, @attr, @csspart, @cssproperty${data ? ', @event' : ''}) that custom-elements.json and Storybook read`,
      `packages/elements/src/i18n/{es,pt,fr}.ts: put "${key}.label" (and every string you add to strings.ts) into native words; test/node/i18n-tables.test.ts checks that no language misses one`,
      `stories/${name}.stories.ts: a story for each state a reader can meet`,
      `scripts/rollup/budgets.js: the page budget is provisional; run \`npm run build 2>&1 | grep OVER\` and \`npm run size\`, then set it to the measured size plus a small margin`,
      `tests: packages/elements/test/${name}.test.ts (real Chromium, axe) and a line under "Unreleased" in CHANGELOG.md`,
      ...(data
        ? [
            `packages/elements/src/shared/data-slices.ts: '${tag}' reads one commitment's slice (commitmentSlice); change it if the element shows something else`,
            `packages/elements/src/loader/loader.ts: SKELETON_HEIGHTS['${tag}'] must equal --_skeleton-height in ${name}.styles.ts (test/e2e/loader.test.ts holds them equal)`,
            `packages/wordpress/ogp-embed: the kind's fallback words (ogp_embed_fallback_words in includes/kinds.php), its shortcode in readme.txt, blocks/${name}/block.json's title and description, and the kinds list in test/node/wordpress-plugin.test.ts`,
          ]
        : []),
    ],
  };
}

function stylesSource(key: string, data: boolean): string {
  return `import { css } from 'lit';

export const ${key}Styles = css\`
  :host {
${data ? '    container-type: inline-size;\n    /* The loader keeps this much space for it before it is defined: SKELETON_HEIGHTS in loader.ts. */\n    --_skeleton-height: 10rem;\n' : ''}  }
  [part~=base] {
    display: block;
  }
\`;
`;
}

function elementSource(name: string, tag: string, className: string, key: string): string {
  return `import { html } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { hostStyles } from '../shared/host.styles.js';
import { OgpElement } from '../shared/ogp-element.js';
import { ${key}Styles } from './${name}.styles.js';

/**
 * @summary TODO: what a reader sees, in one sentence.
 *
 * @attr {string} label - The accessible name; default: the language's \`${key}.label\`.
 *
 * @csspart base - The whole element.
 */
export class ${className} extends OgpElement {
  static override styles = [hostStyles, ${key}Styles];

  static override properties: PropertyDeclarations = {
    label: {},
  };

  /** The accessible name. */
  declare label: string | undefined;

  protected override render(): TemplateResult {
    // While its language's words load, \`strings\` is undefined: show no other language's words.
    const label = this.label ?? this.strings?.${key}.label ?? '';
    return html\`<div part="base" role="group" aria-label=\${label}></div>\`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}
`;
}

function dataElementSource(name: string, tag: string, className: string, key: string): string {
  return `import { html } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { Commitment, Feed } from '@ogp-embed/sdk';
import { baseStyles } from '../shared/base.styles.js';
import { hostStyles } from '../shared/host.styles.js';
import { OgpDataElement } from '../shared/data-element.js';
import type { DataSlice, Selection } from '../shared/feed-controller.js';
import { commitmentSlice } from '../shared/data-slices.js';
import { commitmentById } from '../shared/lookups.js';
import { inLang } from '../shared/templates.js';
import { ${key}Styles } from './${name}.styles.js';

/**
 * @summary TODO: what a reader sees, in one sentence.
 *
 * Data: \`src\` + \`commitment="CL0081"\`, or the \`.commitment\` property with the commitment object.
 *
 * @attr {string} commitment - The commitment's id in the feed (as a property: the object itself).
 *
 * @slot - Fallback content, shown until the element has data (and when scripts are off).
 *
 * @csspart base - The whole element.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The error message.
 * @csspart footer - When the data was updated, and whether it is stale.
 *
 * @event ogp-load - The data is shown for the first time. \`detail: { data, feed, src, fetchedAt }\`.
 * @event ogp-change - A refresh changed the data. \`detail: { data, previous, feed, src, fetchedAt }\`.
 * @event ogp-error - Loading failed, or the commitment is not in the feed. \`detail: { error, code, message, stale, src }\`.
 */
export class ${className} extends OgpDataElement<Commitment> {
  static override styles = [hostStyles, baseStyles, ${key}Styles];

  static override properties: PropertyDeclarations = {
    commitment: {},
  };

  /** The commitment's id (attribute), or the commitment itself (property). */
  declare commitment: string | Commitment | undefined;

  /** The same slice the loader's prefetch asks for (DATA_SLICES in shared/data-slices.ts). */
  protected override dataSlice(): DataSlice | undefined {
    return commitmentSlice((name) => this[name as keyof this]);
  }

  protected override select(feed: Feed | undefined): Selection<Commitment> {
    return this.pick(this.commitment, feed, 'commitment', commitmentById);
  }

  protected override renderData(commitment: Commitment): TemplateResult {
    return html\`<section part="base" aria-label=\${this.t.${key}.label}>
      <p>\${inLang(this.text(commitment.title))}</p>
      \${this.renderFooter()}
    </section>\`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}
`;
}

function defineSource(name: string, tag: string, className: string, data: boolean): string {
  return `${data ? "import '../status-badge/define.js';\n" : ''}import { ${className} } from './${name}.js';
import { secondCopy } from '../shared/define-element.js';

// Guarded: a second copy of the bundle on the page must not throw, and says so once.
if (customElements.get('${tag}')) secondCopy('${tag}', ${className});
else customElements.define('${tag}', ${className});
`;
}

function storySource(name: string, tag: string, data: boolean): string {
  const title = words(name);
  return data
    ? `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@ogp-embed/elements/${name}';
import { fromSample } from './support/captions.js';
import { sampleFeed, STORY_NOW } from './support/sample.js';

const meta = {
  title: 'Elements/${title}',
  component: '${tag}',
  render: () => html\`\${fromSample('CL0081')}
    <${tag} .feed=\${sampleFeed} commitment="CL0081" .now=\${STORY_NOW} style="max-width: 40rem"></${tag}>\`,
} satisfies Meta;
export default meta;

type Story = StoryObj;

export const FromTheSample: Story = { name: 'Commitment CL0081' };
`
    : `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@ogp-embed/elements/${name}';
import { illustrative } from './support/captions.js';

interface Args {
  label: string;
}

const meta = {
  title: 'Elements/${title}',
  component: '${tag}',
  args: { label: '${title}' },
  render: ({ label }) => html\`<${tag} label=\${label}></${tag}>\`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {
  render: ({ label }) => html\`\${illustrative('un texto elegido en los controles / a label picked in the controls')}<${tag} label=\${label}></${tag}>\`,
};
`;
}

function kindSource(name: string, tag: string): string {
  const pad = (key: string) => `'${key}'`.padEnd(14);
  return `\t\t'${name}' => array(
\t\t\t${pad('tag')} => '${tag}',
\t\t\t${pad('id_attr')} => 'commitment',
\t\t\t${pad('id_required')} => true,
\t\t\t${pad('variant_attr')} => '',
\t\t\t${pad('variants')} => array(),
\t\t\t${pad('list')} => 'commitments',
\t\t\t${pad('shortcode')} => 'ogp_${name.replace(/-/g, '_')}',
\t\t),
`;
}

function blockSource(name: string): string {
  const block = {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 3,
    name: `ogp-embed/${name}`,
    title: `OGP ${name.replace(/-/g, ' ')}`,
    category: 'embed',
    icon: 'media-default',
    description: 'TODO: what the block shows, in one sentence.',
    keywords: ['open government', 'OGP'],
    textdomain: 'ogp-embed',
    attributes: Object.fromEntries(
      [
        ['src', ''],
        ['id', ''],
        ['variant', ''],
        ['live', false],
        ['lang', ''],
        ['link', ''],
      ].map(([attribute, empty]) => [
        attribute,
        { type: typeof empty === 'boolean' ? 'boolean' : 'string', default: empty },
      ]),
    ),
    supports: { html: false, align: ['wide', 'full'] },
    editorScript: 'ogp-embed-editor',
  };
  return `${JSON.stringify(block, null, '\t')}\n`;
}

/** `<name> [--data] [--root <dir>]` from the command line. */
export function parseArgs(args: readonly string[]): NewElementOptions {
  const names: string[] = [];
  const options: NewElementOptions = { name: '' };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--data') options.data = true;
    else if (arg === '--root') options.root = resolve(args[++i] ?? '.');
    else if (arg.startsWith('-'))
      throw new NewElementError(`unknown option ${arg}; usage: npm run new-element -- <name> [--data] [--root <dir>]`);
    else names.push(arg);
  }
  if (names.length !== 1)
    throw new NewElementError('usage: npm run new-element -- <name> [--data] [--root <dir>]   (e.g. budget-chart)');
  options.name = names[0]!;
  return options;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const options = parseArgs(process.argv.slice(2));
    const result = newElement({ root: resolve(dirname(fileURLToPath(import.meta.url)), '..'), ...options });
    console.log(`<${result.tag}> scaffolded.\n\nWritten:\n${result.written.map((f) => `  ${f}`).join('\n')}`);
    console.log(`\nRegistered in:\n${result.changed.map((f) => `  ${f}`).join('\n')}`);
    console.log(
      '  (package.json needs nothing: its "./*" export already maps @ogp-embed/elements/<name> to <name>/define.ts,',
    );
    console.log('   and the build finds the new define.ts by itself: scripts/rollup/element-chunks.js)');
    console.log(`\nWhat you fill in next:\n${result.next.map((line) => `  - ${line}`).join('\n')}`);
  } catch (error) {
    if (!(error instanceof NewElementError)) throw error;
    console.error(`new-element: ${error.message}`);
    process.exitCode = 1;
  }
}
