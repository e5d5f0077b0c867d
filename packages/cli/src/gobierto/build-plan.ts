/**
 * A Gobierto Plans CSV (`Level 1`…`Level N`, `Node.Title`, `Node.external_id`, `Node.Status`,
 * `Node.Start`, `Node.End`, `Node.Progress`, `Node.<custom field>`; `,` or `;`) into one plan,
 * read as Gobierto's own importer reads it: column names in any case, levels in their number's
 * order, a row with no `Node.*` value only a category. Each node becomes a commitment whose
 * themes are its category path, so the plan's axes and lines are its filters.
 *
 * A node's progress is the `Node.Progress` figure (`50.00%`) or unknown: Gobierto derives one
 * from the status name when the column is missing, which the feed does not pretend to know.
 */
import type { Origin } from '../sheets/build-feed.js';
import {
  DUPLICATE_ID,
  feedId,
  IssueLog,
  NO_TITLE,
  NOT_A_DATE,
  NOT_A_PERCENT,
  NotPlatformFormatError,
  readPercent,
  UNKNOWN_STATUS,
} from '../platforms/imported-plan.js';
import type { Entity, ImportedPlan, Said } from '../platforms/imported-plan.js';
import { readPlatformDate } from '../platforms/platform-dates.js';
import { toPlainText } from '../platforms/plain-text.js';
import { readTable } from '../io/read-table.js';
import { statusOfNames, statusOfPercent } from '../platforms/status-words.js';

const EXPECTED: Said = {
  en: 'a Gobierto Plans CSV (columns "Level 1"… and "Node.Title", separated by "," or ";")',
  es: 'un CSV de Gobierto Planes (columnas "Level 1"… y "Node.Title", separadas por "," o ";")',
  pt: 'um CSV do Gobierto Planos (colunas "Level 1"… e "Node.Title", separadas por "," ou ";")',
  fr: 'un CSV de Gobierto Plans (colonnes « Level 1 »… et « Node.Title », séparées par « , » ou « ; »)',
};
const DATE_ORDER: Said = {
  en: 'as 01/01/2018 (day first) or 2018-01-01',
  es: 'como 01/01/2018 (día primero) o 2018-01-01',
  pt: 'como 01/01/2018 (dia primeiro) ou 2018-01-01',
  fr: 'comme 01/01/2018 (jour d’abord) ou 2018-01-01',
};

/** The node columns the feed has a place for, by their lower-case name after `Node.`. */
const NODE_FIELDS = ['title', 'external_id', 'status', 'start', 'end', 'progress', 'description'] as const;
type NodeField = (typeof NODE_FIELDS)[number];

interface Layout {
  levels: Array<{ index: number; name: string }>;
  node: Partial<Record<NodeField, { index: number; name: string }>>;
  /** Every `Node.*` column, placed or not: a row with none filled is a category row. */
  nodeColumns: number[];
}

function layoutOf(header: string[], log: IssueLog): Layout {
  const levels: Layout['levels'] = [];
  const node: Layout['node'] = {};
  const nodeColumns: number[] = [];
  header.forEach((name, index) => {
    const level = /^level\s*(\d+)$/i.exec(name);
    if (level) {
      levels.push({ index, name });
      return;
    }
    const field = /^node\.(.+)$/i.exec(name);
    if (field) {
      nodeColumns.push(index);
      const key = field[1]!.toLowerCase() as NodeField;
      if ((NODE_FIELDS as readonly string[]).includes(key) && !node[key]) node[key] = { index, name };
      else log.unplaced(name);
      return;
    }
    if (name) log.unplaced(name);
  });
  levels.sort((a, b) => Number(/\d+/.exec(a.name)![0]) - Number(/\d+/.exec(b.name)![0]));
  return { levels, node, nodeColumns };
}

