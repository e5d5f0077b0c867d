/**
 * `@ogp-embed/elements/ssr`: an element written into HTML with its data inside it, on a server or
 * at build time (Node): the CLI's `snippet` and `publish`, Eleventy, Astro, Next, any Node server.
 *
 * It is the element's own Lit template, rendered by Lit's server renderer (`@lit-labs/ssr`) into a
 * declarative shadow root: a reader sees the card at the static page's time, scripts on or off, and
 * when the script comes the element takes over the same box (shared/ogp-element.ts). One
 * renderer: no second, hand-written copy of any card. Its styles are the element's own, linked
 * from the style sheet the build writes beside `ogp-embed.js` (`<tag>.css`) instead of a
 * `<style>` inside the shadow root, which a strict Content-Security-Policy (`style-src 'self'`)
 * blocks. Feed texts are bound as text (Lit escapes them): never markup.
 */
import { render } from '@lit-labs/ssr';
import type { RenderInfo } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { nothing } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { parseFeed, pickLanguage } from '@ogp-embed/sdk';
import type { Feed } from '@ogp-embed/sdk';
import { loadStrings } from '../i18n/load.js';
import { safeHref } from '../shared/safe-url.js';
import { defineSnapshotElements, SNAPSHOT_TAGS, styleSheetFile } from './elements.js';
import type { SnapshotTag } from './elements.js';

export { SNAPSHOT_TAGS, styleSheetFile };
export type { SnapshotTag };

/** The attributes a snapshot's element may carry, as written in the page. */
export const SNAPSHOT_ATTRIBUTES = [
  'commitment',
  'plan',
  'forum',
  'indicator',
  'variant',
  'src',
  'refresh',
  'slices',
  'heading-level',
  'page-size',
  'sort',
  'now',
  'live',
  'expanded',
] as const;
export type SnapshotAttribute = (typeof SNAPSHOT_ATTRIBUTES)[number];

export interface SnapshotOptions {
  /** The element: `ogp-commitment`, `ogp-plan`, `ogp-agreements`, `ogp-timeline`, `ogp-indicator`. */
  tag: SnapshotTag;
  /**
   * Its attributes as the page will have them: what it shows (`commitment="CL0081"`), where its
   * data comes from once live (`src`, `live`, `slices="none"`), how (`variant`). `true` for a
   * boolean attribute; `undefined` or `false` leaves it out.
   */
  attributes: Partial<Record<SnapshotAttribute, string | boolean | undefined>>;
  /** The feed the snapshot shows: the JSON as read (or a parsed feed), parsed as the elements parse it. */
  feed: Feed | unknown;
  /** The reader's language (`es`, `pt-BR`…): the element is written with this `lang`. */
  lang: string;
  /**
   * The folder the element's style sheets are served from, as the page reaches it: where
   * `ogp-embed.js` is (`https://cdn.example/ogp-embed/`, `/assets/ogp/`). Without it the styles
   * are written inline (`<style>`), which a page with a strict `style-src` refuses.
   */
  styles?: string;
  /** The date the figures are computed for and the "Updated" line says: the snapshot's. Default now. */
  now?: Date;
  /** Light-DOM content for browsers without declarative shadow DOM, as text (a link when `href` is safe). */
  fallback?: { text: string; href?: string };
}

