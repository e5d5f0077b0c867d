/**
 * Turns a feed built from sheets into one that passes `parseFeed(..., { mode: 'strict' })`:
 * every entity with an error (a missing title, an unknown institution id) is left out and the
 * error reported at its file, row and column; warnings are reported and kept. A problem outside
 * every list (the publisher's name) cannot be left out: then there is no feed.
 */
import { expectedFound, issueParts, parseFeed } from '@ogp-embed/sdk';
import type { Feed, FeedIssue, PathSegment } from '@ogp-embed/sdk';
import type { Origin, SheetIssue } from './build-feed.js';
import { headerLabel } from './spec.js';

const MAX_PASSES = 6;

export interface SettledFeed {
  feed?: Feed;
  /** The feed as built, minus what was left out: what gets written. */
  value?: Record<string, unknown>;
  issues: SheetIssue[];
}

/** The entity that holds the problem, where it came from, and the field's column. */
function locate(value: unknown, segments: readonly PathSegment[], origins: WeakMap<object, Origin>) {
  let node: unknown = value;
  let found: { origin: Origin; rest: PathSegment[] } | undefined;
  segments.forEach((segment, i) => {
    if (node && typeof node === 'object') {
      const origin = origins.get(node);
      if (origin) found = { origin, rest: segments.slice(i) };
      node = (node as Record<PathSegment, unknown>)[segment];
    }
  });
  if (node && typeof node === 'object' && origins.get(node)) found = { origin: origins.get(node)!, rest: [] };
  if (!found) return undefined;
  const { origin, rest } = found;
  const names = rest.filter((s): s is string => typeof s === 'string');
  const field =
    origin.fields.find((f) => f.key === names.slice(0, 2).join('.')) ?? origin.fields.find((f) => f.key === names[0]);
  const row = (field && origin.fieldRows?.get(field.key)) ?? origin.row;
  return { file: origin.file, row, ...(field ? { column: headerLabel(field) } : {}) };
}

/** The innermost list entry on the path: what lenient parsing would leave out. */
function entryOf(segments: readonly PathSegment[]): PathSegment[] | undefined {
  for (let i = segments.length - 1; i > 0; i--) if (typeof segments[i] === 'number') return segments.slice(0, i + 1);
  return undefined;
}

function toSheetIssue(issue: FeedIssue, where: ReturnType<typeof locate>, leftOut: boolean): SheetIssue {
  const suffix = leftOut ? { en: '; left out', es: '; se deja fuera', pt: '; fica de fora', fr: '\u00a0; laissé de côté' } : { en: '', es: '', pt: '', fr: '' };
  const sentence = expectedFound(issue.expected, issue.found);
  const pt = issueParts(issue, 'pt');
  const fr = issueParts(issue, 'fr');
  return {
    severity: issue.severity,
    file: where?.file ?? 'feed.csv',
    ...(where?.row !== undefined ? { row: where.row } : {}),
    ...(where?.column ? { column: where.column } : {}),
    text: {
      en: `${sentence.en}${suffix.en}`,
      es: `${sentence.es}${suffix.es}`,
      pt: `esperava-se ${pt.expected}, encontrou-se ${pt.found}${suffix.pt}`,
      fr: `attendu ${fr.expected}, trouvé ${fr.found}${suffix.fr}`,
    },
  };
}

function remove(value: Record<string, unknown>, entries: PathSegment[][]): void {
  const deepestFirst = [...entries].sort((a, b) => b.length - a.length || Number(b.at(-1)) - Number(a.at(-1)));
  const seen = new Set<string>();
  for (const entry of deepestFirst) {
    const key = JSON.stringify(entry);
    if (seen.has(key)) continue;
    seen.add(key);
    let list: unknown = value;
    for (const segment of entry.slice(0, -1)) list = (list as Record<PathSegment, unknown>)?.[segment];
    if (Array.isArray(list)) list.splice(entry.at(-1) as number, 1);
  }
}

export function settleFeed(value: Record<string, unknown>, origins: WeakMap<object, Origin>): SettledFeed {
  const issues: SheetIssue[] = [];
  const reported = new Set<string>();
  // One message per cell: several issues can point at one cell, and the first says what to write.
  const report = (issue: SheetIssue) => {
    const key = JSON.stringify([issue.severity, issue.file, issue.row, issue.column ?? issue.text.en]);
    if (!reported.has(key)) issues.push(issue);
    reported.add(key);
  };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = parseFeed(value, { mode: 'strict' });
    const errors = result.issues.filter((i) => i.severity === 'error');
    for (const warning of result.issues.filter((i) => i.severity === 'warning')) {
      report(toSheetIssue(warning, locate(value, warning.segments, origins), false));
    }
    if (result.ok) return { feed: result.feed, value, issues };
    const entries: PathSegment[][] = [];
    let fatal = false;
    for (const error of errors) {
      const entry = entryOf(error.segments);
      report(toSheetIssue(error, locate(value, error.segments, origins), entry !== undefined));
      if (entry) entries.push(entry);
      else fatal = true;
    }
    if (fatal) return { issues };
    remove(value, entries);
  }
  return { issues };
}
