/**
 * The spreadsheet layout of a feed: one CSV file per kind of entity, one row per entity, one
 * column per field. The template, `import csv` and `export csv` all read this one description,
 * so the three cannot drift apart.
 *
 * Headers are written "Español / English"; on import a header may be either half, the whole, or
 * the field's key. A text that is a map of languages gets one column per language, its header
 * followed by ` [es]`, ` [en]`.
 */
import type { LabelKind } from '@ogp-embed/sdk';

export type Codec =
  /** Plain text. */
  | 'text'
  /** Localised text: a plain string, or one column per language. */
  | 'localized'
  /** A list of short texts, separated by `;`. */
  | 'list'
  | 'number'
  | 'integer'
  /** `true`/`false`; also `yes`/`no`, `sí`/`no`, `1`/`0` on import. */
  | 'boolean'
  /** Evidence links, one per line: the URL, then optionally a space and its title. */
  | 'links'
  /** A list of texts, one per line (a meeting's agenda). */
  | 'lines';

export interface FieldSpec {
  /** Path in the entity, dots for nested objects: `irm.specificity`. */
  key: string;
  es: string;
  en: string;
  codec: Codec;
  /** For enumerated values: the SDK's labels, which import also accepts instead of the value. */
  labels?: LabelKind;
  /** For `due` of agreements: the word for "as soon as possible" is accepted. */
  dueDate?: boolean;
  /** A percentage: `45%` is read as 45. */
  percent?: boolean;
  /** A (partial) date: read as OGP's sheet reads dates (`31/12/2024`, `dic. 2024`, day numbers). */
  date?: boolean;
}

/** A column that places a row under its parent (the plan of a commitment...), not a field. */
export interface ParentSpec {
  key: '@plan' | '@commitment' | '@indicator' | '@forum' | '@meeting';
  es: string;
  en: string;
}

export interface SheetSpec {
  name: SheetName;
  file: string;
  parents: ParentSpec[];
  fields: FieldSpec[];
}

export type SheetName =
  | 'plans'
  | 'cocreation'
  | 'institutions'
  | 'commitments'
  | 'milestones'
  | 'indicators'
  | 'measurements'
  | 'updates'
  | 'forums'
  | 'members'
  | 'meetings'
  | 'agreements';

const f = (key: string, es: string, en: string, codec: Codec = 'text', extra: Partial<FieldSpec> = {}): FieldSpec => ({
  key,
  es,
  en,
  codec,
  ...extra,
});

const PLAN: ParentSpec = { key: '@plan', es: 'Plan (id)', en: 'Plan (id)' };
const COMMITMENT: ParentSpec = { key: '@commitment', es: 'Compromiso (id)', en: 'Commitment (id)' };
const INDICATOR: ParentSpec = { key: '@indicator', es: 'Indicador (id o #n)', en: 'Indicator (id or #n)' };
const FORUM: ParentSpec = { key: '@forum', es: 'Instancia (id)', en: 'Forum (id)' };
const MEETING: ParentSpec = { key: '@meeting', es: 'Reunión (id o #n)', en: 'Meeting (id or #n)' };

const ID = f('id', 'Id', 'Id');
const EVIDENCE = f('evidence', 'Medios de verificación (un enlace por línea)', 'Evidence (one link per line)', 'links');

