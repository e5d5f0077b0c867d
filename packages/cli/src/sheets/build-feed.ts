/**
 * Sheets back into a feed (`import csv`): each row becomes an entity under its parent, and every
 * entity remembers the file and row it came from, so a problem the SDK finds later can be shown
 * where the publisher can fix it.
 */
import { LABELS } from '@ogp-embed/sdk';
import type { LanguageTexts } from '@ogp-embed/sdk';
import type { Table, TableIssue } from '../io/read-table.js';
import { decodeCell, decodeNumber } from './cells.js';
import type { CellContext, CellProblem } from './cells.js';
import type { SlashOrder } from '../ogp-sheet/dates.js';
import { groupValues, lostWithText } from './lost-with.js';
import { nearest } from './near-miss.js';
import { droppablePath } from './requirement.js';
import { unguardCell } from './csv-text.js';
import { deletePath, getPath, setPath } from './paths.js';
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
  for (const item of [...spec.parents, ...spec.fields])
    for (const name of namesOf(item)) labels.push({ name, value: headerLabel(item) });
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
        ? {
            en: ` (did you mean "${guess}"?)`,
            es: ` (¿quiso decir "${guess}"?)`,
            pt: ` (quis dizer "${guess}"?)`,
            fr: ` (vouliez-vous dire «\u00a0${guess}\u00a0»\u00a0?)`,
          }
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

/** A day in words in each language (`3 April 2024`, `3 de abril de 2024`), so no order is assumed. */
function dayInWords(year: number, month: number, day: number): LanguageTexts {
  const date = new Date(Date.UTC(year, month - 1, day));
  const words = (lang: string) =>
    new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  return { en: words('en-GB'), es: words('es'), pt: words('pt'), fr: words('fr') };
}

const pad = (n: number) => String(n).padStart(2, '0');

