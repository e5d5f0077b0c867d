/**
 * A page rendered on the server with its card inside it (docs/embedding.md#snapshots): what an
 * Eleventy shortcode, an Astro component or an Express route does with `@ogp-embed/elements/ssr`.
 * test/e2e/snapshot.test.ts serves this very page under a strict Content-Security-Policy.
 */
import { renderSnapshot } from '@ogp-embed/elements/ssr';

export interface PageOptions {
  /** The feed's JSON, as read from a file or an API. */
  feed: unknown;
  commitment: string;
  lang: string;
  /** Where the page's readers get `ogp-embed.js` (its style sheets are beside it). */
  script: string;
  /** The feed's address as readers' browsers reach it: the card goes live from there. */
  src: string;
  /** The date the snapshot is of (default now). */
  now?: Date;
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export async function snapshotPage({ feed, commitment, lang, script, src, now }: PageOptions): Promise<string> {
  const card = await renderSnapshot({
    tag: 'ogp-commitment',
    attributes: { commitment, src },
    feed,
    lang,
    styles: script.replace(/[^/]*$/, ''),
    now,
    fallback: { text: commitment },
  });
  return `<!doctype html>
<html lang="${escape(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>Gobierno abierto</title>
<script type="module" src="${escape(script)}" async></script>
</head>
<body>
<h1>Gobierno abierto</h1>
<p>El primer párrafo del artículo, antes del compromiso.</p>
${card}
<p id="below">El párrafo que sigue al compromiso.</p>
</body>
</html>
`;
}