export const SHEETS: readonly SheetSpec[] = [
  {
    name: 'plans',
    file: 'plans.csv',
    parents: [],
    fields: [
      ID,
      f('number', 'Número', 'Number', 'integer'),
      f('title', 'Título', 'Title', 'localized'),
      f('period.start', 'Inicio', 'Start', 'text', { date: true }),
      f('period.end', 'Término', 'End', 'text', { date: true }),
      f('phase', 'Fase', 'Phase', 'text', { labels: 'planPhase' }),
      f('url', 'Enlace', 'Link'),
    ],
  },
  {
    name: 'cocreation',
    file: 'cocreation.csv',
    parents: [PLAN],
    fields: [
      ID,
      f('title', 'Etapa', 'Phase', 'localized'),
      f('description', 'Descripción', 'Description', 'localized'),
      f('start', 'Inicio', 'Start', 'text', { date: true }),
      f('end', 'Término', 'End', 'text', { date: true }),
      f('status', 'Estado', 'Status', 'text', { labels: 'phaseStatus' }),
    ],
  },
  {
    name: 'institutions',
    file: 'institutions.csv',
    parents: [],
    fields: [
      ID,
      f('name', 'Nombre', 'Name', 'localized'),
      f('acronym', 'Sigla', 'Acronym'),
      f('kind', 'Tipo', 'Kind', 'text', { labels: 'institutionKind' }),
      f('url', 'Enlace', 'Link'),
    ],
  },
  {
    name: 'commitments',
    file: 'commitments.csv',
    parents: [PLAN],
    fields: [
      ID,
      f('number', 'Número', 'Number'),
      f('title', 'Título', 'Title', 'localized'),
      f('shortTitle', 'Título corto', 'Short title', 'localized'),
      f('description', 'Descripción', 'Description', 'localized'),
      f('problem', 'Problema', 'Problem', 'localized'),
      f('objective', 'Objetivo', 'Objective', 'localized'),
      f('lead', 'Institución responsable (id)', 'Lead institution (id)'),
      f('supporting', 'Instituciones de apoyo (ids)', 'Supporting institutions (ids)', 'list'),
      f('values', 'Valores OGP', 'OGP values', 'list', { labels: 'ogpValue' }),
      f('policyAreas', 'Áreas de política', 'Policy areas', 'list'),
      f('themes', 'Temas', 'Themes', 'list'),
      f('start', 'Inicio', 'Start', 'text', { date: true }),
      f('end', 'Término', 'End', 'text', { date: true }),
      f('reported.status', 'Estado informado', 'Reported status', 'text', { labels: 'commitmentStatus' }),
      f('reported.percent', 'Avance informado (%)', 'Reported progress (%)', 'number', { percent: true }),
      f('reported.asOf', 'Estado a la fecha', 'Status as of', 'text', { date: true }),
      f('irm.specificity', 'MRI: especificidad', 'IRM: specificity', 'text', { labels: 'irmSpecificity' }),
      f('irm.verifiable', 'MRI: verificable', 'IRM: verifiable', 'boolean'),
      f('irm.relevant', 'MRI: relevante', 'IRM: relevant', 'boolean'),
      f('irm.potentialImpact', 'MRI: impacto potencial', 'IRM: potential impact', 'text', {
        labels: 'irmPotentialImpact',
      }),
      f('irm.potentialForResults', 'MRI: potencial de resultados', 'IRM: potential for results', 'text', {
        labels: 'irmPotentialForResults',
      }),
      f('irm.completionMidTerm', 'MRI: cumplimiento a medio término', 'IRM: completion (mid-term)', 'text', {
        labels: 'irmCompletion',
      }),
      f('irm.completionEndOfTerm', 'MRI: cumplimiento al término', 'IRM: completion (end of term)', 'text', {
        labels: 'irmCompletion',
      }),
      f('irm.earlyResults', 'MRI: resultados tempranos', 'IRM: early results', 'text', { labels: 'irmEarlyResults' }),
      f('irm.didItOpenGovernment', 'MRI: ¿abrió el gobierno?', 'IRM: did it open government?', 'text', {
        labels: 'irmDidItOpenGovernment',
      }),
      f('irm.starred', 'MRI: estelar', 'IRM: starred', 'boolean'),
      f('irm.reportUrl', 'MRI: informe (enlace)', 'IRM: report (link)'),
      f('carriesForward', 'Continúa los compromisos (ids)', 'Carries forward (ids)', 'list'),
      f('url', 'Enlace', 'Link'),
    ],
  },
  {
    name: 'milestones',
    file: 'milestones.csv',
    parents: [COMMITMENT],
    fields: [
      ID,
      f('title', 'Hito', 'Milestone', 'localized'),
      f('description', 'Descripción', 'Description', 'localized'),
      f('start', 'Inicio', 'Start', 'text', { date: true }),
      f('due', 'Fecha límite', 'Due', 'text', { date: true }),
      f('status', 'Estado', 'Status', 'text', { labels: 'milestoneStatus' }),
      f('completedOn', 'Completado el', 'Completed on', 'text', { date: true }),
      f('weight', 'Peso', 'Weight', 'number'),
      f('responsible', 'Responsable (id de institución)', 'Responsible (institution id)'),
      EVIDENCE,
    ],
  },
  {
    name: 'indicators',
    file: 'indicators.csv',
    parents: [COMMITMENT],
    fields: [
      ID,
      f('level', 'Nivel', 'Level', 'text', { labels: 'indicatorLevel' }),
      f('name', 'Indicador', 'Indicator', 'localized'),
      f('unit', 'Unidad', 'Unit', 'localized'),
      f('direction', 'Sentido', 'Direction', 'text', { labels: 'indicatorDirection' }),
      f('baseline.value', 'Línea base', 'Baseline', 'number'),
      f('baseline.date', 'Fecha de la línea base', 'Baseline date', 'text', { date: true }),
      f('target.value', 'Meta', 'Target', 'number'),
      f('target.date', 'Fecha de la meta', 'Target date', 'text', { date: true }),
      f('verification', 'Medio de verificación', 'Means of verification', 'localized'),
      f('assumptions', 'Supuestos', 'Assumptions', 'localized'),
      EVIDENCE,
    ],
  },
  {
    name: 'measurements',
    file: 'measurements.csv',
    parents: [COMMITMENT, INDICATOR],
    fields: [
      f('date', 'Fecha', 'Date', 'text', { date: true }),
      f('value', 'Valor', 'Value', 'number'),
      f('note', 'Nota', 'Note', 'localized'),
    ],
  },
  {
    name: 'updates',
    file: 'updates.csv',
    parents: [COMMITMENT],
    fields: [
      f('date', 'Fecha', 'Date', 'text', { date: true }),
      f('text', 'Avance', 'Update', 'localized'),
      f('author', 'Autor', 'Author'),
      EVIDENCE,
    ],
  },
  {
    name: 'forums',
    file: 'forums.csv',
    parents: [],
    fields: [ID, f('name', 'Nombre', 'Name', 'localized')],
  },
  {
    name: 'members',
    file: 'members.csv',
    parents: [FORUM],
    fields: [
      f('name', 'Nombre', 'Name'),
      f('organisation', 'Organización', 'Organisation', 'localized'),
      f('institution', 'Institución (id)', 'Institution (id)'),
      f('role', 'Rol', 'Role', 'localized'),
    ],
  },
  {
    name: 'meetings',
    file: 'meetings.csv',
    parents: [FORUM],
    fields: [
      ID,
      f('date', 'Fecha', 'Date', 'text', { date: true }),
      f('place', 'Lugar', 'Place'),
      f('agenda', 'Tabla (un punto por línea)', 'Agenda (one item per line)', 'lines'),
      f('minutesUrl', 'Acta (enlace)', 'Minutes (link)'),
    ],
  },
  {
    name: 'agreements',
    file: 'agreements.csv',
    parents: [FORUM, MEETING],
    fields: [
      ID,
      f('text', 'Acuerdo', 'Agreement', 'localized'),
      f('responsible', 'Responsable', 'Responsible', 'localized'),
      f('responsibleInstitution', 'Institución responsable (id)', 'Responsible institution (id)'),
      f('due', 'Plazo', 'Due', 'text', { dueDate: true, date: true }),
      f('status', 'Estado', 'Status', 'text', { labels: 'agreementStatus' }),
      f('doneOn', 'Cumplido el', 'Done on', 'text', { date: true }),
    ],
  },
];

