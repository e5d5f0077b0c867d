/**
 * What a define file does when its tag is already defined: a second copy of ogp-embed on the page
 * (a theme and a plugin each adding it, or two versions mid-upgrade) must not throw, and the first
 * copy's elements stay. That second copy says so once per page in the console (as Shoelace does),
 * since only the first copy's version runs. (The define files call customElements.define
 * themselves, where custom-elements.json's analyzer finds each tag.)
 */
const WARNED = Symbol.for('ogp-embed.second-copy');

/** Called by a define file that found `tag` defined: warns once per page if another copy did it. */
export function secondCopy(tag: string, element: CustomElementConstructor): void {
  if (customElements.get(tag) !== element && !(WARNED in globalThis)) {
    (globalThis as { [WARNED]?: true })[WARNED] = true;
    console.warn(`ogp-embed: another copy on this page defined <${tag}> first; its elements are used`);
  }
}
