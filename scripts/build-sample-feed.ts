/**
 * Builds `examples/feeds/chile.json`, the sample feed, from real public data:
 * `data/chile/verified-commitments.json` (what could be verified of Chile's 4th, 5th
 * and 6th OGP action plans) and the minutes of the Mesa de Gobierno Abierto of 2022-03-28
 * (`data/minutes/`); `data/README.md` names their sources. Unknowns stay unknown: a `null` in the data is a field left out.
 * The few illustrative values a demo needs are marked where a reader sees them and listed in
 * `examples/feeds/README.md`.
 *
 *   node --conditions=source --import tsx scripts/build-sample-feed.ts          # write
 *   node --conditions=source --import tsx scripts/build-sample-feed.ts --check  # compare only
 *
 * The output is deterministic (same sources, same bytes) and validated with
 * `parseFeed(..., { mode: 'strict' })` before it is written; any error exits non-zero.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { parseFeed } from '@ogp-embed/sdk';
import type { FeedInput, InstitutionKind, IrmAssessment } from '@ogp-embed/sdk';

type Json<T> = T extends readonly (infer U)[] ? U : T;
type PlanInput = Json<NonNullable<FeedInput['plans']>>;
type CommitmentInput = Json<NonNullable<PlanInput['commitments']>>;
type InstitutionInput = Json<NonNullable<FeedInput['institutions']>>;
type ForumInput = Json<NonNullable<FeedInput['forums']>>;
type MemberInput = Json<NonNullable<ForumInput['members']>>;
type MeetingInput = Json<NonNullable<ForumInput['meetings']>>;
type AgreementInput = Json<NonNullable<MeetingInput['agreements']>>;
type TextInput = CommitmentInput['title'];

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCES = {
  data: join(ROOT, 'data/chile/verified-commitments.json'),
  minutes: join(ROOT, 'data/minutes/mesa-gobierno-abierto-2022-03-28.txt'),
};
export const OUTPUT = join(ROOT, 'examples/feeds/chile.json');

/** Fixed, so that rebuilding gives the same bytes. Move it forward when the sources change. */
const GENERATED_AT = '2026-11-25T00:00:00Z';
const ILLUSTRATIVE = 'Ilustrativo / Illustrative:';

/* ---------- The verified data, checked on the way in so a changed file fails loudly ---------- */

const nullable = <T extends z.core.SomeType>(schema: T) => z.optional(z.nullable(schema));
const SourceMilestone = z.object({ title: z.string(), start: nullable(z.string()), end: nullable(z.string()) });
const SourceCommitment = z.object({
  plan: z.number(),
  number: nullable(z.number()),
  id: nullable(z.string()),
  title_es: nullable(z.string()),
  title_en: nullable(z.string()),
  lead: nullable(z.string()),
  start: nullable(z.string()),
  end: nullable(z.string()),
  milestones: nullable(z.array(SourceMilestone)),
  irm: nullable(z.record(z.string(), z.string())),
  afterwards: nullable(z.string()),
  note: nullable(z.string()),
});
const SourcePlan = z.object({
  number: z.number(),
  period: z.tuple([z.string(), z.string()]),
  commitmentCount: z.number(),
  source: z.string(),
  irmResults: nullable(z.string()),
  submitted: nullable(z.string()),
});
const SourceData = z.object({ about: z.string(), plans: z.array(SourcePlan), commitments: z.array(SourceCommitment) });
type SourceData = z.infer<typeof SourceData>;
type SourceCommitment = z.infer<typeof SourceCommitment>;

/* ---------- Institutions: one per lead string or organisation, by hand, never guessed ---------- */

