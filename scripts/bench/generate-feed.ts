/**
 * A large, valid, deterministic feed for benchmarks: parse speed here, render speed in the
 * elements later. Runs in Node and in browsers (no Node built-ins).
 *
 * Sizes follow OGP's own commitments sheet (`data/ogp/`, 557 commitments): titles
 * of 60-150 characters, a full text of about 2,600 characters (median) split here into
 * description, problem and objective; plans of about 15 commitments; 3 to 8 milestones each
 * (the Chilean commitments have 4 to 8). Every commitment also has indicators, and most have
 * progress updates, a reported status and IRM ratings, so every part of the schema is exercised.
 */
import type { FeedInput } from '@ogp-embed/sdk';
import {
  COMMITMENT_STATUSES,
  INDICATOR_DIRECTIONS,
  INDICATOR_LEVELS,
  INSTITUTION_KINDS,
  IRM_COMPLETION,
  IRM_EARLY_RESULTS,
  IRM_POTENTIAL_IMPACT,
  IRM_SPECIFICITY,
  MILESTONE_STATUSES,
  OGP_VALUES,
} from '@ogp-embed/sdk';

type Item<T> = T extends readonly (infer U)[] ? U : never;
type PlanInput = Item<FeedInput['plans']>;
type CommitmentInput = Item<PlanInput['commitments']>;
type MilestoneInput = Item<CommitmentInput['milestones']>;
type IndicatorInput = Item<CommitmentInput['indicators']>;
type UpdateInput = Item<CommitmentInput['updates']>;
type InstitutionInput = Item<FeedInput['institutions']>;
type ForumInput = Item<FeedInput['forums']>;

export interface GenerateOptions {
  /** Number of commitments; default 10,000. */
  commitments?: number;
  /** Seed of the pseudo-random sequence: the same seed gives the same feed. */
  seed?: number;
}

