/**
 * Makes `parent`'s children exactly `nodes`, in that order: nodes no longer wanted are removed
 * first, then only the nodes out of place are moved. A node that stays is never taken out of the
 * page, so an element keeps its state (an expanded card, focus) when others around it go or come.
 * What Lit's `repeat` does for a keyed list, for the one list that needs it, at a fraction of its
 * size in the embed.
 */
export function placeChildren(parent: Element, nodes: readonly Node[]): void {
  const wanted = new Set(nodes);
  for (const child of [...parent.childNodes]) if (!wanted.has(child)) child.remove();
  nodes.forEach((node, i) => {
    const there = parent.childNodes[i] ?? null;
    if (there !== node) parent.insertBefore(node, there);
  });
}
