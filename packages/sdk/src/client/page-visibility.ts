/**
 * The page signals polling listens to: the tab being hidden or shown, and the network
 * coming back. Everything is guarded, so the same code runs in Node (no `document`).
 */
export interface PageHandlers {
  onVisible: () => void;
  onHidden: () => void;
  onOnline: () => void;
}

interface VisibilitySource {
  visibilityState?: string;
  addEventListener?: (type: string, listener: () => void) => void;
  removeEventListener?: (type: string, listener: () => void) => void;
}

function pageDocument(): VisibilitySource | undefined {
  return (globalThis as { document?: VisibilitySource }).document;
}

export function isPageHidden(): boolean {
  return pageDocument()?.visibilityState === 'hidden';
}

/** Starts listening; the returned function removes every listener it added. */
export function watchPage(handlers: PageHandlers): () => void {
  const doc = pageDocument();
  const onVisibility = () => (isPageHidden() ? handlers.onHidden() : handlers.onVisible());
  const onOnline = () => handlers.onOnline();
  const scope = globalThis as VisibilitySource;
  doc?.addEventListener?.('visibilitychange', onVisibility);
  scope.addEventListener?.('online', onOnline);
  return () => {
    doc?.removeEventListener?.('visibilitychange', onVisibility);
    scope.removeEventListener?.('online', onOnline);
  };
}
