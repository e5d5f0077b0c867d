/**
 * Makes `parent`'s children exactly `nodes`, in that order, moving as few nodes as it can: nodes no
 * longer wanted are removed, the longest run of children already in the right relative order stays
 * where it is, and only the others move (the first card moved to the end: one move). A move keeps
 * the node's state where the browser has `moveBefore`; elsewhere a moved element is taken out and
 * put back (disconnected and connected again), which is why the others must not move at all.
 * What Lit's `repeat` does for a keyed list, for the one list that needs it, at a fraction of its
 * size in the embed.
 */
export function placeChildren(parent: Element, nodes: readonly Node[]): void {
  const wanted = new Map(nodes.map((node, i) => [node, i]));
  for (const child of [...parent.childNodes]) if (!wanted.has(child)) child.remove();
  const stay = longestIncreasing([...parent.childNodes].map((child) => wanted.get(child)!));
  let next: Node | null = null;
  for (let i = nodes.length; i--; next = nodes[i]!) {
    const node = nodes[i]!;
    if (stay.has(i)) continue;
    if (node.parentNode === parent && 'moveBefore' in parent) (parent as MovingParent).moveBefore(node, next);
    else parent.insertBefore(node, next);
  }
}

/** `Element.moveBefore` (Chromium 133+): moves a node without taking it out of the page. */
interface MovingParent extends Element {
  moveBefore(node: Node, child: Node | null): void;
}

/**
 * The values of a longest increasing subsequence of `values` (distinct numbers): patience sorting,
 * with a linear search for the pile, which for a page of cards is shorter code and as fast.
 */
export function longestIncreasing(values: readonly number[]): Set<number> {
  /** `tails[k]`: the index of the smallest last value of an increasing run of length k + 1. */
  const tails: number[] = [];
  const previous: number[] = [];
  values.forEach((value, i) => {
    let k = tails.findIndex((tail) => values[tail]! > value);
    if (k < 0) k = tails.length;
    previous[i] = k ? tails[k - 1]! : -1;
    tails[k] = i;
  });
  const run = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) run.add(values[i]!);
  return run;
}
