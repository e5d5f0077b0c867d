/**
 * "Did you mean …?" for a header a publisher typed almost right: `Due date` for `Due`, `Titulo`
 * for `Título`, `Fecha limte` for `Fecha límite`.
 */
function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `typed` (both already normalised), if it is close enough: a few typing
 * mistakes, or one holding the other's words ("due date" and "due").
 */
export function nearest<T>(typed: string, candidates: ReadonlyArray<{ name: string; value: T }>): T | undefined {
  let best: { value: T; score: number } | undefined;
  const typedWords = new Set(typed.split(/[\s/()]+/).filter(Boolean));
  for (const { name, value } of candidates) {
    if (name.length < 2) continue;
    let score = distance(typed, name);
    const allowed = Math.max(2, Math.floor(Math.max(typed.length, name.length) / 4));
    const words = name.split(/[\s/()]+/).filter(Boolean);
    const shared = words.length > 0 && words.every((w) => typedWords.has(w));
    if (score > allowed && !shared) continue;
    if (shared) score = Math.min(score, 1 + typedWords.size - words.length);
    if (!best || score < best.score) best = { value, score };
  }
  return best?.value;
}
