/**
 * Small typed builders of valid feed entities for tests. Each returns a complete entity (every
 * list present, as `parseFeed` gives them), valid as feed input too; pass overrides for what a
 * test is about. Other test files import these: keep the names and defaults stable.
 *
 * Defaults are drawn from Chile's 5th action plan (commitment CL0069, Congreso Nacional).
 */
import type {
  ActionPlan,
  Agreement,
  Commitment,
  Feed,
  Forum,
  Indicator,
  Institution,
  Meeting,
  Milestone,
  ProgressUpdate,
} from '../../src/index.js';

export function buildInstitution(overrides: Partial<Institution> = {}): Institution {
  return {
    id: 'congreso',
    name: { es: 'Congreso Nacional de Chile', en: 'National Congress of Chile' },
    kind: 'legislature',
    ...overrides,
  };
}

export function buildMilestone(overrides: Partial<Milestone> = {}): Milestone {
  return {
    title: { es: 'Informe de diagnóstico de interoperabilidad', en: 'Interoperability assessment report' },
    evidence: [],
    ...overrides,
  };
}

export function buildIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    level: 'output',
    name: { es: 'Proyectos de ley publicados en datos abiertos', en: 'Bills published as open data' },
    measurements: [],
    evidence: [],
    ...overrides,
  };
}

export function buildUpdate(overrides: Partial<ProgressUpdate> = {}): ProgressUpdate {
  return {
    date: '2021-09-15',
    text: { es: 'Ilustrativo: diagnóstico entregado.', en: 'Illustrative: assessment delivered.' },
    evidence: [],
    ...overrides,
  };
}

export function buildCommitment(overrides: Partial<Commitment> = {}): Commitment {
  return {
    id: 'CL0069',
    number: '9',
    title: {
      es: 'Diseño de plataforma integrada e interoperable de gestión e información legislativa',
      en: 'Design integrated legislative information platform',
    },
    lead: 'congreso',
    supporting: [],
    values: [],
    policyAreas: [],
    themes: [],
    milestones: [],
    indicators: [],
    updates: [],
    carriesForward: [],
    ...overrides,
  };
}

export function buildPlan(overrides: Partial<ActionPlan> = {}): ActionPlan {
  return {
    id: 'AP_CHL05',
    number: 5,
    title: { es: 'Quinto Plan de Acción de Gobierno Abierto', en: 'Fifth Open Government Action Plan' },
    period: { start: '2020', end: '2022' },
    phase: 'implementation',
    commitments: [],
    cocreation: [],
    ...overrides,
  };
}

export function buildAgreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    text: 'Enviar por correo electrónico insumos para la Hoja de Ruta',
    responsible: 'Comisión de Integridad Pública y Transparencia',
    due: 'asap',
    status: 'pending',
    ...overrides,
  };
}

export function buildMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    date: '2022-03-28',
    agenda: [],
    agreements: [],
    ...overrides,
  };
}

export function buildForum(overrides: Partial<Forum> = {}): Forum {
  return {
    id: 'mesa-ga',
    name: { es: 'Mesa de Gobierno Abierto', en: 'Open Government Roundtable' },
    members: [],
    meetings: [],
    ...overrides,
  };
}

export function buildFeed(overrides: Partial<Feed> = {}): Feed {
  return {
    schemaVersion: '1.0',
    publisher: { name: 'Comisión de Integridad Pública y Transparencia', url: 'https://www.gobiernoabierto.gob.cl' },
    generatedAt: '2026-11-24T12:00:00Z',
    country: 'CHL',
    defaultLanguage: 'es',
    institutions: [buildInstitution()],
    plans: [],
    forums: [],
    ...overrides,
  };
}

/**
 * A commitment whose milestones are built from the given fields, in order, with ids `M1`,
 * `M2`...: the quick way to set up progress, status and overdue cases.
 */
export function commitmentWithMilestones(
  milestones: ReadonlyArray<Partial<Milestone>>,
  overrides: Partial<Commitment> = {},
): Commitment {
  return buildCommitment({
    milestones: milestones.map((m, i) => buildMilestone({ id: `M${i + 1}`, ...m })),
    ...overrides,
  });
}

/** A plan holding the given commitments, inside a feed. */
export function feedWithCommitments(commitments: Commitment[], overrides: Partial<Feed> = {}): Feed {
  return buildFeed({ plans: [buildPlan({ commitments })], ...overrides });
}