const INSTITUTIONS = {
  'segegob-dos': {
    name: 'División de Organizaciones Sociales del Ministerio Secretaría General de Gobierno',
    kind: 'ministry',
  },
  cplt: { name: 'Consejo para la Transparencia', kind: 'agency' },
  uaf: { name: 'Unidad de Análisis Financiero', acronym: 'UAF', kind: 'agency' },
  chilecompra: { name: 'ChileCompra', kind: 'agency' },
  'segpres-cipt': {
    name: 'Comisión de Integridad Pública y Transparencia del Ministerio Secretaría General de la Presidencia',
    kind: 'ministry',
  },
  'corte-suprema': { name: 'Corte Suprema de Justicia', kind: 'judiciary' },
  dpp: { name: 'Defensoría Penal Pública', kind: 'agency' },
  mma: { name: 'Ministerio del Medio Ambiente', kind: 'ministry' },
  congreso: { name: 'Congreso Nacional de Chile', kind: 'legislature' },
  'congreso-gbt': { name: 'Grupo Bicameral de Transparencia del Congreso Nacional', kind: 'legislature' },
  minenergia: { name: 'Ministerio de Energía', kind: 'ministry' },
  'red-academica-ga': { name: 'Red Académica de Gobierno Abierto', kind: 'academia' },
  'red-sociedad-civil-ga': {
    name: 'Red de Organizaciones de la Sociedad Civil de Gobierno Abierto',
    kind: 'civil-society',
  },
  pnud: {
    name: { es: 'Programa de las Naciones Unidas para el Desarrollo', en: 'United Nations Development Programme' },
    acronym: 'PNUD',
    kind: 'international',
  },
  cepal: {
    name: {
      es: 'Comisión Económica para América Latina y el Caribe',
      en: 'Economic Commission for Latin America and the Caribbean',
    },
    acronym: 'CEPAL',
    kind: 'international',
  },
} satisfies Record<string, { name: TextInput; acronym?: string; kind: InstitutionKind }>;
type InstitutionId = keyof typeof INSTITUTIONS;

/** Each `lead` string of the data: the lead first, then any institution named jointly with it. */
const LEADS: Record<string, [InstitutionId, ...InstitutionId[]]> = {
  'División de Organizaciones Sociales del Ministerio Secretaría General de Gobierno': ['segegob-dos'],
  'Consejo para la Transparencia': ['cplt'],
  'Unidad de Análisis Financiero (UAF)': ['uaf'],
  ChileCompra: ['chilecompra'],
  'Comisión de Integridad Pública y Transparencia del Ministerio Secretaría General de la Presidencia': [
    'segpres-cipt',
  ],
  'Excma. Corte Suprema de Justicia': ['corte-suprema'],
  'Ministerio del Medio Ambiente': ['mma'],
  'Congreso Nacional de Chile': ['congreso'],
  'Ministerio de Energía': ['minenergia'],
  'Excma. Corte Suprema de Justicia y Defensoría Penal Pública': ['corte-suprema', 'dpp'],
  'Grupo Bicameral de Transparencia del Congreso Nacional': ['congreso-gbt'],
};

/** Organisations as the minutes write them (typos included: "Naciones Unidad"). */
const ORGANISATIONS: Record<string, InstitutionId> = {
  'Red Académica de Gobierno Abierto': 'red-academica-ga',
  'Red de Organizaciones de la Sociedad Civil de Gobierno Abierto': 'red-sociedad-civil-ga',
  'Programa de las Naciones Unidad para el Desarrollo (PNUD)': 'pnud',
  'Comisión Económica para América Latina y el Caribe (CEPAL)': 'cepal',
  'Comisión de Integridad Pública y Transparencia': 'segpres-cipt',
};

/** The "Responsable" column of the minutes' agreements. */
const RESPONSIBLES: Record<string, InstitutionId> = {
  'Comisión de Integridad Pública y Transparencia': 'segpres-cipt',
  'Representante de la Red de Sociedad Civil': 'red-sociedad-civil-ga',
};

function lookup<T>(table: Record<string, T>, key: string, what: string): T {
  if (!Object.hasOwn(table, key))
    throw new Error(`No ${what} mapped for ${JSON.stringify(key)}: add it to the builder's table`);
  return table[key] as T;
}

/* ---------- IRM ratings onto the SDK's vocabulary ---------- */

