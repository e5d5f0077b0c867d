/**
 * Every enumerated value of the feed format. The arrays are the single list that the schemas,
 * the labels (`labels.ts`) and the JSON Schema are all built from.
 */
import { z } from './zod.js';

export const INSTITUTION_KINDS = [
  'ministry',
  'agency',
  'legislature',
  'judiciary',
  'municipality',
  'civil-society',
  'academia',
  'international',
  'other',
] as const;

export const PLAN_PHASES = ['co-creation', 'implementation', 'closed'] as const;

/** The four OGP values a commitment can be relevant to. */
export const OGP_VALUES = [
  'access-to-information',
  'civic-participation',
  'public-accountability',
  'technology-and-innovation',
] as const;

/** A commitment's self-reported status. */
export const COMMITMENT_STATUSES = [
  'not-started',
  'in-progress',
  'delayed',
  'completed',
  'withdrawn',
] as const;

export const MILESTONE_STATUSES = [
  'not-started',
  'in-progress',
  'delayed',
  'completed',
  'cancelled',
] as const;

/** Status of a co-creation phase of an action plan. */
export const PHASE_STATUSES = ['planned', 'in-progress', 'completed'] as const;

/** Status of a forum's agreement (acuerdo). */
export const AGREEMENT_STATUSES = ['pending', 'in-progress', 'done', 'cancelled'] as const;

/** Logical Framework (Marco Lógico) levels, from the broadest to the most concrete. */
export const INDICATOR_LEVELS = ['goal', 'purpose', 'output', 'activity'] as const;

/** Which way an indicator should move for the commitment to succeed. */
export const INDICATOR_DIRECTIONS = ['increase', 'decrease', 'maintain'] as const;

/* The Independent Reporting Mechanism's rating scales, as OGP publishes them. */
export const IRM_SPECIFICITY = ['none', 'low', 'medium', 'high'] as const;
export const IRM_POTENTIAL_IMPACT = ['none', 'minor', 'moderate', 'transformative'] as const;
export const IRM_POTENTIAL_FOR_RESULTS = ['unclear', 'modest', 'substantial'] as const;
export const IRM_COMPLETION = [
  'withdrawn',
  'unclear',
  'not-started',
  'limited',
  'substantial',
  'complete',
] as const;
export const IRM_EARLY_RESULTS = ['no-early-results', 'marginal', 'significant', 'outstanding'] as const;
export const IRM_DID_IT_OPEN_GOVERNMENT = [
  'worsens',
  'did-not-change',
  'marginal',
  'major',
  'outstanding',
] as const;

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