export function importGobierto(bytes: Uint8Array, file: string, now: Date, language: string): ImportedPlan {
  const table = readTable(bytes, file);
  table.header = table.header.map((h) => h.trim());
  const log = new IssueLog(file);
  const hasTitle = table.header.some((h) => h.toLowerCase() === 'node.title');
  const hasLevel = table.header.some((h) => /^level\s*\d+$/i.test(h));
  if (!hasTitle || !hasLevel) throw new NotPlatformFormatError(EXPECTED);
  const layout = layoutOf(table.header, log);
  log.issues.push(...table.issues);

  const origins = new WeakMap<object, Origin>();
  const days: string[] = [];
  const ids = new Set<string>();
  const statusReported = new Set<string>();
  const today = now.toISOString().slice(0, 10);
  const commitments: Entity[] = [];

  for (const record of table.rows) {
    const cell = (field: NodeField) => {
      const at = layout.node[field];
      return at ? (record.cells[at.index] ?? '').trim() : '';
    };
    const column = (field: NodeField) => layout.node[field]?.name ?? `Node.${field}`;
    if (layout.nodeColumns.every((i) => (record.cells[i] ?? '').trim() === '')) continue;

    const emptyLevel = layout.levels.find((l) => (record.cells[l.index] ?? '').trim() === '');
    if (emptyLevel) {
      // Gobierto files every node under one category per level and refuses a row without one.
      log.add('error', record.row, emptyLevel.name, {
        en: 'expected the name of the category at this level, found none; row left out (as Gobierto does)',
        es: 'se esperaba el nombre de la categoría de este nivel, no hay; se deja fuera la fila (como hace Gobierto)',
        pt: 'esperava-se o nome da categoria deste nível, não há nenhum; linha deixada de fora (como faz o Gobierto)',
        fr: 'nom de la catégorie de ce niveau attendu, aucun trouvé ; ligne écartée (comme le fait Gobierto)',
      });
      continue;
    }
    const title = toPlainText(cell('title'));
    if (!title) {
      log.add('error', record.row, column('title'), NO_TITLE);
      continue;
    }
    const external = cell('external_id');
    let id = feedId(external) ?? feedId(title) ?? `node-${record.row}`;
    if (external && ids.has(id)) {
      log.add('error', record.row, column('external_id'), DUPLICATE_ID(external));
      continue;
    }
    for (let n = 2; ids.has(id); n++) id = `${(feedId(title) ?? 'node').slice(0, 60)}-${n}`;
    ids.add(id);

    const date = (field: 'start' | 'end') => {
      const raw = cell(field);
      if (!raw) return undefined;
      const day = readPlatformDate(raw, 'iso-or-day-first');
      if (day) days.push(day);
      else log.add('warning', record.row, column(field), NOT_A_DATE(raw, DATE_ORDER));
      return day;
    };
    const start = date('start');
    const end = date('end');

    let percent: number | undefined;
    const rawProgress = cell('progress');
    if (rawProgress) {
      percent = readPercent(rawProgress);
      if (percent === undefined || percent < 0 || percent > 100) {
        log.add('warning', record.row, column('progress'), NOT_A_PERCENT(rawProgress));
        percent = undefined;
      }
    }
    const reading = statusOfNames([cell('status')]);
    if (reading.kind === 'unknown' && !statusReported.has(reading.shown)) {
      statusReported.add(reading.shown);
      log.add('warning', record.row, column('status'), UNKNOWN_STATUS(reading.shown, reading.conflict));
    }
    const status =
      reading.kind === 'known' ? reading.status : percent === undefined ? undefined : statusOfPercent(percent);
    const themes = layout.levels.map((l) => toPlainText(record.cells[l.index] ?? '')).filter(Boolean);
    const description = toPlainText(cell('description'));

    const commitment: Entity = {
      id,
      title: { [language]: title },
      ...(description ? { description: { [language]: description } } : {}),
      ...(themes.length ? { themes } : {}),
      ...(start ? { start } : {}),
      ...(end ? { end } : {}),
      ...(status ? { reported: { status, ...(percent !== undefined ? { percent } : {}), asOf: today } } : {}),
    };
    origins.set(commitment, { file, row: record.row, fields: [] });
    commitments.push(commitment);
  }
  return { platform: 'gobierto', commitments, origins, issues: log.issues, days, languages: [language] };
}
