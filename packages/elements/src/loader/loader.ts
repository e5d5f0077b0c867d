/**
 * The embed's loader: what `ogp-embed.js` (module) and `ogp-embed.iife.js` (classic script) run.
 * It defines each element the page uses, present now or added later, by importing that element's
 * chunk from beside the loader's own file, so a page with one card downloads one card's code.
 *
 * The build fixes which tag lives in which files (never guessed from a tag's prefix) and how many
 * bytes each file is. A page that uses so many elements that their parts would weigh more than
 * every element in one chunk gets that one chunk instead. Everything is `import()`: no eval, no
 * inline script, no element written into the page, so a page with a strict Content-Security-Policy
 * and Trusted Types runs it as it runs the single-file bundle.
 */
import { chooseChunks, closure } from './choice.js';

/**
 * The language whose words an element speaks, by the SDK's `pickLanguage` rule (Spanish for `es`
 * and `es-*`, Portuguese for `pt-*`, French for `fr-*`, else English), written small for the loader's
 * 2 KB; test/node/loader-language.test.ts holds the two equal.
 */
export const wordsLanguage = (tag: string): string => /^(es|pt|fr)(-|$)/i.exec(tag)?.[1]!.toLowerCase() ?? 'en';

export interface LoaderManifest {
  /** Every chunk: its file (relative to the loader), its size on the wire (gzip bytes), the chunks it imports. */
  chunks: readonly (readonly [file: string, bytes: number, imports: readonly number[]])[];
  /** The chunk that defines each tag. */
  elements: Readonly<Record<string, number>>;
  /** The chunk that defines every element. */
  all: number;
  /**
   * Imported first when a data element is seen (a few hundred bytes, no Lit, no client): its
   * `prefetch(element)` starts the element's data requests, so the data comes while the element's
   * code does rather than after it.
   */
  prefetch: number;
}

/**
 * The height of each element's loading skeleton (`--_skeleton-height` in its styles), kept for it
 * while it is not defined yet: defining it, it shows its skeleton in the same space, and what
 * follows on the page does not move. test/e2e/loader.test.ts holds the two equal.
 */
export const SKELETON_HEIGHTS: Readonly<Record<string, string>> = {
  'ogp-plan': '30rem',
  'ogp-agreements': '16rem',
  'ogp-indicator': '14rem',
  // Taller on a narrow screen, where the text wraps (commitment.styles.ts says why).
  'ogp-commitment': 'max(14.5rem, calc(18.3rem - 7.6vw))',
  'ogp-commitment[variant=compact]': '1.75rem',
  'ogp-timeline': '6rem',
};

