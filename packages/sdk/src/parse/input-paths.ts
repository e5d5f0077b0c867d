/**
 * Lenient mode removes invalid entries and checks the feed again; the later checks see the
 * shorter lists. A publisher fixes the file they wrote, so every issue must name the place in
 * *their* input: this maps a path in the repaired document back to it.
 */
import { composeMessage } from './compose-message.js';
import { formatPath } from './issues.js';
import type { FeedIssue, PathSegment } from './issues.js';

export class InputPaths {
  /** For each list (by its path in the input), the input indices removed from it, ascending. */
  readonly #removed = new Map<string, number[]>();

  /** The input path of a path in the repaired document. */
  toInput(segments: readonly PathSegment[]): PathSegment[] {
    const input: PathSegment[] = [];
    for (let segment of segments) {
      if (typeof segment === 'number') {
        // Ascending: each entry removed at or before the index so far pushes it one further.
        for (const gone of this.#removed.get(JSON.stringify(input)) ?? []) if (gone <= segment) segment++;
      }
      input.push(segment);
    }
    return input;
  }

  /** Records that the list entry at this *input* path was removed. */
  remove(entry: readonly PathSegment[]): void {
    const index = entry.at(-1);
    if (typeof index !== 'number') return;
    const key = JSON.stringify(entry.slice(0, -1));
    const indices = this.#removed.get(key) ?? [];
    if (!indices.includes(index)) indices.push(index);
    this.#removed.set(
      key,
      indices.sort((a, b) => a - b),
    );
  }

  /** The issue, with its path (and the sentence that quotes it) in input terms. */
  relocate(issue: FeedIssue): FeedIssue {
    const segments = this.toInput(issue.segments);
    const path = formatPath(segments);
    if (path === issue.path) return issue;
    return { ...issue, segments, path, message: composeMessage(path, issue.expected, issue.found) };
  }
}
