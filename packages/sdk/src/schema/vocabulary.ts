/**
 * The zod schemas of every enumerated value of the feed format, and their types. The lists
 * themselves live in `constants.ts` (no zod) and are re-exported here: they are the single list
 * that the schemas, the labels (`labels.ts`) and the JSON Schema are all built from.
 */
import { z } from './zod.js';
import {
  INSTITUTION_KINDS,
  PLAN_PHASES,
  OGP_VALUES,
  COMMITMENT_STATUSES,
  MILESTONE_STATUSES,
  PHASE_STATUSES,
  AGREEMENT_STATUSES,
  INDICATOR_LEVELS,
  INDICATOR_DIRECTIONS,
} from './constants.js';

export * from './constants.js';

export const InstitutionKind = z.enum(INSTITUTION_KINDS);
export const PlanPhase = z.enum(PLAN_PHASES);
export const OgpValue = z.enum(OGP_VALUES);
export const CommitmentStatus = z.enum(COMMITMENT_STATUSES);
export const MilestoneStatus = z.enum(MILESTONE_STATUSES);
export const PhaseStatus = z.enum(PHASE_STATUSES);
export const AgreementStatus = z.enum(AGREEMENT_STATUSES);
export const IndicatorLevel = z.enum(INDICATOR_LEVELS);
export const IndicatorDirection = z.enum(INDICATOR_DIRECTIONS);

export type InstitutionKind = z.infer<typeof InstitutionKind>;
export type PlanPhase = z.infer<typeof PlanPhase>;
export type OgpValue = z.infer<typeof OgpValue>;
export type CommitmentStatus = z.infer<typeof CommitmentStatus>;
export type MilestoneStatus = z.infer<typeof MilestoneStatus>;
export type PhaseStatus = z.infer<typeof PhaseStatus>;
export type AgreementStatus = z.infer<typeof AgreementStatus>;
export type IndicatorLevel = z.infer<typeof IndicatorLevel>;
export type IndicatorDirection = z.infer<typeof IndicatorDirection>;
