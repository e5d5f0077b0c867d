/**
 * Registers a tag, guarded: a second copy of ogp-embed on the page (a theme and a plugin each
 * adding it, or two versions mid-upgrade) must not throw, and the first copy's elements stay.
 * That second copy then says so once per page in the console (as Shoelace does), since only
 * the first copy's version runs.
 */
const WARNED = Symbol.for('ogp-embed.second-copy');

export function defineElement(tag: string, element: CustomElementConstructor): void {
  const defined = customElements.get(tag);
  if (!defined) customElements.define(tag, element);
  else if (defined !== element && !(WARNED in globalThis)) {
    (globalThis as { [WARNED]?: true })[WARNED] = true;
    console.warn(`ogp-embed: another copy on this page defined <${tag}> first; its elements are used`);
  }
}
