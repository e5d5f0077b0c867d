/**
 * Words for every enumerated value of the feed format, in Spanish and English. Typed objects,
 * so a value added to `schema/vocabulary.ts` without a label fails to compile (and a test).
 * Plain text only: an element renders them as text, never as HTML.
 */
import type {
  AgreementStatus,
  CommitmentStatus,
  IndicatorDirection,
  IndicatorLevel,
  InstitutionKind,
  IRM_COMPLETION,
  IRM_DID_IT_OPEN_GOVERNMENT,
  IRM_EARLY_RESULTS,
  IRM_POTENTIAL_FOR_RESULTS,
  IRM_POTENTIAL_IMPACT,
  IRM_SPECIFICITY,
  MilestoneStatus,
  OgpValue,
  PhaseStatus,
  PlanPhase,
} from '../schema/vocabulary.js';
import type { DisplayStatus } from '../derive/status.js';
import type { MilestoneState } from '../derive/milestones.js';
import { pickLanguage } from './language.js';

/** Each kind of label and the values it names. */
export interface LabelValues {
  institutionKind: InstitutionKind;
  planPhase: PlanPhase;
  ogpValue: OgpValue;
  /** A commitment's status as shown: the reported one, or `unknown`. */
  commitmentStatus: DisplayStatus;
  milestoneStatus: MilestoneStatus;
  /** A milestone's state on a given day (derived, see `milestoneState`). */
  milestoneState: MilestoneState;
  phaseStatus: PhaseStatus;
  agreementStatus: AgreementStatus;
  indicatorLevel: IndicatorLevel;
  indicatorDirection: IndicatorDirection;
  irmSpecificity: (typeof IRM_SPECIFICITY)[number];
  irmPotentialImpact: (typeof IRM_POTENTIAL_IMPACT)[number];
  irmPotentialForResults: (typeof IRM_POTENTIAL_FOR_RESULTS)[number];
  irmCompletion: (typeof IRM_COMPLETION)[number];
  irmEarlyResults: (typeof IRM_EARLY_RESULTS)[number];
  irmDidItOpenGovernment: (typeof IRM_DID_IT_OPEN_GOVERNMENT)[number];
}

export type LabelKind = keyof LabelValues;

/** One language's labels: a word for every value of every kind. */
export type Labels = { readonly [K in LabelKind]: Readonly<Record<LabelValues[K], string>> };

const es = {
  institutionKind: {
    ministry: 'Ministerio',
    agency: 'Servicio público',
    legislature: 'Poder Legislativo',
    judiciary: 'Poder Judicial',
    municipality: 'Municipalidad',
    'civil-society': 'Sociedad civil',
    academia: 'Academia',
    international: 'Organismo internacional',
    other: 'Otra',
  },
  planPhase: {
    'co-creation': 'Co-creación',
    implementation: 'Implementación',
    closed: 'Cerrado',
  },
  ogpValue: {
    'access-to-information': 'Acceso a la información',
    'civic-participation': 'Participación cívica',
    'public-accountability': 'Rendición de cuentas pública',
    'technology-and-innovation': 'Tecnología e innovación',
  },
  commitmentStatus: {
    'not-started': 'No iniciado',
    'in-progress': 'En curso',
    delayed: 'Atrasado',
    completed: 'Cumplido',
    withdrawn: 'Retirado',
    unknown: 'Sin información',
  },
  milestoneStatus: {
    'not-started': 'No iniciado',
    'in-progress': 'En curso',
    delayed: 'Atrasado',
    completed: 'Cumplido',
    cancelled: 'Cancelado',
  },
  milestoneState: {
    completed: 'Cumplido',
    cancelled: 'Cancelado',
    overdue: 'Vencido',
    'due-soon': 'Vence pronto',
    upcoming: 'Próximo',
    undated: 'Sin fecha',
  },
  phaseStatus: {
    planned: 'Planificada',
    'in-progress': 'En curso',
    completed: 'Completada',
  },
  agreementStatus: {
    pending: 'Pendiente',
    'in-progress': 'En curso',
    done: 'Cumplido',
    cancelled: 'Cancelado',
  },
  // The Logical Framework's own Spanish names (CEPAL): fin, propósito, componente, actividad.
  indicatorLevel: {
    goal: 'Fin',
    purpose: 'Propósito',
    output: 'Componente',
    activity: 'Actividad',
  },
  indicatorDirection: {
    increase: 'Aumentar',
    decrease: 'Disminuir',
    maintain: 'Mantener',
  },
  irmSpecificity: { none: 'Ninguna', low: 'Baja', medium: 'Media', high: 'Alta' },
  irmPotentialImpact: {
    none: 'Ninguno',
    minor: 'Menor',
    moderate: 'Moderado',
    transformative: 'Transformador',
  },
  irmPotentialForResults: { unclear: 'Poco claro', modest: 'Modesto', substantial: 'Sustancial' },
  irmCompletion: {
    withdrawn: 'Retirado',
    unclear: 'Poco claro',
    'not-started': 'No iniciado',
    limited: 'Limitado',
    substantial: 'Sustancial',
    complete: 'Completo',
  },
  irmEarlyResults: {
    'no-early-results': 'Sin resultados tempranos',
    marginal: 'Marginales',
    significant: 'Significativos',
    outstanding: 'Destacados',
  },
  irmDidItOpenGovernment: {
    worsens: 'Empeora',
    'did-not-change': 'No cambió',
    marginal: 'Marginal',
    major: 'Importante',
    outstanding: 'Destacado',
  },
} as const satisfies Labels;

