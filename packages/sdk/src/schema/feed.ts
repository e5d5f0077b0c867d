/**
 * Feed format v1: the entities a government publishes. Every object is "loose": fields this
 * version does not know are kept, so a newer feed round-trips through an older SDK.
 * Lists default to `[]` so readers never need to guard against a missing list.
 */
import { z } from './zod.js';
import {
  DueDate,
  EvidenceLink,
  Contact,
  Id,
  LanguageTag,
  LocalizedText,
  PartialDate,
  Percent,
  Timestamp,
  WebUrl,
} from './primitives.js';
import {
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
} from './vocabulary.js';

const list = <T extends z.core.SomeType>(item: T) => z._default(z.array(item), () => []);
const text = z.optional(LocalizedText);

/** The version of the format this SDK reads: any 1.x feed. */
export const SCHEMA_VERSION = '1.0';

export const Institution = z.looseObject({
  id: Id,
  name: LocalizedText,
  acronym: z.optional(z.string()),
  kind: InstitutionKind,
  url: z.optional(WebUrl),
});

export const Milestone = z.looseObject({
  id: z.optional(Id),
  title: LocalizedText,
  description: text,
  start: z.optional(PartialDate),
  due: z.optional(PartialDate),
  status: z.optional(MilestoneStatus),
  completedOn: z.optional(PartialDate),
  /** Share of the commitment this milestone represents; milestones without one weigh 1. */
  weight: z.optional(z.number().check(z.positive())),
  /** Institution id, when another institution than the commitment's lead carries it out. */
  responsible: z.optional(Id),
  evidence: list(EvidenceLink),
});

const IndicatorValue = z.looseObject({
  value: z.number(),
  date: z.optional(PartialDate),
});

export const Measurement = z.looseObject({
  date: PartialDate,
  value: z.number(),
  note: text,
});

/** A Logical Framework (Marco Lógico) indicator. */
export const Indicator = z.looseObject({
  id: z.optional(Id),
  level: IndicatorLevel,
  name: LocalizedText,
  unit: text,
  /** The unit said of one, where the language says it otherwise: "herramienta" beside "herramientas". */
  unitOne: text,
  direction: z.optional(IndicatorDirection),
  baseline: z.optional(IndicatorValue),
  target: z.optional(IndicatorValue),
  measurements: list(Measurement),
  /** Where the figures come from (medio de verificación). */
  verification: text,
  evidence: list(EvidenceLink),
  /** Conditions outside the commitment's control (supuestos). */
  assumptions: text,
});

export const ProgressUpdate = z.looseObject({
  date: PartialDate,
  text: LocalizedText,
  author: z.optional(z.string()),
  evidence: list(EvidenceLink),
});

/** What the commitment's implementers say of it, and when they said it. */
export const ReportedStatus = z.looseObject({
  status: CommitmentStatus,
  percent: z.optional(Percent),
  asOf: PartialDate,
});

/** The Independent Reporting Mechanism's assessment. */
export const IrmAssessment = z.looseObject({
  specificity: z.optional(z.enum(IRM_SPECIFICITY)),
  verifiable: z.optional(z.boolean()),
  relevant: z.optional(z.boolean()),
  potentialImpact: z.optional(z.enum(IRM_POTENTIAL_IMPACT)),
  potentialForResults: z.optional(z.enum(IRM_POTENTIAL_FOR_RESULTS)),
  completionMidTerm: z.optional(z.enum(IRM_COMPLETION)),
  completionEndOfTerm: z.optional(z.enum(IRM_COMPLETION)),
  earlyResults: z.optional(z.enum(IRM_EARLY_RESULTS)),
  didItOpenGovernment: z.optional(z.enum(IRM_DID_IT_OPEN_GOVERNMENT)),
  starred: z.optional(z.boolean()),
  reportUrl: z.optional(WebUrl),
});

