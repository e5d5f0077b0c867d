/**
 * Turns a feed built from sheets into one that passes `parseFeed(..., { mode: 'strict' })`, by
 * the one rule for a bad cell: a bad value in an optional field (an unknown institution id as a
 * commitment's lead, an unsafe link) leaves out that cell and keeps the row, with a warning; a bad
 * value in a required field (a missing title) leaves out the row, with an error, and with it
 * every row below it (a commitment's milestones...), counted in `dropped`. Warnings that change
 * nothing are reported and kept. A problem in the feed's own required fields (the publisher's
 * name) cannot be left out: then there is no feed.
 */
import { issueClause, parseFeed } from '@ogp-embed/sdk';
import type { Feed, FeedIssue, PathSegment } from '@ogp-embed/sdk';
import type { Origin, SheetIssue } from './build-feed.js';
import { droppablePath } from './requirement.js';
import { groupValues, lostWithText } from './lost-with.js';
import { getPath } from './paths.js';
import { headerLabel } from './spec.js';
import type { SheetName } from './spec.js';

const MAX_PASSES = 8;

/** A row left out with everything under it. */
export interface DroppedRow {
  file: string;
  row: number;
  /** The entity's id, when it has one. */
  id?: string;
  /** Rows below it left out with it, by sheet: `{ milestones: 8, indicators: 1 }`. */
  children: Partial<Record<SheetName, number>>;
}

export interface SettledFeed {
  feed?: Feed;
  /** The feed as built, minus what was left out: what gets written. */
  value?: Record<string, unknown>;
  issues: SheetIssue[];
  dropped: DroppedRow[];
}

type Entity = Record<string, unknown>;

/** The lists of an entity that hold rows of another sheet. */
const CHILD_LISTS: readonly SheetName[] = [
  'cocreation',
  'commitments',
  'milestones',
  'indicators',
  'measurements',
  'updates',
  'members',
  'meetings',
  'agreements',
];

function countChildren(entity: Entity, counts: Partial<Record<SheetName, number>>): void {
  for (const key of CHILD_LISTS) {
    const list = entity[key];
    if (!Array.isArray(list)) continue;
    counts[key] = (counts[key] ?? 0) + list.length;
    for (const child of list) if (child && typeof child === 'object') countChildren(child as Entity, counts);
  }
}

function droppedRow(entity: Entity, origin: Origin): DroppedRow {
  const children: DroppedRow['children'] = {};
  countChildren(entity, children);
  return { file: origin.file, row: origin.row, ...(typeof entity.id === 'string' ? { id: entity.id } : {}), children };
}

interface Located {
  /** Path of the deepest entity with an origin on the issue's path. */
  entityPath: PathSegment[];
  entity: Entity;
  origin: Origin;
  /** The rest of the path, inside that entity. */
  rest: PathSegment[];
}

function locate(
  value: unknown,
  segments: readonly PathSegment[],
  origins: WeakMap<object, Origin>,
): Located | undefined {
  let node: unknown = value;
  let found: Located | undefined;
  for (let i = 0; i <= segments.length; i++) {
    if (!node || typeof node !== 'object') break;
    const origin = origins.get(node);
    if (origin) found = { entityPath: segments.slice(0, i), entity: node as Entity, origin, rest: segments.slice(i) };
    if (i < segments.length) node = (node as Record<PathSegment, unknown>)[segments[i]!];
  }
  return found;
}

/** File, row and column of an issue inside an entity. */
function where(located: Located | undefined): Pick<SheetIssue, 'file' | 'row' | 'column'> {
  if (!located) return { file: 'feed.csv' };
  const { origin, rest } = located;
  const names = rest.filter((s): s is string => typeof s === 'string');
  const field =
    origin.fields.find((f) => f.key === names.slice(0, 2).join('.')) ?? origin.fields.find((f) => f.key === names[0]);
  const row = (field && origin.fieldRows?.get(field.key)) ?? origin.row;
  return { file: origin.file, row, ...(field ? { column: headerLabel(field) } : {}) };
}

const SUFFIX = {
  cell: {
    en: '; the cell is left out',
    es: '; se deja fuera la celda',
    pt: '; a célula fica de fora',
    fr: '\u00a0; la cellule est laissée de côté',
  },
  value: {
    en: '; that value is left out of the cell',
    es: '; se deja fuera ese valor de la celda',
    pt: '; esse valor fica fora da célula',
    fr: '\u00a0; cette valeur est laissée hors de la cellule',
  },
  row: {
    en: '; the row is left out',
    es: '; se deja fuera la fila',
    pt: '; a linha fica de fora',
    fr: '\u00a0; la ligne est laissée de côté',
  },
  none: { en: '', es: '', pt: '', fr: '' },
};

function toSheetIssue(issue: FeedIssue, located: Located | undefined, leftOut?: 'cell' | 'value' | 'row'): SheetIssue {
  const suffix = SUFFIX[leftOut ?? 'none'];
  return {
    // A cell left out is a warning: the row it belongs to is kept.
    severity: leftOut === 'cell' || leftOut === 'value' ? 'warning' : issue.severity,
    ...where(located),
    ...(leftOut ? { leftOut: leftOut === 'value' ? 'cell' : leftOut } : {}),
    text: {
      en: `${issueClause(issue, 'en')}${suffix.en}`,
      es: `${issueClause(issue, 'es')}${suffix.es}`,
      pt: `${issueClause(issue, 'pt')}${suffix.pt}`,
      fr: `${issueClause(issue, 'fr')}${suffix.fr}`,
    },
  };
}

