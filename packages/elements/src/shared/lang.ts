/**
 * The reader's language: the element's own `lang`, else the closest ancestor's (walking out of
 * shadow roots, so an element inside another component still finds the page's choice), else the
 * document's, else the browser's.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

/** The closest `lang` that applies to `element`; `lang=""` (unknown) is skipped. */
export function resolveLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const found = node.closest('[lang]:not([lang=""])');
    if (found) return found.getAttribute('lang') as string;
    // Out of a shadow root to its host; a document has no host, and the walk ends.
    node = (node.getRootNode() as ShadowRoot).host;
  }
  return globalThis.navigator?.language || 'en';
}

/*
 * One observer for every element on the page: a `lang` change anywhere in the document is rare,
 * so each element simply re-checks. It exists only while an element is connected.
 */
const watchers = new Set<LangController>();
let observer: MutationObserver | undefined;

function observeDocument(): void {
  if (observer) return;
  observer = new MutationObserver(() => watchers.forEach((watcher) => watcher.recheck()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Keeps `value` equal to the language that applies to the host, and re-renders it on change. */
export class LangController implements ReactiveController {
  value = 'en';
  readonly #host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    watchers.add(this);
    observeDocument();
    this.value = this.#current();
  }

  hostDisconnected(): void {
    watchers.delete(this);
    if (watchers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** The host's own `lang` is a reactive property: each update re-reads it. */
  hostUpdate(): void {
    this.value = this.#current();
  }

  recheck(): void {
    if (this.#current() !== this.value) this.#host.requestUpdate();
  }

  /** The property first: before an update it is set but not yet reflected to the attribute. */
  #current(): string {
    return (this.#host as { lang?: string }).lang || resolveLang(this.#host);
  }
}
