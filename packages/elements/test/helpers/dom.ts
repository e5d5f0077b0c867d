/** Small helpers for reading what a reader sees inside an element's shadow root. */

/** The first node in the shadow root with this part name. */
export function part<E extends Element = HTMLElement>(el: Element, name: string): E {
  const found = el.shadowRoot?.querySelector<E>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part "${name}" in <${el.localName}>`);
  return found;
}

export function parts<E extends Element = HTMLElement>(el: Element, name: string): E[] {
  return [...(el.shadowRoot?.querySelectorAll<E>(`[part~="${name}"]`) ?? [])];
}

/** The text a reader sees: shadow content with nested elements' shadow content, whitespace collapsed. */
export function visibleText(node: Node): string {
  const pieces: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) {
      const parent = n.parentElement;
      if (parent && parent.closest('.vh')) return;
      pieces.push(n.textContent ?? '');
      return;
    }
    if (n instanceof Element) {
      if (n.localName === 'style' || n.localName === 'template') return;
      // Like innerText: block-level boxes (and shadow hosts) separate words; inline ones do not.
      const display = getComputedStyle(n).display;
      if (display === 'none') return;
      if (display !== 'inline' && display !== 'contents') {
        pieces.push(' ');
        walkChildren(n);
        pieces.push(' ');
        return;
      }
    }
    walkChildren(n);
  };
  const walkChildren = (n: Node): void => {
    if (n instanceof Element) {
      if (n.shadowRoot) {
        walk(n.shadowRoot);
        return;
      }
      if (n.localName === 'slot') {
        (n as HTMLSlotElement).assignedNodes({ flatten: true }).forEach(walk);
        return;
      }
    }
    n.childNodes.forEach(walk);
  };
  walk(node instanceof Element && node.shadowRoot ? node.shadowRoot : node);
  return pieces.join('').replace(/\s+/g, ' ').trim();
}

/** Resolves with the next event of that name on `target`. */
export function nextEvent<E extends Event = CustomEvent>(
  target: EventTarget,
  name: string,
  timeout = 5000,
): Promise<E> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} event within ${timeout} ms`)), timeout);
    target.addEventListener(
      name,
      (event) => {
        clearTimeout(timer);
        resolve(event as E);
      },
      { once: true },
    );
  });
}

/**
 * Waits until `check` returns true (the element re-renders asynchronously). A check that throws
 * (a part not rendered yet, as while a skeleton shows) counts as "not yet"; its last error is
 * named if the wait times out.
 */
export async function until(check: () => boolean, what: string, timeout = 5000): Promise<void> {
  const start = performance.now();
  let lastError: unknown;
  const passes = () => {
    try {
      return check();
    } catch (error) {
      lastError = error;
      return false;
    }
  };
  while (!passes()) {
    if (performance.now() - start > timeout) {
      const why = lastError instanceof Error ? ` (last: ${lastError.message})` : '';
      throw new Error(`timed out waiting for: ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}
