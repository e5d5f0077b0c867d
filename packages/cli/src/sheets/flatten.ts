/**
 * A feed into its sheets (`export csv`, `template`): rows of text under the headers of
 * `spec.ts`. Extra fields a feed may carry beyond format v1 have no column and are not exported.
 */
import type { Feed, LocalizedText } from '@ogp-embed/sdk';
import { encodeCell } from './cells.js';
import { getPath } from './paths.js';
import { FEED_FIELDS, FEED_FILE, FEED_HEADER, headerLabel, SHEETS } from './spec.js';
import type { ParentSpec, SheetName, SheetSpec } from './spec.js';

export interface SheetRows {
  file: string;
  rows: string[][];
}

type ParentValues = Partial<Record<ParentSpec['key'], string>>;
interface Entry {
  parents: ParentValues;
  entity: object;
}

/** Where a child names a parent that has no id: its position, `#1` for the first. */
const position = (id: string | undefined, index: number) => id ?? `#${index + 1}`;

function entries(feed: Feed): Record<SheetName, Entry[]> {
  const out: Record<SheetName, Entry[]> = {
    plans: [],
    cocreation: [],
    institutions: feed.institutions.map((entity) => ({ parents: {}, entity })),
    commitments: [],
    milestones: [],
    indicators: [],
    measurements: [],
    updates: [],
    forums: [],
    members: [],
    meetings: [],
    agreements: [],
  };
  for (const plan of feed.plans) {
    out.plans.push({ parents: {}, entity: plan });
    for (const phase of plan.cocreation) out.cocreation.push({ parents: { '@plan': plan.id }, entity: phase });
    for (const commitment of plan.commitments) {
      const c = { '@commitment': commitment.id };
      out.commitments.push({ parents: { '@plan': plan.id }, entity: commitment });
      for (const milestone of commitment.milestones) out.milestones.push({ parents: c, entity: milestone });
      commitment.indicators.forEach((indicator, i) => {
        out.indicators.push({ parents: c, entity: indicator });
        for (const measurement of indicator.measurements) {
          out.measurements.push({ parents: { ...c, '@indicator': position(indicator.id, i) }, entity: measurement });
        }
      });
      for (const update of commitment.updates) out.updates.push({ parents: c, entity: update });
    }
  }
  for (const forum of feed.forums) {
    out.forums.push({ parents: {}, entity: forum });
    for (const member of forum.members) out.members.push({ parents: { '@forum': forum.id }, entity: member });
    forum.meetings.forEach((meeting, m) => {
      out.meetings.push({ parents: { '@forum': forum.id }, entity: meeting });
      for (const agreement of meeting.agreements) {
        out.agreements.push({
          parents: { '@forum': forum.id, '@meeting': position(meeting.id, m) },
          entity: agreement,
        });
      }
    });
  }
  return out;
}

/** The languages a localised field uses as maps, in alphabetical order. */
function languagesOf(values: unknown[]): string[] {
  const languages = new Set<string>();
  for (const value of values) {
    if (value && typeof value === 'object') for (const language of Object.keys(value)) languages.add(language);
  }
  return [...languages].sort();
}

interface Column {
  header: string;
  cell(entry: Entry): string;
}

function columnsFor(spec: SheetSpec, list: Entry[]): Column[] {
  const columns: Column[] = spec.parents.map((parent) => ({
    header: headerLabel(parent),
    cell: (entry) => entry.parents[parent.key] ?? '',
  }));
  for (const field of spec.fields) {
    if (field.codec !== 'localized') {
      columns.push({
        header: headerLabel(field),
        cell: (entry) => encodeCell(getPath(entry.entity, field.key), field),
      });
      continue;
    }
    columns.push({
      header: headerLabel(field),
      cell: (entry) => {
        const value = getPath(entry.entity, field.key) as LocalizedText | undefined;
        return typeof value === 'string' ? value : '';
      },
    });
    for (const language of languagesOf(list.map((entry) => getPath(entry.entity, field.key)))) {
      columns.push({
        header: headerLabel(field, language),
        cell: (entry) => {
          const value = getPath(entry.entity, field.key) as LocalizedText | undefined;
          return value && typeof value === 'object' ? (value[language] ?? '') : '';
        },
      });
    }
  }
  return columns;
}

function feedSheet(feed: Feed): SheetRows {
  const rows: string[][] = [[headerLabel(FEED_HEADER.field), headerLabel(FEED_HEADER.value)]];
  for (const field of FEED_FIELDS) {
    const value = getPath(feed, field.key);
    if (field.codec === 'localized' && value && typeof value === 'object') {
      for (const [language, text] of Object.entries(value as Record<string, string>))
        rows.push([headerLabel(field, language), text]);
    } else {
      rows.push([headerLabel(field), encodeCell(value, field)]);
    }
  }
  return { file: FEED_FILE, rows };
}

/** Every sheet of the feed, `feed.csv` first; sheets without entities keep their header row. */
export function flattenFeed(feed: Feed): SheetRows[] {
  const all = entries(feed);
  const sheets = [feedSheet(feed)];
  for (const spec of SHEETS) {
    const list = all[spec.name];
    const columns = columnsFor(spec, list);
    sheets.push({
      file: spec.file,
      rows: [columns.map((c) => c.header), ...list.map((entry) => columns.map((c) => c.cell(entry)))],
    });
  }
  return sheets;
}