const en = {
  institutionKind: {
    ministry: 'Ministry',
    agency: 'Public agency',
    legislature: 'Legislature',
    judiciary: 'Judiciary',
    municipality: 'Municipality',
    'civil-society': 'Civil society',
    academia: 'Academia',
    international: 'International body',
    other: 'Other',
  },
  planPhase: {
    'co-creation': 'Co-creation',
    implementation: 'Implementation',
    closed: 'Closed',
  },
  ogpValue: {
    'access-to-information': 'Access to information',
    'civic-participation': 'Civic participation',
    'public-accountability': 'Public accountability',
    'technology-and-innovation': 'Technology and innovation',
  },
  commitmentStatus: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    delayed: 'Delayed',
    completed: 'Completed',
    withdrawn: 'Withdrawn',
    unknown: 'No information',
  },
  milestoneStatus: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    delayed: 'Delayed',
    completed: 'Completed',
    cancelled: 'Cancelled',
  },
  milestoneState: {
    completed: 'Completed',
    cancelled: 'Cancelled',
    overdue: 'Overdue',
    'due-soon': 'Due soon',
    upcoming: 'Upcoming',
    undated: 'No date',
  },
  phaseStatus: {
    planned: 'Planned',
    'in-progress': 'In progress',
    completed: 'Completed',
  },
  agreementStatus: {
    pending: 'Pending',
    'in-progress': 'In progress',
    done: 'Done',
    cancelled: 'Cancelled',
  },
  indicatorLevel: {
    goal: 'Goal',
    purpose: 'Purpose',
    output: 'Output',
    activity: 'Activity',
  },
  indicatorDirection: {
    increase: 'Increase',
    decrease: 'Decrease',
    maintain: 'Maintain',
  },
  irmSpecificity: { none: 'None', low: 'Low', medium: 'Medium', high: 'High' },
  irmPotentialImpact: {
    none: 'None',
    minor: 'Minor',
    moderate: 'Moderate',
    transformative: 'Transformative',
  },
  irmPotentialForResults: { unclear: 'Unclear', modest: 'Modest', substantial: 'Substantial' },
  irmCompletion: {
    withdrawn: 'Withdrawn',
    unclear: 'Unclear',
    'not-started': 'Not started',
    limited: 'Limited',
    substantial: 'Substantial',
    complete: 'Complete',
  },
  irmEarlyResults: {
    'no-early-results': 'No early results',
    marginal: 'Marginal',
    significant: 'Significant',
    outstanding: 'Outstanding',
  },
  irmDidItOpenGovernment: {
    worsens: 'Worsens',
    'did-not-change': 'Did not change',
    marginal: 'Marginal',
    major: 'Major',
    outstanding: 'Outstanding',
  },
} as const satisfies Labels;

export const LABELS: { readonly es: Labels; readonly en: Labels } = { es, en };

/**
 * The label of one value in the reader's language (Spanish for any `es-*`, else English):
 * `label('commitmentStatus', 'in-progress', 'es') === 'En curso'`. A value this SDK does not
 * know (from a newer feed) is shown as it is rather than hidden.
 */
export function label<K extends LabelKind>(kind: K, value: LabelValues[K], lang: string | undefined): string {
  const words: Readonly<Record<string, string>> = LABELS[pickLanguage(lang)][kind];
  return Object.hasOwn(words, value) ? words[value]! : String(value);
}
