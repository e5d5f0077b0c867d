/**
 * The elements a card's details show (`<ogp-timeline>`, `<ogp-indicator>`), defined when a reader
 * first opens them: a page of closed cards does not download their code. A bundle that keeps
 * everything in one file (`ogp-embed.bundle.js`) has them already; the loader's pages import their
 * chunks here. Until they are defined, the details show their section headings only.
 */
let defining: Promise<unknown> | undefined;

export function defineDetailsElements(): void {
  defining ??= Promise.all([import('../timeline/define.js'), import('../indicator/define.js')]).catch(
    (error: unknown) => {
      // Opened again, they are asked for again (a host that lost a file, a dropped connection).
      defining = undefined;
      console.error('ogp-embed could not load the timeline and indicators of a commitment’s details', error);
    },
  );
}