const IRM_BOOLEAN: Record<string, boolean> = { Yes: true, No: false };
const IRM_RATING: Record<string, string> = {
  'No early results to report yet': 'no-early-results',
  Marginal: 'marginal',
  Significant: 'significant',
  Outstanding: 'outstanding',
  Substantial: 'substantial',
  Limited: 'limited',
  Complete: 'complete',
  Modest: 'modest',
  Unclear: 'unclear',
};
const IRM_FIELDS: Record<string, (value: string) => unknown> = {
  verifiable: (v) => lookup(IRM_BOOLEAN, v, 'IRM yes/no'),
  relevant: (v) => lookup(IRM_BOOLEAN, v, 'IRM yes/no'),
  potentialForResults: (v) => lookup(IRM_RATING, v, 'IRM rating'),
  completionEndOfTerm: (v) => lookup(IRM_RATING, v, 'IRM rating'),
  earlyResults: (v) => lookup(IRM_RATING, v, 'IRM rating'),
};

/** Known ratings are mapped; a field the format has no place for (`ambition`) is kept as it is. */
function irmAssessment(source: Record<string, string>): IrmAssessment {
  const irm: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(source)) {
    const map = IRM_FIELDS[field];
    irm[field] = map ? map(value) : value;
  }
  return irm as IrmAssessment;
}

/* ---------- The minutes of 2022-03-28 ---------- */

export interface Minutes {
  date: string;
  place: string;
  agenda: string[];
  members: { name: string; role: string; organisation: string }[];
  agreements: { text: string; responsible: string; due: string }[];
}

const clean = (line: string) => line.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();

function section(lines: string[], start: RegExp, end: RegExp): string[] {
  const from = lines.findIndex((line) => start.test(line));
  const to = lines.findIndex((line, i) => i > from && end.test(line));
  if (from < 0 || to < 0) throw new Error(`Minutes: section ${start} not found`);
  return lines.slice(from + 1, to).filter((line) => line.trim() !== '');
}

function field(lines: string[], label: string): string {
  const line = lines.find((l) => l.startsWith(`${label}:`));
  if (!line) throw new Error(`Minutes: "${label}:" not found`);
  return clean(line.slice(label.length + 1));
}

/** `28-03-2022` to `2022-03-28`; "A la brevedad" to `asap`. */
function minutesDate(value: string): string {
  if (/^a la brevedad$/i.test(value)) return 'asap';
  const match = /^(\d{2})-(\d{2})-(\d{4})$/.exec(value);
  if (!match) throw new Error(`Minutes: unreadable date ${JSON.stringify(value)}`);
  return `${match[3]}-${match[2]}-${match[1]}`;
}

/** Reads what the feed needs from the minutes' text; throws when its layout is not the expected one. */
export function readMinutes(text: string): Minutes {
  const lines = text.split(/\r?\n/);
  const agenda = section(lines, /^TABLA$/, /^DESARROLLO$/).map((line) => clean(line.replace(/^- \d+\.\s*/, '')));
  const members = section(lines, /^1\. Miembros de la Mesa:/, /^2\. Otros:/).map((line) => {
    const entry = clean(line.replace(/^-\s*(\*\*)?([a-z]\.)?(\*\*)?\s*/, ''));
    const match = /^([^,]+), (.+?) (?:de la|del|de) (.+?)\.?$/.exec(entry);
    if (!match) throw new Error(`Minutes: unreadable member ${JSON.stringify(line)}`);
    const [, name, role, organisation] = match as unknown as [string, string, string, string];
    return { name, role: role.charAt(0).toUpperCase() + role.slice(1), organisation };
  });
  // Each agreement is a row of three tab-separated cells; a long cell wraps onto a second line
  // whose date cell is empty.
  const rows = section(lines, /^ACUERDOS Y COMPROMISOS$/, /^PRÓXIMA REUNIÓN$/).slice(1);
  const agreements: Minutes['agreements'] = [];
  for (const row of rows) {
    const cells = row.split('\t').map(clean);
    if (cells[2]) agreements.push({ text: cells[0]!, responsible: cells[1]!, due: minutesDate(cells[2]!) });
    else if (agreements.length > 0) {
      const last = agreements.at(-1)!;
      last.text = clean(`${last.text} ${cells[0] ?? ''}`);
      last.responsible = clean(`${last.responsible} ${cells[1] ?? ''}`);
    } else throw new Error(`Minutes: unreadable agreement row ${JSON.stringify(row)}`);
  }
  return { date: minutesDate(field(lines, 'Fecha')), place: field(lines, 'Lugar'), agenda, members, agreements };
}

