/**
 * Words for every enumerated value of the feed format, one module per language (`labels/es.ts`,
 * `labels/en.ts`, `labels/pt.ts`, `labels/fr.ts`), so a browser bundle can load only the language
 * it speaks. Typed, so a value added to `schema/vocabulary.ts` without its words in every
 * language fails to compile (and a test).
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
import type { IrmTerm, IrmVerdictKey, VerdictKey, VerdictSource } from '../derive/verdict.js';
import { pickLanguage } from './language.js';
import type { UiLanguage } from './language.js';
import { LABELS_EN } from './labels/en.js';
import { LABELS_ES } from './labels/es.js';
import { LABELS_FR } from './labels/fr.js';
import { LABELS_PT } from './labels/pt.js';

/** Each kind of label and the values it names. */
export interface LabelValues {
  institutionKind: InstitutionKind;
  /** Read after "Fase:" / "Phase :": agrees with phase, feminine in es, pt and fr ("Cerrada"). */
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
  /** An IRM rating of what a commitment achieved, as a phrase that names its scale (see `verdictLabel`). */
  irmVerdict: IrmVerdictKey;
  /** Whose verdict and when, for `verdictLabel`'s parentheses: "MRI, fin del plan". */
  irmTerm: IrmTerm;
  /** Where a commitment's best-known verdict comes from. */
  verdictSource: VerdictSource;
}

export type LabelKind = keyof LabelValues;

/** One language's labels: a word for every value of every kind. */
export type Labels = { readonly [K in LabelKind]: Readonly<Record<LabelValues[K], string>> };

/** Every language's labels, each in its own module under `labels/` (see docs/adding-a-language.md). */
export const LABELS: Readonly<Record<UiLanguage, Labels>> = /* @__PURE__ */ Object.freeze({
  es: LABELS_ES,
  en: LABELS_EN,
  pt: LABELS_PT,
  fr: LABELS_FR,
});

/**
 * The label of one value in the reader's language (`es-*` Spanish, `pt-*` Portuguese, `fr-*`
 * French, else English): `label('commitmentStatus', 'in-progress', 'pt-BR') === 'Em curso'`. A
 * value this SDK does not know (from a newer feed) is shown as it is rather than hidden. It holds
 * every language: the elements take one language's `LABELS_XX` from their own string tables.
 */
export function label<K extends LabelKind>(kind: K, value: LabelValues[K], lang: string | undefined): string {
  const words: Readonly<Record<string, string>> = LABELS[pickLanguage(lang)][kind];
  return Object.hasOwn(words, value) ? words[value]! : String(value);
}

/** Whether `value` is one of the values `kind` has words for (a feed may hold newer ones). */
export function hasLabel(kind: LabelKind, value: string): boolean {
  return Object.hasOwn(LABELS_EN[kind], value);
}

/**
 * A verdict (`bestKnown`) or a line of a roll-up (`verdictSummary`) in one language's words
 * (`LABELS.es`, `LABELS_PT`...: an element passes the table it already loaded), naming the IRM,
 * and the report's term when known: `Cumplido`, `Cumplimiento limitado (MRI, fin del plan)`,
 * `Cumplimiento limitado (MRI)`, `Sin información`.
 */
export function verdictLabel(
  verdict: { source: VerdictSource; key: VerdictKey; term?: IrmTerm },
  labels: Labels,
): string {
  if (verdict.source !== 'irm') return labels.commitmentStatus[verdict.key as DisplayStatus] ?? verdict.key;
  const who = verdict.term ? labels.irmTerm[verdict.term] : labels.verdictSource.irm;
  return `${labels.irmVerdict[verdict.key as IrmVerdictKey] ?? verdict.key} (${who})`;
}
