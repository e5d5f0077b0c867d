/**
 * Which elements a snapshot can be made of, and the style sheet of every element (each shadow
 * root links its own: `<tag>.css`, written by the build beside `ogp-embed.js` from the same
 * `static styles` the element adopts in the browser, scripts/rollup/snapshot-styles.js).
 */
import type { CSSResultOrNative } from 'lit';

/** The data elements a snapshot shows (what a webmaster pastes); the others come inside them. */
export const SNAPSHOT_TAGS = ['ogp-commitment', 'ogp-plan', 'ogp-agreements', 'ogp-timeline', 'ogp-indicator'] as const;
export type SnapshotTag = (typeof SNAPSHOT_TAGS)[number];

/** Every element that can be inside a snapshot, each with its own style sheet. */
export const STYLED_TAGS = [...SNAPSHOT_TAGS, 'ogp-progress-bar', 'ogp-status-badge'] as const;

/** The file of an element's style sheet, beside `ogp-embed.js`. */
export const styleSheetFile = (tag: string) => `${tag}.css`;

/** Registers the elements in Node (Lit's server build gives `customElements`), once. */
export function defineSnapshotElements(): Promise<unknown> {
  return import('../define-all.js');
}

/** The CSS of an element's shadow root, as Lit adopts it in the browser: its `static styles` in order. */
export async function styleSheetOf(tag: string): Promise<string> {
  await defineSnapshotElements();
  const element = customElements.get(tag) as unknown as
    { finalize(): void; elementStyles: CSSResultOrNative[] } | undefined;
  if (!element) throw new Error(`no element <${tag}>`);
  element.finalize();
  return element.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
}