/* ---------- Building the feed ---------- */

const ORDINAL_EN: Record<number, string> = { 4: '4th', 5: '5th', 6: '6th' };
const PHASES: Record<number, PlanInput['phase']> = { 4: 'closed', 5: 'closed', 6: 'implementation' };

/** `{es, en}` with the languages that are known; `undefined` when neither is. */
function localized(es: string | null | undefined, en: string | null | undefined): TextInput | undefined {
  const text: Record<string, string> = {};
  if (es) text.es = es;
  if (en) text.en = en;
  return Object.keys(text).length > 0 ? text : undefined;
}

/** Leaves out the keys whose value is unknown, so the JSON holds no `null` and no guess. */
function known<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as never;
}

/** Progress updates that say what became of a commitment, from the data and the minutes. */
const UPDATES: Record<string, CommitmentInput['updates']> = {
  CL0061: [
    {
      date: '2022-03-28',
      text: {
        es: 'En la Mesa de Gobierno Abierto, el representante de la Asociación Chilena de Voluntarios pidió que los compromisos inconclusos no se descarten, sino que se integren en los siguientes planes de acción, con este registro de beneficiarios finales como ejemplo.',
        en: 'At the Open Government Roundtable, the representative of the Asociación Chilena de Voluntarios asked that unfinished commitments not be dropped but carried into the following action plans, giving this register of beneficial owners as the example.',
      },
      author: 'Acta de la Mesa de Gobierno Abierto, 28-03-2022',
    },
    {
      date: '2023-12-18',
      text: {
        es: 'Ingresó al Senado un proyecto de ley que crea un registro nacional de beneficiarios finales (Boletín 16.475-05).',
        en: 'A bill creating a national register of beneficial owners (Boletín 16.475-05) entered the Senate.',
      },
    },
  ],
  CL0066: [
    {
      date: '2022-03-28',
      text: {
        es: 'La Comisión trabaja en un primer levantamiento de información como insumo de la Hoja de Ruta, y preparará términos de referencia para una consultoría que apoye su cumplimiento, con fondos del BID.',
        en: 'The Commission is working on a first survey of information as input for the roadmap, and will prepare terms of reference for a consultancy to support it, funded by the IDB.',
      },
      author: 'Acta de la Mesa de Gobierno Abierto, 28-03-2022',
    },
  ],
};

/** The only invented figures, for the demo of a commitment in implementation (see README). */
const ILLUSTRATIVE_PARTS: Record<string, Partial<CommitmentInput>> = {
  CL0081: {
    reported: { status: 'in-progress', percent: 30, asOf: '2025-06', illustrative: true },
    updates: [
      {
        date: '2025-06',
        text: {
          es: `${ILLUSTRATIVE} este avance y su porcentaje (30 %) son inventados para la demostración; no son un reporte real.`,
          en: `${ILLUSTRATIVE} this update and its percentage (30%) are invented for the demo; they are not a real report.`,
        },
        author: 'ogp-embed',
        illustrative: true,
      },
    ],
    indicators: [
      {
        id: 'CL0081-i1',
        level: 'output',
        name: {
          es: `${ILLUSTRATIVE} herramientas del Congreso Virtual puestas en piloto (chatbot, módulo de lenguaje claro)`,
          en: `${ILLUSTRATIVE} Virtual Congress tools piloted (chatbot, plain-language module)`,
        },
        unit: { es: 'herramientas', en: 'tools', pt: 'ferramentas', fr: 'outils' },
        unitOne: { es: 'herramienta', en: 'tool', pt: 'ferramenta', fr: 'outil' },
        direction: 'increase',
        baseline: { value: 0, date: '2024' },
        target: { value: 2, date: '2026-12' },
        measurements: [
          {
            date: '2025-06',
            value: 1,
            note: {
              es: `${ILLUSTRATIVE} cifra inventada para la demostración.`,
              en: `${ILLUSTRATIVE} a figure invented for the demo.`,
            },
          },
        ],
        illustrative: true,
      },
    ],
  },
};

