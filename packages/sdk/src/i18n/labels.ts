/**
 * Words for every enumerated value of the feed format, in Spanish and English, written side by
 * side (each value once, with both its words). Typed, so a value added to `schema/vocabulary.ts`
 * without both words fails to compile (and a test).
 * Plain text only: an element renders them as text, never as HTML.
 */
import type {
  AgreementStatus,
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

/** Each value's words, side by side: `[Spanish, English]`. */
type Words = { readonly [K in LabelKind]: Readonly<Record<LabelValues[K], readonly [es: string, en: string]>> };

const WORDS = {
  institutionKind: {
    ministry: ['Ministerio', 'Ministry'],
    agency: ['Servicio público', 'Public agency'],
    legislature: ['Poder Legislativo', 'Legislature'],
    judiciary: ['Poder Judicial', 'Judiciary'],
    municipality: ['Municipalidad', 'Municipality'],
    'civil-society': ['Sociedad civil', 'Civil society'],
    academia: ['Academia', 'Academia'],
    international: ['Organismo internacional', 'International body'],
    other: ['Otra', 'Other'],
  },
  planPhase: {
    'co-creation': ['Co-creación', 'Co-creation'],
    implementation: ['Implementación', 'Implementation'],
    closed: ['Cerrado', 'Closed'],
  },
  ogpValue: {
    'access-to-information': ['Acceso a la información', 'Access to information'],
    'civic-participation': ['Participación cívica', 'Civic participation'],
    'public-accountability': ['Rendición de cuentas pública', 'Public accountability'],
    'technology-and-innovation': ['Tecnología e innovación', 'Technology and innovation'],
  },
  commitmentStatus: {
    'not-started': ['No iniciado', 'Not started'],
    'in-progress': ['En curso', 'In progress'],
    delayed: ['Atrasado', 'Delayed'],
    completed: ['Cumplido', 'Completed'],
    withdrawn: ['Retirado', 'Withdrawn'],
    unknown: ['Sin información', 'No information'],
  },
  milestoneStatus: {
    'not-started': ['No iniciado', 'Not started'],
    'in-progress': ['En curso', 'In progress'],
    delayed: ['Atrasado', 'Delayed'],
    completed: ['Cumplido', 'Completed'],
    cancelled: ['Cancelado', 'Cancelled'],
  },
  milestoneState: {
    completed: ['Cumplido', 'Completed'],
    cancelled: ['Cancelado', 'Cancelled'],
    overdue: ['Vencido', 'Overdue'],
    unreported: ['Sin reporte', 'Not reported'],
    'due-soon': ['Vence pronto', 'Due soon'],
    upcoming: ['Próximo', 'Upcoming'],
    undated: ['Sin fecha', 'No date'],
  },
  phaseStatus: {
    planned: ['Planificada', 'Planned'],
    'in-progress': ['En curso', 'In progress'],
    completed: ['Completada', 'Completed'],
  },
  agreementStatus: {
    pending: ['Pendiente', 'Pending'],
    'in-progress': ['En curso', 'In progress'],
    done: ['Cumplido', 'Done'],
    cancelled: ['Cancelado', 'Cancelled'],
  },
  // The Logical Framework's own Spanish names (CEPAL): fin, propósito, componente, actividad.
  indicatorLevel: {
    goal: ['Fin', 'Goal'],
    purpose: ['Propósito', 'Purpose'],
    output: ['Componente', 'Output'],
    activity: ['Actividad', 'Activity'],
  },
  indicatorDirection: {
    increase: ['Aumentar', 'Increase'],
    decrease: ['Disminuir', 'Decrease'],
    maintain: ['Mantener', 'Maintain'],
  },
  irmSpecificity: {
    none: ['Ninguna', 'None'],
    low: ['Baja', 'Low'],
    medium: ['Media', 'Medium'],
    high: ['Alta', 'High'],
  },
  irmPotentialImpact: {
    none: ['Ninguno', 'None'],
    minor: ['Menor', 'Minor'],
    moderate: ['Moderado', 'Moderate'],
    transformative: ['Transformador', 'Transformative'],
  },
  irmPotentialForResults: {
    unclear: ['Poco claro', 'Unclear'],
    modest: ['Modesto', 'Modest'],
    substantial: ['Sustancial', 'Substantial'],
  },
  irmCompletion: {
    withdrawn: ['Retirado', 'Withdrawn'],
    unclear: ['Poco claro', 'Unclear'],
    'not-started': ['No iniciado', 'Not started'],
    limited: ['Limitado', 'Limited'],
    substantial: ['Sustancial', 'Substantial'],
    complete: ['Completo', 'Complete'],
  },
  irmEarlyResults: {
    'no-early-results': ['Sin resultados tempranos', 'No early results'],
    marginal: ['Marginales', 'Marginal'],
    significant: ['Significativos', 'Significant'],
    outstanding: ['Destacados', 'Outstanding'],
  },
  irmDidItOpenGovernment: {
    worsens: ['Empeora', 'Worsens'],
    'did-not-change': ['No cambió', 'Did not change'],
    marginal: ['Marginal', 'Marginal'],
    major: ['Importante', 'Major'],
    outstanding: ['Destacado', 'Outstanding'],
  },
} as const satisfies Words;

/** One language's labels, from its column of `WORDS`. */
function labelsIn(column: 0 | 1): Labels {
  const table = Object.entries(WORDS).map(([kind, words]) => [
    kind,
    Object.fromEntries(Object.entries(words).map(([value, pair]) => [value, pair[column]])),
  ]);
  return Object.fromEntries(table) as Labels;
}

export const LABELS: { readonly es: Labels; readonly en: Labels } = /* @__PURE__ */ Object.freeze({
  es: /* @__PURE__ */ labelsIn(0),
  en: /* @__PURE__ */ labelsIn(1),
});

/**
 * The label of one value in the reader's language (Spanish for any `es-*`, else English):
 * `label('commitmentStatus', 'in-progress', 'es') === 'En curso'`. A value this SDK does not
 * know (from a newer feed) is shown as it is rather than hidden.
 */
export function label<K extends LabelKind>(kind: K, value: LabelValues[K], lang: string | undefined): string {
  // Read from `WORDS`, not `LABELS`: a bundle that only calls `label` leaves `LABELS` out.
  const words: Readonly<Record<string, readonly [es: string, en: string]>> = WORDS[kind];
  return hasLabel(kind, value) ? words[value]![pickLanguage(lang) === 'es' ? 0 : 1] : String(value);
}

/** Whether `value` is one of the values `kind` has words for (a feed may hold newer ones). */
export function hasLabel(kind: LabelKind, value: string): boolean {
  return Object.hasOwn(WORDS[kind], value);
}
