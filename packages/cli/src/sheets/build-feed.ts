/**
 * Sheets back into a feed (`import csv`): each row becomes an entity under its parent, and every
 * entity remembers the file and row it came from, so a problem the SDK finds later can be shown
 * where the publisher can fix it.
 */
import { LABELS } from '@ogp-embed/sdk';
import type { Bilingual } from '@ogp-embed/sdk';
import type { Table, TableIssue } from '../io/read-table.js';
import { decodeCell } from './cells.js';
import type { CellProblem } from './cells.js';
import { nearest } from './near-miss.js';
import { droppablePath } from './requirement.js';
import { unguardCell } from './csv-text.js';
import { deletePath, setPath } from './paths.js';
import { FEED_FIELDS, FEED_FILE, FEED_HEADER, headerLabel, SHEETS } from './spec.js';
import { HEADER_NAMES } from './header-names.js';
import type { FieldSpec, ParentSpec, SheetName, SheetSpec } from './spec.js';

/** One CSV file as read: its header row and data rows with their row numbers. */
export type SheetTable = Pick<Table, 'file' | 'header' | 'headerRow' | 'rows'>;

export interface Origin {
  /**
   * The sheet the entity came from (`feed` for feed.csv): which schema it follows, and so which
   * of its cells can be left out alone. Without it, any error leaves out the whole entity.
   */
  kind?: SheetName | 'feed';
  file: string;
  /** Spreadsheet row: 1 is the header. */
  row: number;
  fields: readonly FieldSpec[];
  /** For `feed.csv`: the row of each field. */
  fieldRows?: ReadonlyMap<string, number>;
}

export type SheetIssue = TableIssue;

export interface BuiltFeed {
  feed: Record<string, unknown>;
  origins: WeakMap<object, Origin>;
  /** Entities with a bad required cell: left out, with their children, when the feed is settled. */
  broken: WeakSet<object>;
  issues: SheetIssue[];
}

type Entity = Record<string, unknown>;