function institutionsOf(lead: string | null | undefined): InstitutionId[] {
  return lead ? lookup(LEADS, lead, 'institution') : [];
}

/** Commitment 12 of the 4th plan has no known OGP id: a publisher id that cannot pass for one. */
function commitmentId(source: SourceCommitment): string {
  if (source.id) return source.id;
  if (source.number == null) throw new Error(`A commitment of plan ${source.plan} has neither id nor number`);
  return `AP_CHL${String(source.plan).padStart(2, '0')}-${source.number}`;
}

function commitment(source: SourceCommitment): CommitmentInput {
  const id = commitmentId(source);
  const title = localized(source.title_es, source.title_en);
  if (!title) throw new Error(`${id} has no title`);
  const [lead, ...supporting] = institutionsOf(source.lead);
  const milestones = (source.milestones ?? []).map((m, i) =>
    known({ id: `${id}-m${i + 1}`, title: m.title, start: m.start, due: m.end }),
  );
  const illustrative = ILLUSTRATIVE_PARTS[id] ?? {};
  const updates = [...(UPDATES[id] ?? []), ...(illustrative.updates ?? [])];
  return known({
    id,
    number: source.number == null ? undefined : String(source.number),
    title,
    lead,
    supporting: supporting.length > 0 ? supporting : undefined,
    start: source.start,
    end: source.end,
    milestones: milestones.length > 0 ? milestones : undefined,
    indicators: illustrative.indicators,
    updates: updates.length > 0 ? updates : undefined,
    reported: illustrative.reported,
    irm: source.irm ? irmAssessment(source.irm) : undefined,
  });
}

/** The 6th plan's co-creation, as far as the minutes and the data tell it. */
function cocreation(plan: SourceData['plans'][number], minutes: Minutes): PlanInput['cocreation'] {
  if (plan.number !== 6) return undefined;
  const phases: NonNullable<PlanInput['cocreation']> = [
    {
      id: 'cocreacion',
      title: { es: 'Cocreación del 6° Plan de Acción', en: 'Co-creation of the 6th action plan' },
      description: {
        es: `Según el borrador de cronograma presentado a la Mesa de Gobierno Abierto el ${minutes.date}, la cocreación comenzaría en junio de 2022, con una recepción de propuestas más extensa que en periodos anteriores.`,
        en: `According to the draft timeline presented to the Open Government Roundtable on ${minutes.date}, co-creation would start in June 2022, with a longer period for receiving proposals than before.`,
      },
      start: '2022-06',
      status: 'completed',
    },
  ];
  if (plan.submitted) {
    phases.push({
      id: 'entrega',
      title: { es: 'Entrega del plan a OGP', en: 'Plan submitted to OGP' },
      start: plan.submitted,
      end: plan.submitted,
      status: 'completed',
    });
  }
  return phases;
}

function plans(data: SourceData, minutes: Minutes): PlanInput[] {
  return data.plans.map((plan) => {
    const phase = PHASES[plan.number];
    if (!phase) throw new Error(`No phase known for plan ${plan.number}`);
    return known({
      id: `AP_CHL${String(plan.number).padStart(2, '0')}`,
      number: plan.number,
      title: {
        es: `${plan.number}° Plan de Acción de Gobierno Abierto`,
        en: `${ORDINAL_EN[plan.number] ?? `No. ${plan.number}`} Open Government Action Plan`,
      },
      period: { start: plan.period[0], end: plan.period[1] },
      phase,
      commitments: data.commitments.filter((c) => c.plan === plan.number).map(commitment),
      cocreation: cocreation(plan, minutes),
      // Kept as extra fields: the feed lists only the verified commitments of each plan.
      commitmentCount: plan.commitmentCount,
      irmResults: plan.irmResults,
    });
  });
}

