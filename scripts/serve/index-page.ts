/**
 * The demo's front page: every example (its `<title>` and `<meta name="description">`), the
 * feeds, the bundles with their sizes, and Storybook's build when there is one.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface IndexPageInput {
  examplesDir: string;
  distDir: string;
  storybookDir: string;
  /** The studio's build (packages/studio/dist); unset: not linked. */
  studioDir?: string;
  /** Seconds between rewrites of the live feed. */
  liveSeconds: number;
}

interface Example {
  href: string;
  title: string;
  description: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function decodeEntities(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (entity) => Object.entries(ESCAPES).find(([, e]) => e === entity)?.[0] ?? entity,
  );
}

function metaOf(html: string): { title?: string; description?: string } {
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1];
  const description = /<meta\s+name="description"\s+content="([^"]*)"/i.exec(html)?.[1];
  return { title: title && decodeEntities(title.trim()), description: description && decodeEntities(description) };
}

/** Example folders with an index.html, and how-tos (README.md) without one. */
export function listExamples(examplesDir: string): Example[] {
  if (!existsSync(examplesDir)) return [];
  return readdirSync(examplesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'feeds')
    .flatMap((entry): Example[] => {
      const page = join(examplesDir, entry.name, 'index.html');
      if (!existsSync(page)) return [];
      const { title = entry.name, description = '' } = metaOf(readFileSync(page, 'utf8'));
      return [{ href: `/examples/${entry.name}/`, title, description }];
    })
    .sort((a, b) => a.href.localeCompare(b.href));
}

function size(path: string): string {
  const bytes = readFileSync(path);
  return `${(bytes.byteLength / 1024).toFixed(1)} KB, ${(gzipSync(bytes, { level: 9 }).byteLength / 1024).toFixed(1)} KB gzipped`;
}

export function renderIndexPage(input: IndexPageInput): string {
  const examples = listExamples(input.examplesDir);
  const bundles = ['ogp-embed.js', 'ogp-embed.iife.js'].filter((name) => existsSync(join(input.distDir, name)));
  const storybook = existsSync(join(input.storybookDir, 'index.html'));
  const studio = input.studioDir !== undefined && existsSync(join(input.studioDir, 'index.html'));
  const howTos = existsSync(input.examplesDir)
    ? readdirSync(input.examplesDir).filter(
        (name) => name !== 'feeds' && existsSync(join(input.examplesDir, name, 'README.md')),
      )
    : [];
  const item = (href: string, text: string, note = '') =>
    `<li><a href="${escapeHtml(href)}">${escapeHtml(text)}</a>${note ? ` — ${escapeHtml(note)}` : ''}</li>`;
  const sample = join(input.examplesDir, 'feeds', 'chile.json');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ogp-embed demo</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color-scheme: light dark; }
  code { font-size: 0.9em; }
  li { margin: 0.25rem 0; }
</style>
</head>
<body>
<h1>ogp-embed demo</h1>
<p>The live status of Open Government Partnership commitments, embedded with one script tag.
Everything here is served from this machine; nothing is fetched from the internet.</p>

<h2>Studio</h2>
<p>${
    studio
      ? '<a href="/studio/">Studio</a> — open your spreadsheets, a Decidim or Gobierto export or a feed, see its problems, preview every card, copy the embed code and download the folder to upload; in the browser, nothing sent anywhere.'
      : 'The studio is not built: run <code>npm run build</code>.'
  }</p>

<h2>Examples</h2>
<ul>
${examples.map((e) => item(e.href, e.title, e.description)).join('\n')}
${howTos.map((name) => item(`/examples/${name}/README.md`, `How-to: ${name}`, 'step by step, with the snippet')).join('\n')}
</ul>

<h2>Feeds</h2>
<ul>
${existsSync(sample) ? item('/feeds/chile.json', 'feeds/chile.json', `Chile's 4th-6th plans and the Mesa de Gobierno Abierto (real data; ${Math.round(statSync(sample).size / 1024)} KB)`) : ''}
${item('/feeds/live.json', 'feeds/live.json', `the same, rewritten every ${input.liveSeconds} s: CL0081's illustrative progress moves`)}
</ul>
<p>Where the sample comes from, and what in it is illustrative: <a href="/feeds/README.md">feeds/README.md</a>.
Served as a static host should serve a feed: <code>ETag</code>, <code>Last-Modified</code>,
<code>Cache-Control: no-cache</code> and CORS headers, with <code>304 Not Modified</code> when unchanged.
Beside each, its published parts, as after <code>ogp-embed publish</code>: <a href="/feeds/chile.parts/index.json">chile.parts/index.json</a>,
<a href="/feeds/chile.parts/commitment/CL0069.json">chile.parts/commitment/CL0069.json</a>, <a href="/feeds/live.parts/index.json">live.parts/index.json</a>.</p>

<h2>Bundles</h2>
<ul>
${bundles.length ? bundles.map((name) => item(`/dist/${name}`, name, size(join(input.distDir, name)))).join('\n') : '<li>Not built: run <code>npm run build</code>.</li>'}
</ul>

<h2>Storybook</h2>
<p>${storybook ? '<a href="/storybook/">Every element in every state</a>.' : 'Not built: run <code>npm run build-storybook</code>, then reload this page (or <code>npm run storybook</code> for the live one).'}</p>
</body>
</html>
`;
}