export const Commitment = z.looseObject({
  id: Id,
  /** A string: "2.1" exists. */
  number: z.optional(z.string()),
  title: LocalizedText,
  shortTitle: text,
  description: text,
  problem: text,
  objective: text,
  /** Institution id of the lead. */
  lead: z.optional(Id),
  supporting: list(Id),
  values: list(OgpValue),
  policyAreas: list(z.string()),
  themes: list(z.string()),
  start: z.optional(PartialDate),
  end: z.optional(PartialDate),
  milestones: list(Milestone),
  indicators: list(Indicator),
  updates: list(ProgressUpdate),
  reported: z.optional(ReportedStatus),
  irm: z.optional(IrmAssessment),
  /** Ids of earlier plans' commitments this one carries forward. */
  carriesForward: list(Id),
  url: z.optional(WebUrl),
});

/** A phase of an action plan's co-creation (consultation, drafting, submission...). */
export const TimelinePhase = z.looseObject({
  id: z.optional(Id),
  title: LocalizedText,
  description: text,
  start: z.optional(PartialDate),
  end: z.optional(PartialDate),
  status: PhaseStatus,
});

export const ActionPlan = z.looseObject({
  /** OGP's form: `AP_CHL05`. */
  id: Id,
  number: z.int().check(z.positive()),
  title: LocalizedText,
  period: z.looseObject({ start: PartialDate, end: PartialDate }),
  phase: PlanPhase,
  commitments: list(Commitment),
  cocreation: list(TimelinePhase),
  url: z.optional(WebUrl),
});

export const ForumMember = z.looseObject({
  name: z.string(),
  organisation: text,
  /** Institution id, when the organisation is one of the feed's institutions. */
  institution: z.optional(Id),
  role: text,
});

/** An agreement (acuerdo) of a forum's meeting: what, who is responsible, by when. */
export const Agreement = z.looseObject({
  id: z.optional(Id),
  text: LocalizedText,
  responsible: LocalizedText,
  responsibleInstitution: z.optional(Id),
  due: z.optional(DueDate),
  status: AgreementStatus,
  doneOn: z.optional(PartialDate),
});

export const Meeting = z.looseObject({
  id: z.optional(Id),
  date: PartialDate,
  place: z.optional(z.string()),
  agenda: list(LocalizedText),
  agreements: list(Agreement),
  minutesUrl: z.optional(WebUrl),
});

/** A multi-stakeholder forum, such as Chile's Mesa de Gobierno Abierto. */
export const Forum = z.looseObject({
  id: Id,
  name: LocalizedText,
  members: list(ForumMember),
  meetings: list(Meeting),
});

export const Publisher = z.looseObject({
  name: LocalizedText,
  url: z.optional(WebUrl),
  contact: z.optional(Contact),
});

export const Feed = z.looseObject({
  /** `1.0`; any `1.x` is read by this SDK. */
  schemaVersion: z.string().check(z.regex(/^1(\.\d+){0,2}$/, { error: 'schema-version' })),
  publisher: Publisher,
  generatedAt: Timestamp,
  /** ISO 3166-1 alpha-3 code as OGP writes it (`CHL`), or a locality's name. */
  country: z.string().check(z.minLength(1, { error: 'non-empty' })),
  defaultLanguage: LanguageTag,
  institutions: list(Institution),
  plans: list(ActionPlan),
  forums: list(Forum),
});

export type Institution = z.infer<typeof Institution>;
export type Milestone = z.infer<typeof Milestone>;
export type Measurement = z.infer<typeof Measurement>;
export type Indicator = z.infer<typeof Indicator>;
export type ProgressUpdate = z.infer<typeof ProgressUpdate>;
export type ReportedStatus = z.infer<typeof ReportedStatus>;
export type IrmAssessment = z.infer<typeof IrmAssessment>;
export type Commitment = z.infer<typeof Commitment>;
export type TimelinePhase = z.infer<typeof TimelinePhase>;
export type ActionPlan = z.infer<typeof ActionPlan>;
export type ForumMember = z.infer<typeof ForumMember>;
export type Agreement = z.infer<typeof Agreement>;
export type Meeting = z.infer<typeof Meeting>;
export type Forum = z.infer<typeof Forum>;
export type Publisher = z.infer<typeof Publisher>;
export type Feed = z.infer<typeof Feed>;
/** A feed as a publisher may write it: lists may be left out. */
export type FeedInput = z.input<typeof Feed>;