function normal(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Every way a header may name a column: the whole label, Spanish, English, Portuguese or French
 * (header-names.ts), and the key.
 */
function namesOf(spec: { es: string; en: string; key: string }): string[] {
  const other = HEADER_NAMES[spec.en];
  return [headerLabel(spec), spec.es, spec.en, spec.key, ...(other ? [other.pt, other.fr] : [])].map(normal);
}

interface ColumnBinding {
  index: number;
  parent?: ParentSpec;
  field?: FieldSpec;
  language?: string;
}

function bindColumns(spec: SheetSpec, table: SheetTable, issues: SheetIssue[]): ColumnBinding[] {
  const byName = new Map<string, Omit<ColumnBinding, 'index'>>();
  const labels: { name: string; value: string }[] = [];
  for (const parent of spec.parents) for (const name of namesOf(parent)) byName.set(name, { parent });
  for (const field of spec.fields) for (const name of namesOf(field)) byName.set(name, { field });
  for (const item of [...spec.parents, ...spec.fields]) for (const name of namesOf(item)) labels.push({ name, value: headerLabel(item) });
  const bindings: ColumnBinding[] = [];
  table.header.forEach((raw, index) => {
    const text = raw.trim();
    if (text === '') return;
    const language = /\s\[([A-Za-z0-9-]+)\]$/.exec(text);
    const base = normal(language ? text.slice(0, language.index) : text);
    const found = byName.get(base);
    if (!found || (language && found.field?.codec !== 'localized')) {
      const guess = found ? undefined : nearest(base, labels);
      const hasData = table.rows.some((r) => (r.cells[index] ?? '').trim() !== '');
      const hint = guess
        ? { en: ` (did you mean "${guess}"?)`, es: ` (¿quiso decir "${guess}"?)`, pt: ` (quis dizer "${guess}"?)`, fr: ` (vouliez-vous dire «\u00a0${guess}\u00a0»\u00a0?)` }
        : { en: '', es: '', pt: '', fr: '' };
      issues.push({
        severity: 'warning',
        file: table.file,
        row: table.headerRow,
        column: text,
        ...(hasData ? { leftOut: 'column' as const } : {}),
        text: {
          en: `not a column of this format; ${hasData ? 'its cells are left out' : 'ignored'}${hint.en}`,
          es: `no es una columna de este formato; ${hasData ? 'se dejan fuera sus celdas' : 'se ignora'}${hint.es}`,
          pt: `não é uma coluna deste formato; ${hasData ? 'as suas células ficam de fora' : 'ignorada'}${hint.pt}`,
          fr: `ce n’est pas une colonne de ce format\u00a0; ${hasData ? 'ses cellules sont laissées de côté' : 'ignorée'}${hint.fr}`,
        },
      });
      return;
    }
    bindings.push({ index, ...found, ...(language ? { language: language[1] } : {}) });
  });
  return bindings;
}

function problemText(problem: CellProblem): Bilingual {
  const value = problem.value;
  switch (problem.kind) {
    case 'number':
      return { en: `"${value}" is not a number`, es: `"${value}" no es un número`, pt: `"${value}" não é um número`, fr: `« ${value} » n’est pas un nombre` };
    case 'boolean':
      return { en: `"${value}" is not yes or no`, es: `"${value}" no es sí ni no`, pt: `"${value}" não é sim nem não`, fr: `« ${value} » n’est ni oui ni non` };
    case 'label': {
      const words = problem.accepted.map((v) => {
        const names = [...new Set(Object.values(LABELS).map((labels) => (labels[problem.labels] as Record<string, string>)[v]!))];
        return `${v} (${names.join(', ')})`;
      });
      return {
        en: `"${value}" is not a word this column accepts; write one of: ${words.join('; ')}`,
        es: `"${value}" no es una palabra que esta columna acepte; escriba una de: ${words.join('; ')}`,
        pt: `"${value}" não é uma palavra que esta coluna aceite; escreva uma de: ${words.join('; ')}`,
        fr: `« ${value} » n’est pas un mot accepté par cette colonne\u00a0; écrivez l’un de\u00a0: ${words.join('\u00a0; ')}`,
      };
    }
  }
}

const CELL_LEFT_OUT: Bilingual = { en: '; the cell is left out', es: '; se deja fuera la celda', pt: '; a célula fica de fora', fr: '\u00a0; la cellule est laissée de côté' };
const ROW_LEFT_OUT: Bilingual = { en: '; the row is left out', es: '; se deja fuera la fila', pt: '; a linha fica de fora', fr: '\u00a0; la ligne est laissée de côté' };

interface CellAt {
  kind: SheetName | 'feed';
  file: string;
  row: number;
  column: string;
}

/**
 * Sets `field` of `entity` from a cell. A cell that cannot be read follows the one rule: in an
 * optional field it is left out with a warning, in a required one the row is left out (`broken`).
 */
function setField(
  entity: Entity,
  field: FieldSpec,
  language: string | undefined,
  raw: string,
  at: CellAt,
  issues: SheetIssue[],
  broken: WeakSet<object>,
  leaveOut: string[],
): void {
  const text = unguardCell(raw.trim());
  if (text === '') return;
  if (field.codec === 'localized') {
    if (!language) {
      setPath(entity, field.key, text);
      return;
    }
    const current = entity[`\u0000${field.key}`] as Record<string, string> | undefined;
    const map = current ?? {};
    map[language] = text;
    entity[`\u0000${field.key}`] = map;
    return;
  }
  const decoded = decodeCell(text, field);
  if ('problem' in decoded) {
    const message = problemText(decoded.problem);
    const { kind, ...where } = at;
    const droppable = droppablePath(kind, field.key);
    if (droppable !== undefined) {
      // A group whose required part is bad (a target without its figure) goes whole, after the row is read.
      if (droppable !== field.key) leaveOut.push(droppable);
      issues.push({ severity: 'warning', ...where, leftOut: 'cell', text: { en: message.en + CELL_LEFT_OUT.en, es: message.es + CELL_LEFT_OUT.es } });
    } else {
      issues.push({ severity: 'error', ...where, leftOut: 'row', text: { en: message.en + ROW_LEFT_OUT.en, es: message.es + ROW_LEFT_OUT.es } });
      broken.add(entity);
    }
    return;
  }
  setPath(entity, field.key, decoded.value);
}

/** Language columns were gathered aside; a plain column, when filled, wins over them. */
function settleLocalized(entity: Entity, fields: readonly FieldSpec[]): void {
  for (const field of fields) {
    const key = `\u0000${field.key}`;
    const map = entity[key];
    if (map === undefined) continue;
    delete entity[key];
    const parts = field.key.split('.');
    let holder: Entity | undefined = entity;
    for (const part of parts.slice(0, -1)) holder = holder?.[part] as Entity | undefined;
    if (holder?.[parts.at(-1)!] === undefined) setPath(entity, field.key, map);
  }
}

interface Row {
  /** The file (or workbook sheet) the row is in, as messages name it. */
  file: string;
  row: number;
  parents: Partial<Record<ParentSpec['key'], string>>;
  entity: Entity;
}

function readRows(spec: SheetSpec, table: SheetTable | undefined, issues: SheetIssue[], origins: WeakMap<object, Origin>, broken: WeakSet<object>): Row[] {
  if (!table) return [];
  const bindings = bindColumns(spec, table, issues);
  const rows: Row[] = [];
  table.rows.forEach(({ cells, row }) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const entity: Entity = {};
    const parents: Row['parents'] = {};
    const leaveOut: string[] = [];
    for (const binding of bindings) {
      const raw = cells[binding.index] ?? '';
      if (binding.parent) {
        const value = unguardCell(raw.trim());
        if (value) parents[binding.parent.key] = value;
      } else if (binding.field) {
        const column = table.header[binding.index]!.trim();
        setField(entity, binding.field, binding.language, raw, { kind: spec.name, file: table.file, row, column }, issues, broken, leaveOut);
      }
    }
    for (const path of leaveOut) deletePath(entity, path);
    settleLocalized(entity, spec.fields);
    origins.set(entity, { kind: spec.name, file: table.file, row, fields: spec.fields });
    rows.push({ file: table.file, row, parents, entity });
  });
  return rows;
}

