/** Every ogp-embed event bubbles and crosses shadow roots, so a page can listen on `document`. */
export function emit<D>(target: EventTarget, name: string, detail: D): void {
  target.dispatchEvent(new CustomEvent<D>(name, { detail, bubbles: true, composed: true }));
}