/** Space kept for the elements not yet defined (not for one written with its snapshot: that is its box): a constructed style sheet, which a strict policy allows. */
function reserveSpace(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    Object.entries(SKELETON_HEIGHTS)
      .map(([tag, height]) => `${tag}:not(:defined):not([snapshot]){display:block;min-height:${height}}`)
      .join(''),
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** What the loader's `ogp-error` says; the same fields as the elements' own `ogp-error`. */
export interface LoaderErrorDetail {
  error: Error;
  code: 'element-load';
  message: string;
  stale: false;
}

/**
 * Starts defining every element of `manifest` that is, or will be, on the page.
 * @param base the URL the files are relative to: the loader's own.
 */
export function startLoader(manifest: LoaderManifest, base: string): void {
  const { chunks, elements } = manifest;
  const prefetch = closure(manifest, [manifest.prefetch]);
  const undefinedOnes = Object.keys(elements)
    .map((tag) => `${tag}:not(:defined)`)
    .join();
  const requested = new Set<number>();
  const failed = new Map<string, Error>();
  /** Tags seen since the last turn, and tags already asked for. */
  const waiting = new Set<string>();
  const asked = new Set<string>();
  const kicked = new WeakSet<Element>();
  let everything = false;
  const url = (file: string) => new URL(file, base).href;
  const chunkUrl = (chunk: number) => url(chunks[chunk]![0]);

  const report = (element: Element, error: Error) => {
    const detail: LoaderErrorDetail = { error, code: 'element-load', message: error.message, stale: false };
    element.dispatchEvent(new CustomEvent('ogp-error', { detail, bubbles: true, composed: true }));
  };

  const fail = (tags: string[], wanted: readonly number[], cause: unknown) => {
    for (const tag of tags) {
      const error = new Error(
        `ogp-embed could not load <${tag}> from ${chunkUrl(wanted[0]!)}; its fallback content stays`,
        { cause },
      );
      failed.set(tag, error);
      console.error(error.message, cause);
      for (const element of document.querySelectorAll(`${tag}:not(:defined)`)) report(element, error);
    }
  };

  /** Every file at once: a chunk and the chunks it imports download side by side, not one after another. */
  const load = (tags: string[], wanted: readonly number[]) => {
    for (const tag of tags) asked.add(tag);
    for (const chunk of wanted) requested.add(chunk);
    // A file asked for already is imported again at no cost (the browser keeps one copy of each module).
    Promise.all(wanted.map((chunk) => import(chunkUrl(chunk)))).catch((cause: unknown) => fail(tags, wanted, cause));
  };

  /** The tags seen since the last turn, loaded together: one choice between the parts and `all`. */
  const flush = () => {
    const tags = [...waiting];
    waiting.clear();
    if (!everything) choose(tags);
  };

  const choose = (tags: string[]) => {
    const wanted = chooseChunks(manifest, tags, requested);
    if (wanted[0] === manifest.all) {
      everything = true;
      load(Object.keys(elements), wanted);
    } else {
      for (const tag of tags) load([tag], closure(manifest, [elements[tag]!]));
    }
  };

  /**
   * The words of an element's language (`ogp-embed-<lang>.js`, the chunk its code imports when it
   * first speaks, by the same rule), asked for with its code rather than once its code has run.
   */
  const spoken = new Set<string>();
  const speak = (element: Element) => {
    // The loader sees the document's elements only, so the closest `lang` is the element's (shared/lang.ts).
    const lang = wordsLanguage(element.closest('[lang]:not([lang=""])')?.getAttribute('lang') ?? navigator.language);
    if (spoken.has(lang)) return;
    spoken.add(lang);
    // A failure is the element's to handle when it asks (it falls back to English).
    import(url(`ogp-embed-${lang}.js`)).catch(() => undefined);
  };

  const kick = (element: Element) => {
    // Only an element with a feed to show: its own `src`, or its provider's.
    const fed = element.localName !== 'ogp-feed' && (element.hasAttribute('src') || element.closest('ogp-feed[src]'));
    if (!fed || kicked.has(element)) return;
    kicked.add(element);
    // A failed prefetch costs nothing: the element asks for its data itself once defined.
    Promise.all(prefetch.map((chunk) => import(chunkUrl(chunk)))).then(
      ([module]) => (module as { prefetch(element: Element): void }).prefetch(element),
      () => undefined,
    );
  };

  const visit = (element: Element) => {
    const tag = element.localName;
    if (failed.has(tag)) return report(element, failed.get(tag)!);
    // In the order the files are asked for: the data's head start first, then the words, then the code.
    kick(element);
    if (tag !== 'ogp-feed') speak(element);
    // Decided together once this turn's elements are all seen: the parts or `all`.
    if (asked.has(tag) || everything) return;
    if (waiting.size === 0) queueMicrotask(flush);
    waiting.add(tag);
  };

  const scan = (root: Element | Document) => {
    if (root instanceof Element && root.matches(undefinedOnes)) visit(root);
    for (const element of root.querySelectorAll(undefinedOnes)) visit(element);
  };

  if (!undefinedOnes) return;
  reserveSpace();
  // Elements the parser has yet to reach, and those a page's script adds later.
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }).observe(document, { childList: true, subtree: true });
  scan(document);
}