function holderOf(root: unknown, path: readonly PathSegment[]): Record<PathSegment, unknown> | undefined {
  let node: unknown = root;
  for (const segment of path) node = (node as Record<PathSegment, unknown> | undefined)?.[segment];
  return node && typeof node === 'object' ? (node as Record<PathSegment, unknown>) : undefined;
}

/** Removes list entries (deepest and last first, so indexes stay right) and fields. */
function remove(value: Record<string, unknown>, entries: PathSegment[][], fields: PathSegment[][]): void {
  for (const path of fields) {
    const holder = holderOf(value, path.slice(0, -1));
    if (holder) delete holder[path.at(-1)!];
  }
  const deepestFirst = [...entries].sort((a, b) => b.length - a.length || Number(b.at(-1)) - Number(a.at(-1)));
  const seen = new Set<string>();
  for (const entry of deepestFirst) {
    const key = JSON.stringify(entry);
    if (seen.has(key)) continue;
    seen.add(key);
    const list = holderOf(value, entry.slice(0, -1));
    if (Array.isArray(list)) list.splice(entry.at(-1) as number, 1);
  }
}

/** Entities marked broken while reading (a bad required cell) are left out with their children. */
function dropBroken(
  node: unknown,
  broken: WeakSet<object>,
  origins: WeakMap<object, Origin>,
  dropped: DroppedRow[],
): void {
  if (!node || typeof node !== 'object') return;
  for (const key of CHILD_LISTS.concat(['institutions', 'plans', 'forums'] as never[])) {
    const list = (node as Entity)[key];
    if (!Array.isArray(list)) continue;
    for (let i = list.length - 1; i >= 0; i--) {
      const child = list[i] as Entity;
      const origin = origins.get(child);
      if (broken.has(child) && origin) {
        dropped.push(droppedRow(child, origin));
        list.splice(i, 1);
      } else dropBroken(child, broken, origins, dropped);
    }
  }
}

export function settleFeed(
  value: Record<string, unknown>,
  origins: WeakMap<object, Origin>,
  broken: WeakSet<object> = new WeakSet(),
): SettledFeed {
  const issues: SheetIssue[] = [];
  const dropped: DroppedRow[] = [];
  const reported = new Set<string>();
  // One message per cell: several issues can point at one cell, and the first says what to write.
  const report = (issue: SheetIssue) => {
    const key = JSON.stringify([issue.severity, issue.file, issue.row, issue.column ?? issue.text.en]);
    if (!reported.has(key)) issues.push(issue);
    reported.add(key);
  };
  dropBroken(value, broken, origins, dropped);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = parseFeed(value, { mode: 'strict' });
    for (const warning of result.issues.filter((i) => i.severity === 'warning')) {
      report(toSheetIssue(warning, locate(value, warning.segments, origins)));
    }
    if (result.ok) return { feed: result.feed, value, issues, dropped };
    const entries: PathSegment[][] = [];
    const fields: PathSegment[][] = [];
    let fatal = false;
    for (const error of result.issues.filter((i) => i.severity === 'error')) {
      const located = locate(value, error.segments, origins);
      if (!located) {
        report(toSheetIssue(error, located));
        fatal = true;
        continue;
      }
      const { entityPath, entity, origin, rest } = located;
      // An entry of a list inside a cell (one supporting institution, one evidence link).
      const lastIndex = rest.findLastIndex((s) => typeof s === 'number');
      if (lastIndex > 0) {
        report(toSheetIssue(error, located, 'value'));
        entries.push([...entityPath, ...rest.slice(0, lastIndex + 1)]);
        continue;
      }
      const key = rest.filter((s): s is string => typeof s === 'string').join('.');
      const droppable = key && origin.kind ? droppablePath(origin.kind, key) : undefined;
      if (droppable !== undefined) {
        const issue = toSheetIssue(error, located, 'cell');
        report(issue);
        if (droppable !== key) {
          // A group goes whole (a reported status without its date): each other cell it takes is named.
          const empty = getPath(entity, key) === undefined;
          const causeColumn = issue.column ?? key;
          for (const lost of groupValues(getPath(entity, droppable), droppable)) {
            const field = origin.fields.find((f) => f.key === lost.key);
            if (lost.key === key || !field) continue;
            report({
              severity: 'warning',
              file: issue.file,
              row: issue.row,
              column: headerLabel(field),
              leftOut: 'cell',
              text: lostWithText(causeColumn, lost.value, empty),
            });
          }
        }
        fields.push([...entityPath, ...droppable.split('.')]);
      } else if (entityPath.length > 0 && typeof entityPath.at(-1) === 'number') {
        report(toSheetIssue(error, located, 'row'));
        if (!entries.some((e) => JSON.stringify(e) === JSON.stringify(entityPath))) {
          entries.push(entityPath);
          dropped.push(droppedRow(entity, origin));
        }
      } else {
        report(toSheetIssue(error, located));
        fatal = true;
      }
    }
    if (fatal) return { issues, dropped };
    remove(value, entries, fields);
  }
  return { issues, dropped };
}