function forum(minutes: Minutes): ForumInput {
  const members: MemberInput[] = minutes.members.map((member) => {
    const institution = lookup(ORGANISATIONS, member.organisation, 'institution');
    return { name: member.name, organisation: INSTITUTIONS[institution].name, institution, role: member.role };
  });
  const meetingId = `mga-${minutes.date}`;
  const agreements: AgreementInput[] = minutes.agreements.map((agreement, i) => ({
    id: `${meetingId}-${i + 1}`,
    text: agreement.text,
    responsible: agreement.responsible,
    responsibleInstitution: lookup(RESPONSIBLES, agreement.responsible, 'institution'),
    due: agreement.due,
    // What the minutes record; no later record of these agreements was available.
    status: 'pending',
  }));
  return {
    id: 'mesa-gobierno-abierto',
    name: { es: 'Mesa de Gobierno Abierto', en: 'Open Government Roundtable' },
    members,
    meetings: [{ id: meetingId, date: minutes.date, place: minutes.place, agenda: minutes.agenda, agreements }],
  };
}

/** Institutions in order of first use, each once. */
function institutions(feedPlans: PlanInput[], feedForum: ForumInput): InstitutionInput[] {
  const used = new Set<string>();
  for (const plan of feedPlans) {
    for (const c of plan.commitments ?? []) [c.lead, ...(c.supporting ?? [])].forEach((id) => id && used.add(id));
  }
  for (const member of feedForum.members ?? []) if (member.institution) used.add(member.institution);
  for (const meeting of feedForum.meetings ?? []) {
    for (const a of meeting.agreements ?? []) if (a.responsibleInstitution) used.add(a.responsibleInstitution);
  }
  return [...used].map((id) => ({ id, ...INSTITUTIONS[id as InstitutionId] }));
}

export function buildSampleFeed(data: SourceData, minutes: Minutes): FeedInput {
  const feedPlans = plans(data, minutes);
  const feedForum = forum(minutes);
  return {
    schemaVersion: '1.0',
    publisher: {
      name: {
        es: 'ogp-embed: feed de muestra con datos públicos de Chile',
        en: "ogp-embed: sample feed built from Chile's public data",
      },
    },
    generatedAt: GENERATED_AT,
    country: 'CHL',
    defaultLanguage: 'es',
    institutions: institutions(feedPlans, feedForum),
    plans: feedPlans,
    forums: [feedForum],
  };
}

/** The sample as the bytes to commit; throws when the sources or the result do not hold up. */
export function renderSampleFeed(sources = SOURCES): string {
  const data = SourceData.parse(JSON.parse(readFileSync(sources.data, 'utf8')));
  const minutes = readMinutes(readFileSync(sources.minutes, 'utf8'));
  const feed = buildSampleFeed(data, minutes);
  const result = parseFeed(feed, { mode: 'strict' });
  const errors = result.issues.filter((issue) => issue.severity === 'error');
  if (!result.ok || errors.length > 0) {
    throw new Error(`The sample feed is not valid:\n${errors.map((issue) => `  ${issue.message}`).join('\n')}`);
  }
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** Write to a temporary file beside the target, then rename: readers never see half a file. */
function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

function main(): void {
  const text = renderSampleFeed();
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUTPUT, 'utf8');
    if (current !== text) {
      console.error(`${OUTPUT} is out of date: run scripts/build-sample-feed.ts`);
      process.exitCode = 1;
    } else console.log(`${OUTPUT} is up to date`);
    return;
  }
  writeAtomically(OUTPUT, text);
  console.log(`Wrote ${OUTPUT} (${Buffer.byteLength(text)} bytes)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
