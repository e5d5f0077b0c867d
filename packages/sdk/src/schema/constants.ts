/**
 * The feed format's constants as plain values, with no zod: the lists of every enumerated value
 * and the "as soon as possible" due date. The schemas (`vocabulary.ts`, `primitives.ts`), the
 * labels and the JSON Schema are built from these lists; code that only formats or derives
 * figures imports them from here, so a bundle of it does not carry the feed parser.
 */

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
export const COMMITMENT_STATUSES = ['not-started', 'in-progress', 'delayed', 'completed', 'withdrawn'] as const;

export const MILESTONE_STATUSES = ['not-started', 'in-progress', 'delayed', 'completed', 'cancelled'] as const;

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
export const IRM_COMPLETION = ['withdrawn', 'unclear', 'not-started', 'limited', 'substantial', 'complete'] as const;
export const IRM_EARLY_RESULTS = ['no-early-results', 'marginal', 'significant', 'outstanding'] as const;
export const IRM_DID_IT_OPEN_GOVERNMENT = ['worsens', 'did-not-change', 'marginal', 'major', 'outstanding'] as const;

/** The due date of a meeting agreement ("A la brevedad" in the minutes). */
export const AS_SOON_AS_POSSIBLE = 'asap';