function readFeedSheet(table: SheetTable | undefined, issues: SheetIssue[], origins: WeakMap<object, Origin>, broken: WeakSet<object>, now: Date): Entity {
  const feed: Entity = {};
  if (!table) {
    issues.push({ severity: 'error', file: FEED_FILE, text: { en: 'the file is missing', es: 'falta el archivo', pt: 'falta o ficheiro', fr: 'le fichier manque' } });
    return feed;
  }
  const byName = new Map<string, FieldSpec>();
  for (const field of FEED_FIELDS) for (const name of namesOf(field)) byName.set(name, field);
  const fieldRows = new Map<string, number>();
  const leaveOut: string[] = [];
  // The header row may be missing if a publisher deleted it: a first row naming a field is data.
  const all = [{ row: table.headerRow, cells: table.header }, ...table.rows];
  all.forEach(({ row, cells }, i) => {
    const label = (cells[0] ?? '').trim();
    if (label === '' || (i === 0 && namesOf({ ...FEED_HEADER.field, key: 'field' }).includes(normal(label)))) return;
    const language = /\s\[([A-Za-z0-9-]+)\]$/.exec(label);
    const field = byName.get(normal(language ? label.slice(0, language.index) : label));
    if (!field) {
      issues.push({
        severity: 'warning',
        file: table.file,
        row,
        column: label,
        text: {
          en: 'not a field of this format; ignored',
          es: 'no es un campo de este formato; se ignora',
          pt: 'não é um campo deste formato; ignorado',
          fr: 'ce n’est pas un champ de ce format\u00a0; ignoré',
        },
      });
      return;
    }
    fieldRows.set(field.key, row);
    setField(feed, field, language?.[1], cells[1] ?? '', { kind: 'feed', file: table.file, row, column: label }, issues, broken, leaveOut);
  });
  for (const path of leaveOut) deletePath(feed, path);
  settleLocalized(feed, FEED_FIELDS);
  // "Generado el / Generated at" may be left empty: the time of this import is the feed's.
  if (feed.generatedAt === undefined) feed.generatedAt = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  origins.set(feed, { kind: 'feed', file: table.file, row: 1, fields: FEED_FIELDS, fieldRows });
  return feed;
}

function byPosition<T extends Entity>(list: T[], ref: string): T | undefined {
  const position = /^#(\d+)$/.exec(ref);
  if (position) return list[Number(position[1]) - 1];
  return list.find((item) => item.id === ref);
}

function push(parent: Entity, key: string, child: Entity): void {
  const list = (parent[key] as Entity[] | undefined) ?? [];
  list.push(child);
  parent[key] = list;
}