/** What the page's element shows once its script runs: the same element, with a `snapshot` attribute saying since when. */
export async function renderSnapshot(options: SnapshotOptions): Promise<string> {
  const { tag, attributes, lang } = options;
  if (!SNAPSHOT_TAGS.includes(tag))
    throw new TypeError(`renderSnapshot: no snapshot for <${tag}>; one of ${SNAPSHOT_TAGS.join(', ')}`);
  const unknown = Object.keys(attributes).filter((name) => !(SNAPSHOT_ATTRIBUTES as readonly string[]).includes(name));
  if (unknown.length)
    throw new TypeError(
      `renderSnapshot: unknown attribute ${unknown.join(', ')}; known: ${SNAPSHOT_ATTRIBUTES.join(', ')}`,
    );
  await defineSnapshotElements();
  await loadStrings(pickLanguage(lang));
  const feed = asFeed(options.feed);
  const now = options.now ?? new Date();
  const a = (name: SnapshotAttribute) => {
    const value = attributes[name];
    return value === undefined || value === false ? nothing : value === true ? '' : value;
  };
  const fallback = options.fallback;
  const href = fallback && safeHref(fallback.href);
  const name = unsafeStatic(tag);
  // Every attribute bound (Lit escapes values); `.feed` and `.now` are properties, never written.
  // The tag is a static value (lit/static-html.js), which the lint rules for plain templates do not know.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  const template = html`<${name} lang=${lang} commitment=${a('commitment')} plan=${a('plan')} forum=${a('forum')}
    indicator=${a('indicator')} variant=${a('variant')} src=${a('src')} refresh=${a('refresh')} slices=${a('slices')}
    heading-level=${a('heading-level')} page-size=${a('page-size')} sort=${a('sort')} now=${a('now')} live=${a('live')}
    expanded=${a('expanded')} snapshot=${now.toISOString()} .feed=${feed} .now=${now}>${
      fallback ? (href ? html`<a href=${href}>${fallback.text}</a>` : fallback.text) : nothing
    }</${name}>`;
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
  const elementRenderers = [snapshotRenderer(lang, options.styles)];
  const markup = await collectResult(render(template, { elementRenderers } as Partial<RenderInfo>));
  return tidy(markup);
}

/** Feeds already read, by the object given: a folder of 10,000 snapshots parses its feed once. */
const read = new WeakMap<object, Feed>();

/** The feed as the elements read it (lenient parsing: defaults filled in); one that cannot be read is an error that says why. */
function asFeed(value: unknown): Feed {
  const known = typeof value === 'object' && value !== null ? read.get(value) : undefined;
  if (known) return known;
  const result = parseFeed(value);
  if (!result.ok) {
    const first = result.issues[0];
    throw new TypeError(`renderSnapshot: the feed cannot be read${first ? `: ${first.message}` : ''}`);
  }
  if (typeof value === 'object' && value !== null) read.set(value, result.feed);
  read.set(result.feed, result.feed);
  return result.feed;
}

/**
 * Lit's markers for hydration are comments (`<!--lit-part …-->`): the element renders itself
 * again rather than hydrate, so they go. Data is escaped text, so no `<!--` in it starts a comment.
 * The attributes Lit writes for bindings that had no value leave blanks between names.
 */
function tidy(markup: string): string {
  return sameIds(
    markup
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(ogp-[a-z-]+)\s+/g, '<$1 ')
      .replace(/\s+>/g, (space) => (space.includes('\n') ? '>' : space)),
  );
}

/**
 * The ids ARIA points to (`ogp7-title`) are numbered by the elements made so far in the process:
 * renumbered from 1 in each snapshot, the same data makes the same bytes (publish writes only what
 * changed, validate compares). Ids need only be unique in their shadow root. Only id and ARIA
 * attributes are touched: texts and links of the feed are never rewritten.
 */
function sameIds(markup: string): string {
  const numbers = new Map<string, number>();
  const renumber = (_: string, n: string) => `ogp${numbers.get(n) ?? numbers.set(n, numbers.size + 1).get(n)}-`;
  return markup.replace(/ (id|for|aria-[a-z]+)="[^"]*"/g, (attribute) => attribute.replace(/\bogp(\d+)-/g, renumber));
}

/**
 * Lit's own element renderer, which in a snapshot gives each element the page's language, and
 * links its styles (`<link rel="stylesheet">`, allowed by `style-src 'self'`) where Lit writes
 * them in a `<style>` element. Every element inside the snapshot gets its own sheet: shadow
 * roots do not share styles.
 */
function snapshotRenderer(lang: string, styles: string | undefined) {
  const folder = styles === undefined || styles === '' || styles.endsWith('/') ? styles : `${styles}/`;
  return class SnapshotElementRenderer extends LitElementRenderer {
    override connectedCallback(): void {
      const element = this.element as unknown as ServerElement;
      if (!element.lang) element.lang = lang;
      // Every element in a snapshot says it is one, so in the browser each keeps what it was
      // written with (shared/ogp-element.ts): the cards inside a plan's, the badge inside a card's
      // stay until the element the snapshot is of replaces the whole.
      if (!element.hasAttribute('snapshot')) element.setAttribute('snapshot', '');
      // Lit's server renderer calls `willUpdate` (which reads the language) but runs no controller
      // (they read the page): the order of a browser's update is kept by hand after it.
      super.connectedCallback();
      const { feedData, shown } = element;
      if (!feedData || !shown) return;
      // The data controller follows the `.feed` given, then the element picks what it shows of it,
      // as OgpDataElement's `update` does (shared/data-element.ts): the same `select`, the same ShownData.
      feedData.hostUpdate();
      shown.pick(feedData, element.select!(feedData.feed));
      // The element the snapshot is of says when its data is from (not the cards inside a plan's).
      if (element.hasAttribute('snapshot')) feedData.fetchedAt ??= element.now ?? new Date();
    }

    override renderShadow(renderInfo: RenderInfo) {
      const result = super.renderShadow(renderInfo);
      if (folder === undefined || !result) return result;
      const end = result.indexOf('</style>');
      const content = end >= 0 ? result.slice(end + 1) : result;
      const href = escapeAttribute(`${folder}${styleSheetFile(this.tagName)}`);
      return [`<link rel="stylesheet" href="${href}">`, ...content];
    }
  };
}

/** What the renderer reaches of an element (protected members, read here only, on the server). */
interface ServerElement extends HTMLElement {
  lang: string;
  now?: Date;
  // A data element's (shared/data-element.ts):
  feedData?: { hostUpdate(): void; fetchedAt?: Date; feed?: Feed };
  shown?: { pick(feed: unknown, selection: unknown): void };
  select?(feed: Feed | undefined): unknown;
}

const escapeAttribute = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
