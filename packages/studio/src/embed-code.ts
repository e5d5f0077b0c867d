/**
 * The code that embeds one plan, commitment or forum: the HTML for any site (the script and the
 * element's tag), the WordPress plugin's block and its shortcode. Every value is escaped for the
 * attribute it goes in; ids and URLs come from the officer's data and typing.
 */
import type { EntityKind } from './words.js';

export interface EmbedOptions {
  /** Where feed.json will be served. */
  feedUrl: string;
  /** Where the loader script is served. */
  scriptUrl: string;
  /** A commitment's variant, a plan's cards' (see `VARIANTS`); the first of a kind is its default. */
  variant: string;
  /** The card's language, or '' for the page's own. */
  lang: string;
  live: boolean;
}

export interface EmbedCode {
  html: string;
  block: string;
  shortcode: string;
}

/** For each kind: its tag, the attribute naming the entity, and the plugin's block and shortcode. */
const KINDS: Record<
  EntityKind,
  { tag: string; idAttribute: string; variantAttribute?: string; block: string; shortcode: string }
> = {
  commitment: {
    tag: 'ogp-commitment',
    idAttribute: 'commitment',
    variantAttribute: 'variant',
    block: 'ogp-embed/commitment',
    shortcode: 'ogp_commitment',
  },
  plan: {
    tag: 'ogp-plan',
    idAttribute: 'plan',
    variantAttribute: 'card-variant',
    block: 'ogp-embed/plan',
    shortcode: 'ogp_plan',
  },
  forum: { tag: 'ogp-agreements', idAttribute: 'forum', block: 'ogp-embed/agreements', shortcode: 'ogp_agreements' },
};

/** The layouts each kind has, its default first: as the elements and the WordPress plugin (includes/kinds.php) take them. */
export const VARIANTS: Record<EntityKind, readonly string[]> = {
  commitment: ['card', 'compact', 'full'],
  plan: ['card', 'compact'],
  forum: [],
};

export const DEFAULT_SCRIPT_URL = 'https://cdn.jsdelivr.net/npm/@ogp-embed/elements@0.1/dist/ogp-embed.js';
/** Shown in the code until the officer types the real address. */
export const FEED_URL_PLACEHOLDER = 'https://www.example.org/ogp/feed.json';

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A shortcode's attribute value: WordPress ends it at a quote and reads `[`/`]` as the shortcode's end. */
const escapeShortcode = (value: string) => value.replace(/["[\]]/g, (c) => `&#${c.charCodeAt(0)};`);

export function embedCode(kind: EntityKind, id: string, options: EmbedOptions): EmbedCode {
  const spec = KINDS[kind];
  const feedUrl = options.feedUrl.trim() || FEED_URL_PLACEHOLDER;
  const variants = VARIANTS[kind];
  // The default needs no attribute; a variant the kind does not have is none.
  const variant = variants.includes(options.variant) && options.variant !== variants[0] ? options.variant : undefined;
  const attributes: [string, string | true][] = [
    ['src', feedUrl],
    [spec.idAttribute, id],
    ...(variant && spec.variantAttribute ? [[spec.variantAttribute, variant] as [string, string]] : []),
    ...(options.lang ? [['lang', options.lang] as [string, string]] : []),
    ...(options.live ? [['live', true] as [string, true]] : []),
  ];
  const tagAttributes = attributes
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const html =
    `<script type="module" src="${escapeAttribute(options.scriptUrl.trim() || DEFAULT_SCRIPT_URL)}"></script>\n` +
    `<${spec.tag}${tagAttributes}></${spec.tag}>`;

  const blockAttributes: Record<string, string | boolean> = { id, src: feedUrl };
  if (variant) blockAttributes.variant = variant;
  if (options.lang) blockAttributes.lang = options.lang;
  if (options.live) blockAttributes.live = true;
  // WordPress writes `--` in a block's comment as \u002d\u002d; JSON.stringify never makes `--` from these values but a URL may hold it.
  const block = `<!-- wp:${spec.block} ${JSON.stringify(blockAttributes).replace(/--/g, '\\u002d\\u002d')} /-->`;

  const shortcodeAttributes = [
    `id="${escapeShortcode(id)}"`,
    `src="${escapeShortcode(feedUrl)}"`,
    ...(variant ? [`variant="${variant}"`] : []),
    ...(options.lang ? [`lang="${escapeShortcode(options.lang)}"`] : []),
    ...(options.live ? ['live="true"'] : []),
  ];
  const shortcode = `[${spec.shortcode} ${shortcodeAttributes.join(' ')}]`;
  return { html, block, shortcode };
}