/** mulberry32: small, fast, and the same sequence on every engine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS_ES = (
  'gobierno abierto plan acción compromiso ciudadanía participación transparencia datos públicos ' +
  'información acceso institución municipio servicio consulta plataforma registro rendición cuentas ' +
  'integridad justicia congreso presupuesto contratación ley reglamento sociedad civil mesa trabajo ' +
  'indicadores seguimiento implementación diagnóstico talleres metodología publicación portal nacional ' +
  'regional local mujeres género jóvenes territorio comunidades digital interoperabilidad estándar ' +
  'abiertos beneficiarios finales empresas medio ambiente agua energía salud educación de la el en ' +
  'para con los las del por un una que se su al como más sobre entre'
).split(' ');
const WORDS_EN = (
  'open government action plan commitment citizens participation transparency public data ' +
  'information access institution municipality service consultation platform register accountability ' +
  'integrity justice congress budget procurement law regulation civil society working group ' +
  'indicators monitoring implementation assessment workshops methodology publication portal national ' +
  'regional local women gender youth territory communities digital interoperability standard ' +
  'beneficial ownership companies environment water energy health education the of and in to for ' +
  'with on by a that as more about between'
).split(' ');
const POLICY_AREAS = [
  'Open Parliaments',
  'Access to Information',
  'Open Data',
  'Public Procurement',
  'Beneficial Ownership',
  'Justice',
  'Civic Space',
  'Fiscal Openness',
  'Anti-Corruption',
  'Environment and Climate',
  'Public Participation',
  'Public Service Delivery',
  'Gender',
  'Local Government',
  'Digital Governance',
];
const THEMES = ['gender', 'local government', 'youth', 'climate', 'health', 'education', 'inclusion'];
const UNITS = ['%', 'personas', 'documentos', 'instituciones', 'consultas', 'días'];

export function generateFeed(options: GenerateOptions = {}): FeedInput {
  const total = options.commitments ?? 10_000;
  const next = random(options.seed ?? 2022_03_28);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const chance = (p: number) => next() < p;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const count = Math.min(int(min, max), list.length);
    const start = int(0, list.length - 1);
    return Array.from({ length: count }, (_, i) => list[(start + i) % list.length]!);
  };
  /** Words up to about `length` characters, capitalised, ending with a full stop when asked. */
  const prose = (words: string[], length: number, sentence = true): string => {
    let text = '';
    while (text.length < length) text += (text ? ' ' : '') + pick(words);
    text = text.charAt(0).toUpperCase() + text.slice(1);
    return sentence ? `${text}.` : text;
  };
  const both = (min: number, max: number) => {
    const length = int(min, max);
    return { es: prose(WORDS_ES, length, false), en: prose(WORDS_EN, Math.round(length * 0.9), false) };
  };
  const month = (year: number) => `${year}-${String(int(1, 12)).padStart(2, '0')}`;
  const day = (year: number) => `${month(year)}-${String(int(1, 28)).padStart(2, '0')}`;
  const date = (year: number) => (chance(0.5) ? month(year) : chance(0.8) ? day(year) : String(year));
  const link = (path: string) => ({
    title: prose(WORDS_ES, int(15, 40), false),
    url: `https://www.example.org/${path}`,
  });

  const institutions: InstitutionInput[] = Array.from({ length: 200 }, (_, i) => ({
    id: `inst-${i}`,
    name: prose(WORDS_ES, int(20, 90), false),
    ...(chance(0.4) ? { acronym: prose(WORDS_ES, 3, false).slice(0, 4).toUpperCase() } : {}),
    kind: pick(INSTITUTION_KINDS),
    ...(chance(0.5) ? { url: `https://inst-${i}.example.org/` } : {}),
  }));

  const milestone = (id: string, year: number): MilestoneInput => {
    const status = pick(MILESTONE_STATUSES);
    return {
      id,
      title: prose(WORDS_ES, int(50, 140), false),
      ...(chance(0.3) ? { description: prose(WORDS_ES, int(100, 300)) } : {}),
      start: month(year),
      due: date(year + 1),
      status,
      ...(status === 'completed' ? { completedOn: day(year + 1) } : {}),
      ...(chance(0.3) ? { weight: int(1, 3) } : {}),
      ...(chance(0.2) ? { responsible: `inst-${int(0, 199)}` } : {}),
      evidence: Array.from({ length: int(0, 2) }, (_, k) => link(`evidence/${id}/${k}`)),
    };
  };

  const indicator = (id: string, year: number): IndicatorInput => ({
    id,
    level: pick(INDICATOR_LEVELS),
    name: both(40, 120),
    unit: pick(UNITS),
    direction: pick(INDICATOR_DIRECTIONS),
    baseline: { value: int(0, 50), date: String(year) },
    target: { value: int(60, 100), date: String(year + 2) },
    measurements: Array.from({ length: int(0, 4) }, () => ({ date: month(year + 1), value: int(0, 100) })),
    verification: prose(WORDS_ES, int(40, 120)),
    ...(chance(0.5) ? { assumptions: prose(WORDS_ES, int(60, 200)) } : {}),
  });

  const update = (year: number, path: string): UpdateInput => ({
    date: date(year + 1),
    text: prose(WORDS_ES, int(150, 500)),
    author: prose(WORDS_ES, int(10, 40), false),
    evidence: chance(0.5) ? [link(path)] : [],
  });

  const plans: PlanInput[] = [];
  const commitmentIds: string[] = [];
  for (let made = 0, p = 0; made < total; p++) {
    const year = 2012 + (p % 12);
    const count = Math.min(total - made, int(10, 20));
    const commitments: CommitmentInput[] = [];
    for (let c = 0; c < count; c++, made++) {
      const id = `CL${String(made).padStart(5, '0')}`;
      const commitment: CommitmentInput = {
        id,
        number: chance(0.1) ? `${c + 1}.${int(1, 3)}` : String(c + 1),
        title: both(60, 150),
        shortTitle: both(25, 60),
        description: prose(WORDS_ES, int(800, 2000)),
        problem: prose(WORDS_ES, int(300, 900)),
        objective: prose(WORDS_ES, int(150, 500)),
        lead: `inst-${int(0, 199)}`,
        supporting: Array.from({ length: int(0, 3) }, () => `inst-${int(0, 199)}`),
        values: some(OGP_VALUES, 1, 3),
        policyAreas: some(POLICY_AREAS, 1, 3),
        themes: some(THEMES, 0, 2),
        start: month(year),
        // Ends late enough that no generated milestone is due after it (no warnings).
        end: `${year + 2}-12-31`,
        milestones: Array.from({ length: int(3, 8) }, (_, m) => milestone(`${id}-m${m + 1}`, year)),
        indicators: Array.from({ length: int(1, 3) }, (_, k) => indicator(`${id}-i${k + 1}`, year)),
        updates: Array.from({ length: int(0, 3) }, (_, u) => update(year, `updates/${id}/${u}`)),
        url: `https://www.example.org/commitments/${id}`,
      };
      if (chance(0.8))
        commitment.reported = { status: pick(COMMITMENT_STATUSES), percent: int(0, 100), asOf: month(year + 1) };
      if (chance(0.6)) {
        commitment.irm = {
          specificity: pick(IRM_SPECIFICITY),
          verifiable: chance(0.8),
          relevant: chance(0.9),
          potentialImpact: pick(IRM_POTENTIAL_IMPACT),
          completionEndOfTerm: pick(IRM_COMPLETION),
          earlyResults: pick(IRM_EARLY_RESULTS),
          starred: chance(0.05),
        };
      }
      if (commitmentIds.length > 0 && chance(0.05)) commitment.carriesForward = [pick(commitmentIds)];
      commitments.push(commitment);
    }
    commitmentIds.push(...commitments.map((c) => c.id));
    plans.push({
      id: `AP_GEN${String(p + 1).padStart(3, '0')}`,
      number: p + 1,
      title: both(30, 60),
      period: { start: String(year), end: String(year + 2) },
      phase: made < total ? 'closed' : 'implementation',
      commitments,
    });
  }

  const forums: ForumInput[] = Array.from({ length: 5 }, (_, f) => ({
    id: `forum-${f}`,
    name: both(20, 50),
    members: Array.from({ length: int(5, 15) }, () => ({
      name: prose(WORDS_ES, int(10, 25), false),
      organisation: prose(WORDS_ES, int(20, 60), false),
      institution: `inst-${int(0, 199)}`,
      role: 'Representante',
    })),
    meetings: Array.from({ length: 12 }, (_, m) => ({
      id: `forum-${f}-meeting-${m}`,
      date: day(2020 + (m % 6)),
      place: prose(WORDS_ES, int(20, 50), false),
      agenda: Array.from({ length: int(2, 5) }, () => prose(WORDS_ES, int(40, 120))),
      agreements: Array.from({ length: int(1, 5) }, () => ({
        text: prose(WORDS_ES, int(40, 150)),
        responsible: prose(WORDS_ES, int(20, 60), false),
        due: chance(0.3) ? 'asap' : day(2021 + (m % 6)),
        status: pick(['pending', 'in-progress', 'done'] as const),
      })),
    })),
  }));

  return {
    schemaVersion: '1.0',
    publisher: { name: { es: 'Feed generado para pruebas de rendimiento', en: 'Feed generated for benchmarks' } },
    generatedAt: '2026-01-01T00:00:00Z',
    country: 'CHL',
    defaultLanguage: 'es',
    institutions,
    plans,
    forums,
  };
}