export function buildFeed(tables: ReadonlyMap<string, SheetTable>, now = new Date()): BuiltFeed {
  const issues: SheetIssue[] = [];
  const origins = new WeakMap<object, Origin>();
  const rows = {} as Record<SheetName, Row[]>;
  const broken = new WeakSet<object>();
  for (const spec of SHEETS) rows[spec.name] = readRows(spec, tables.get(spec.file), issues, origins, broken);
  const feed = readFeedSheet(tables.get(FEED_FILE), issues, origins, broken, now);

  /** Puts each row of `child` into the list `key` of its parent, found by `find`. */
  const attach = (
    child: SheetName,
    key: string,
    parentKind: { en: string; es: string; pt: string; fr: string },
    find: (parents: Row['parents']) => { entity: Entity | undefined; ref: string | undefined },
  ) => {
    const spec = SHEETS.find((s) => s.name === child)!;
    for (const row of rows[child]) {
      const { entity, ref } = find(row.parents);
      if (entity) {
        push(entity, key, row.entity);
        continue;
      }
      issues.push({
        severity: 'error',
        file: row.file,
        row: row.row,
        column: headerLabel(spec.parents.at(-1)!),
        leftOut: 'row',
        text: {
          en: ref ? `no ${parentKind.en} "${ref}"; row left out` : `no ${parentKind.en} given; row left out`,
          es: ref ? `no hay ${parentKind.es} "${ref}"; se deja fuera la fila` : `no se indica ${parentKind.es}; se deja fuera la fila`,
          pt: ref ? `não existe ${parentKind.pt} "${ref}"; linha deixada de fora` : `não se indica ${parentKind.pt}; linha deixada de fora`,
          fr: ref ? `aucun ${parentKind.fr} « ${ref} »\u00a0; ligne laissée de côté` : `aucun ${parentKind.fr} indiqué\u00a0; ligne laissée de côté`,
        },
      });
    }
  };

  const institutions = rows.institutions.map((r) => r.entity);
  const plans = rows.plans.map((r) => r.entity);
  const forums = rows.forums.map((r) => r.entity);
  const first = <T extends Entity>(list: T[], id: string | undefined) => (id === undefined ? undefined : list.find((e) => e.id === id));
  const commitments: Entity[] = [];

  attach('cocreation', 'cocreation', { en: 'plan', es: 'plan', pt: 'plano', fr: 'plan' }, (p) => ({ entity: first(plans, p['@plan']), ref: p['@plan'] }));
  attach('commitments', 'commitments', { en: 'plan', es: 'plan', pt: 'plano', fr: 'plan' }, (p) => ({ entity: first(plans, p['@plan']), ref: p['@plan'] }));
  for (const plan of plans) commitments.push(...((plan.commitments as Entity[] | undefined) ?? []));
  const commitmentOf = (p: Row['parents']) => ({ entity: first(commitments, p['@commitment']), ref: p['@commitment'] });
  attach('milestones', 'milestones', { en: 'commitment', es: 'compromiso', pt: 'compromisso', fr: 'engagement' }, commitmentOf);
  attach('indicators', 'indicators', { en: 'commitment', es: 'compromiso', pt: 'compromisso', fr: 'engagement' }, commitmentOf);
  attach('updates', 'updates', { en: 'commitment', es: 'compromiso', pt: 'compromisso', fr: 'engagement' }, commitmentOf);
  attach('measurements', 'measurements', { en: 'indicator', es: 'indicador', pt: 'indicador', fr: 'indicateur' }, (p) => {
    const commitment = first(commitments, p['@commitment']);
    const indicators = (commitment?.indicators as Entity[] | undefined) ?? [];
    return { entity: p['@indicator'] ? byPosition(indicators, p['@indicator']) : undefined, ref: `${p['@commitment'] ?? ''} ${p['@indicator'] ?? ''}`.trim() };
  });
  attach('members', 'members', { en: 'forum', es: 'instancia', pt: 'fórum', fr: 'forum' }, (p) => ({ entity: first(forums, p['@forum']), ref: p['@forum'] }));
  attach('meetings', 'meetings', { en: 'forum', es: 'instancia', pt: 'fórum', fr: 'forum' }, (p) => ({ entity: first(forums, p['@forum']), ref: p['@forum'] }));
  attach('agreements', 'agreements', { en: 'meeting', es: 'reunión', pt: 'reunião', fr: 'réunion' }, (p) => {
    const forum = first(forums, p['@forum']);
    const meetings = (forum?.meetings as Entity[] | undefined) ?? [];
    return { entity: p['@meeting'] ? byPosition(meetings, p['@meeting']) : undefined, ref: `${p['@forum'] ?? ''} ${p['@meeting'] ?? ''}`.trim() };
  });

  if (institutions.length) feed.institutions = institutions;
  if (plans.length) feed.plans = plans;
  if (forums.length) feed.forums = forums;
  return { feed, origins, broken, issues };
}