function problemText(problem: CellProblem): LanguageTexts {
  const value = problem.value;
  switch (problem.kind) {
    case 'ambiguousDate': {
      const { a, b, year } = problem;
      const dayFirst = dayInWords(year, b, a);
      const monthFirst = dayInWords(year, a, b);
      const iso = `${year}-${pad(b)}-${pad(a)}`;
      return {
        en: `"${value}" could be ${dayFirst.en} or ${monthFirst.en}; write it as year-month-day (${iso} for the first), or say the order your sheet uses with --date-order dmy (day first) or mdy (month first)`,
        es: `"${value}" puede ser el ${dayFirst.es} o el ${monthFirst.es}; escríbala como año-mes-día (${iso} para la primera), o indique el orden que usa su planilla con --date-order dmy (día primero) o mdy (mes primero)`,
        pt: `"${value}" pode ser ${dayFirst.pt} ou ${monthFirst.pt}; escreva-a como ano-mês-dia (${iso} para a primeira), ou indique a ordem que a sua folha usa com --date-order dmy (dia primeiro) ou mdy (mês primeiro)`,
        fr: `«\u00a0${value}\u00a0» peut être le ${dayFirst.fr} ou le ${monthFirst.fr}\u00a0; écrivez-la sous la forme année-mois-jour (${iso} pour la première), ou indiquez l’ordre de votre feuille avec --date-order dmy (jour d’abord) ou mdy (mois d’abord)`,
      };
    }
    case 'fractionPercent': {
      const asPercent = Number((problem.number * 100).toPrecision(12));
      return {
        en: `"${value}" beside percentages: is it ${value} % or ${asPercent} %? Write ${asPercent}% (or ${value}% if that is meant); a column of fractions only (0.455 for 45.5 %) is read as fractions`,
        es: `"${value}" junto a porcentajes: ¿es ${value} % o ${asPercent} %? Escriba ${asPercent}% (o ${value}% si es lo que quiere decir); una columna solo de fracciones (0,455 por 45,5 %) se lee como fracciones`,
        pt: `"${value}" ao lado de percentagens: é ${value} % ou ${asPercent} %? Escreva ${asPercent}% (ou ${value}% se for isso); uma coluna só de frações (0,455 para 45,5 %) é lida como frações`,
        fr: `«\u00a0${value}\u00a0» parmi des pourcentages\u00a0: est-ce ${value}\u00a0% ou ${asPercent}\u00a0%\u00a0? Écrivez ${asPercent}\u00a0% (ou ${value}\u00a0% si c’est bien cela)\u00a0; une colonne uniquement de fractions (0,455 pour 45,5\u00a0%) est lue comme des fractions`,
      };
    }
    case 'number':
      return {
        en: `"${value}" is not a number`,
        es: `"${value}" no es un número`,
        pt: `"${value}" não é um número`,
        fr: `« ${value} » n’est pas un nombre`,
      };
    case 'boolean':
      return {
        en: `"${value}" is not yes or no`,
        es: `"${value}" no es sí ni no`,
        pt: `"${value}" não é sim nem não`,
        fr: `« ${value} » n’est ni oui ni non`,
      };
    case 'label': {
      const words = problem.accepted.map((v) => {
        const names = [
          ...new Set(Object.values(LABELS).map((labels) => (labels[problem.labels] as Record<string, string>)[v]!)),
        ];
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

const joined = (a: LanguageTexts, b: LanguageTexts): LanguageTexts => ({
  en: a.en + b.en,
  es: a.es + b.es,
  pt: (a.pt ?? a.en) + (b.pt ?? b.en),
  fr: (a.fr ?? a.en) + (b.fr ?? b.en),
});

const CELL_LEFT_OUT: LanguageTexts = {
  en: '; the cell is left out',
  es: '; se deja fuera la celda',
  pt: '; a célula fica de fora',
  fr: '\u00a0; la cellule est laissée de côté',
};
const ROW_LEFT_OUT: LanguageTexts = {
  en: '; the row is left out',
  es: '; se deja fuera la fila',
  pt: '; a linha fica de fora',
  fr: '\u00a0; la ligne est laissée de côté',
};

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
  leaveOut: { path: string; cause: CellAt }[],
  context: CellContext = {},
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
  const decoded = decodeCell(text, field, context);
  if ('problem' in decoded) {
    const message = problemText(decoded.problem);
    const { kind, ...where } = at;
    const droppable = droppablePath(kind, field.key);
    if (droppable !== undefined) {
      // A group whose required part is bad (a target without its figure) goes whole, after the row is read.
      if (droppable !== field.key) leaveOut.push({ path: droppable, cause: at });
      issues.push({ severity: 'warning', ...where, leftOut: 'cell', text: joined(message, CELL_LEFT_OUT) });
    } else {
      issues.push({ severity: 'error', ...where, leftOut: 'row', text: joined(message, ROW_LEFT_OUT) });
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

/**
 * A percent column's scale from all its numbers written without `%`: fractions only (what Excel
 * stores for 45.5 %: 0.455) are read as fractions; fractions beside larger numbers are refused.
 */
function percentScale(table: SheetTable, index: number): NonNullable<CellContext['percentScale']> {
  const numbers = table.rows
    .map((r) => unguardCell((r.cells[index] ?? '').trim()))
    .filter((text) => text !== '' && !/%\s*$/.test(text))
    .map((text) => decodeNumber(text, false, true))
    .filter((value): value is number => value !== undefined);
  if (!numbers.some((value) => value > 0 && value < 1)) return 'percent';
  return numbers.every((value) => value >= 0 && value <= 1) ? 'fraction' : 'mixed';
}

const FRACTIONS_READ: LanguageTexts = {
  en: 'every number in this column is between 0 and 1: read as fractions (0.455 is 45.5 %), as Excel stores percentages',
  es: 'todos los números de esta columna están entre 0 y 1: se leen como fracciones (0,455 es 45,5 %), como Excel guarda los porcentajes',
  pt: 'todos os números desta coluna estão entre 0 e 1: são lidos como frações (0,455 é 45,5 %), como o Excel guarda as percentagens',
  fr: 'tous les nombres de cette colonne sont entre 0 et 1\u00a0: ils sont lus comme des fractions (0,455 vaut 45,5\u00a0%), comme Excel enregistre les pourcentages',
};

/** Cells that go with a group left out (a reported status without its date): each named where it is. */
function reportLostWith(
  entity: Entity,
  leaveOut: readonly { path: string; cause: CellAt }[],
  columnOf: (key: string) => string | undefined,
  issues: SheetIssue[],
): void {
  for (const { path, cause } of leaveOut) {
    for (const { key, value } of groupValues(getPath(entity, path), path)) {
      const column = columnOf(key);
      if (!column || column === cause.column) continue;
      issues.push({
        severity: 'warning',
        file: cause.file,
        row: cause.row,
        column,
        leftOut: 'cell',
        text: lostWithText(cause.column, value),
      });
    }
    deletePath(entity, path);
  }
}

function readRows(
  spec: SheetSpec,
  table: SheetTable | undefined,
  issues: SheetIssue[],
  origins: WeakMap<object, Origin>,
  broken: WeakSet<object>,
  options: BuildOptions,
): Row[] {
  if (!table) return [];
  const bindings = bindColumns(spec, table, issues);
  const contexts = new Map<number, CellContext>();
  for (const binding of bindings) {
    const context: CellContext = options.dateOrder ? { dateOrder: options.dateOrder } : {};
    if (binding.field?.percent) {
      context.percentScale = percentScale(table, binding.index);
      if (context.percentScale === 'fraction') {
        issues.push({
          severity: 'warning',
          file: table.file,
          row: table.headerRow,
          column: table.header[binding.index]!.trim(),
          text: FRACTIONS_READ,
        });
      }
    }
    contexts.set(binding.index, context);
  }
  const columnOf = (key: string) => {
    const binding = bindings.find((b) => b.field?.key === key);
    return binding && table.header[binding.index]!.trim();
  };
  const rows: Row[] = [];
  table.rows.forEach(({ cells, row }) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const entity: Entity = {};
    const parents: Row['parents'] = {};
    const leaveOut: { path: string; cause: CellAt }[] = [];
    for (const binding of bindings) {
      const raw = cells[binding.index] ?? '';
      if (binding.parent) {
        const value = unguardCell(raw.trim());
        if (value) parents[binding.parent.key] = value;
      } else if (binding.field) {
        const column = table.header[binding.index]!.trim();
        setField(
          entity,
          binding.field,
          binding.language,
          raw,
          { kind: spec.name, file: table.file, row, column },
          issues,
          broken,
          leaveOut,
          contexts.get(binding.index),
        );
      }
    }
    reportLostWith(entity, leaveOut, columnOf, issues);
    settleLocalized(entity, spec.fields);
    origins.set(entity, { kind: spec.name, file: table.file, row, fields: spec.fields });
    rows.push({ file: table.file, row, parents, entity });
  });
  return rows;
}

function readFeedSheet(
  table: SheetTable | undefined,
  issues: SheetIssue[],
  origins: WeakMap<object, Origin>,
  broken: WeakSet<object>,
  now: Date,
  options: BuildOptions,
): Entity {
  const feed: Entity = {};
  if (!table) {
    issues.push({
      severity: 'error',
      file: FEED_FILE,
      text: { en: 'the file is missing', es: 'falta el archivo', pt: 'falta o ficheiro', fr: 'le fichier manque' },
    });
    return feed;
  }
  const byName = new Map<string, FieldSpec>();
  for (const field of FEED_FIELDS) for (const name of namesOf(field)) byName.set(name, field);
  const fieldRows = new Map<string, number>();
  const leaveOut: { path: string; cause: CellAt }[] = [];
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
    setField(
      feed,
      field,
      language?.[1],
      cells[1] ?? '',
      { kind: 'feed', file: table.file, row, column: label },
      issues,
      broken,
      leaveOut,
      options.dateOrder ? { dateOrder: options.dateOrder } : {},
    );
  });
  for (const { path } of leaveOut) deletePath(feed, path);
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

export interface BuildOptions {
  /** The order of `a/b/year` dates that fit both readings (`03/04/2024`); without it they are refused. */
  dateOrder?: SlashOrder;
}

export function buildFeed(
  tables: ReadonlyMap<string, SheetTable>,
  now = new Date(),
  options: BuildOptions = {},
): BuiltFeed {
  const issues: SheetIssue[] = [];
  const origins = new WeakMap<object, Origin>();
  const rows = {} as Record<SheetName, Row[]>;
  const broken = new WeakSet<object>();
  for (const spec of SHEETS) rows[spec.name] = readRows(spec, tables.get(spec.file), issues, origins, broken, options);
  const feed = readFeedSheet(tables.get(FEED_FILE), issues, origins, broken, now, options);

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
          es: ref
            ? `no hay ${parentKind.es} "${ref}"; se deja fuera la fila`
            : `no se indica ${parentKind.es}; se deja fuera la fila`,
          pt: ref
            ? `não existe ${parentKind.pt} "${ref}"; linha deixada de fora`
            : `não se indica ${parentKind.pt}; linha deixada de fora`,
          fr: ref
            ? `aucun ${parentKind.fr} « ${ref} »\u00a0; ligne laissée de côté`
            : `aucun ${parentKind.fr} indiqué\u00a0; ligne laissée de côté`,
        },
      });
    }
  };

  const institutions = rows.institutions.map((r) => r.entity);
  const plans = rows.plans.map((r) => r.entity);
  const forums = rows.forums.map((r) => r.entity);
  const first = <T extends Entity>(list: T[], id: string | undefined) =>
    id === undefined ? undefined : list.find((e) => e.id === id);
  const commitments: Entity[] = [];

  // What each table's rows hang from, as the officer's language names it in a problem.
  const PLAN = { en: 'plan', es: 'plan', pt: 'plano', fr: 'plan' };
  const COMMITMENT = { en: 'commitment', es: 'compromiso', pt: 'compromisso', fr: 'engagement' };
  const FORUM = { en: 'forum', es: 'instancia', pt: 'fórum', fr: 'forum' };
  const planOf = (p: Row['parents']) => ({ entity: first(plans, p['@plan']), ref: p['@plan'] });
  const forumOf = (p: Row['parents']) => ({ entity: first(forums, p['@forum']), ref: p['@forum'] });

  attach('cocreation', 'cocreation', PLAN, planOf);
  attach('commitments', 'commitments', PLAN, planOf);
  for (const plan of plans) commitments.push(...((plan.commitments as Entity[] | undefined) ?? []));
  const commitmentOf = (p: Row['parents']) => ({ entity: first(commitments, p['@commitment']), ref: p['@commitment'] });
  attach('milestones', 'milestones', COMMITMENT, commitmentOf);
  attach('indicators', 'indicators', COMMITMENT, commitmentOf);
  attach('updates', 'updates', COMMITMENT, commitmentOf);
  attach(
    'measurements',
    'measurements',
    { en: 'indicator', es: 'indicador', pt: 'indicador', fr: 'indicateur' },
    (p) => {
      const commitment = first(commitments, p['@commitment']);
      const indicators = (commitment?.indicators as Entity[] | undefined) ?? [];
      return {
        entity: p['@indicator'] ? byPosition(indicators, p['@indicator']) : undefined,
        ref: `${p['@commitment'] ?? ''} ${p['@indicator'] ?? ''}`.trim(),
      };
    },
  );
  attach('members', 'members', FORUM, forumOf);
  attach('meetings', 'meetings', FORUM, forumOf);
  attach('agreements', 'agreements', { en: 'meeting', es: 'reunión', pt: 'reunião', fr: 'réunion' }, (p) => {
    const forum = first(forums, p['@forum']);
    const meetings = (forum?.meetings as Entity[] | undefined) ?? [];
    return {
      entity: p['@meeting'] ? byPosition(meetings, p['@meeting']) : undefined,
      ref: `${p['@forum'] ?? ''} ${p['@meeting'] ?? ''}`.trim(),
    };
  });

  if (institutions.length) feed.institutions = institutions;
  if (plans.length) feed.plans = plans;
  if (forums.length) feed.forums = forums;
  return { feed, origins, broken, issues };
}