/** The feed's own fields, in `feed.csv`: one row per field (Campo / Valor). */
export const FEED_FIELDS: readonly FieldSpec[] = [
  f('schemaVersion', 'Versión del formato', 'Format version'),
  f('publisher.name', 'Publicado por', 'Publisher', 'localized'),
  f('publisher.url', 'Sitio de quien publica', 'Publisher website'),
  f('publisher.contact', 'Contacto', 'Contact'),
  f('country', 'País (código ISO alfa-3) o localidad', 'Country (ISO alpha-3 code) or locality'),
  f('defaultLanguage', 'Idioma por omisión', 'Default language'),
  f('generatedAt', 'Generado el', 'Generated at'),
];
export const FEED_FILE = 'feed.csv';
/** The template workbook's sheet of instructions (`template-workbook.ts`): read by people, passed over by `import csv`. */
export const README_SHEET = 'README';
export const FEED_HEADER = { field: { es: 'Campo', en: 'Field' }, value: { es: 'Valor', en: 'Value' } } as const;

export function headerLabel(spec: { es: string; en: string }, language?: string): string {
  const base = spec.es === spec.en ? spec.es : `${spec.es} / ${spec.en}`;
  return language ? `${base} [${language}]` : base;
}

export function sheet(name: SheetName): SheetSpec {
  return SHEETS.find((s) => s.name === name)!;
}
