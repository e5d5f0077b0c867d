/**
 * @ogp-embed/sdk: the Open Government feed format, its parser, derived figures and client.
 * Every public name is exported here by name (no `export *`), so this file is the package's API:
 * a name a module exports but this file does not list is internal.
 */
export {
  ActionPlan,
  Agreement,
  Commitment,
  Feed,
  Forum,
  ForumMember,
  Indicator,
  Institution,
  IrmAssessment,
  Measurement,
  Meeting,
  Milestone,
  ProgressUpdate,
  Publisher,
  ReportedStatus,
  SCHEMA_VERSION,
  TimelinePhase,
} from './schema/feed.js';
export type { FeedInput } from './schema/feed.js';
export {
  AgreementStatus,
  CommitmentStatus,
  IndicatorDirection,
  IndicatorLevel,
  InstitutionKind,
  MilestoneStatus,
  OgpValue,
  PhaseStatus,
  PlanPhase,
} from './schema/vocabulary.js';
export {
  AGREEMENT_STATUSES,
  AS_SOON_AS_POSSIBLE,
  COMMITMENT_STATUSES,
  INDICATOR_DIRECTIONS,
  INDICATOR_LEVELS,
  INSTITUTION_KINDS,
  IRM_COMPLETION,
  IRM_DID_IT_OPEN_GOVERNMENT,
  IRM_EARLY_RESULTS,
  IRM_POTENTIAL_FOR_RESULTS,
  IRM_POTENTIAL_IMPACT,
  IRM_SPECIFICITY,
  MILESTONE_STATUSES,
  OGP_VALUES,
  PHASE_STATUSES,
  PLAN_PHASES,
} from './schema/constants.js';
export { DueDate, EvidenceLink, LanguageTag, LocalizedText, PartialDate, WebUrl } from './schema/primitives.js';
export { parseFeed } from './parse/parse-feed.js';
export type { ParseMode, ParseOptions, ParseResult } from './parse/parse-feed.js';
export { formatPath } from './parse/issues.js';
export { errorMessage, issueClause, issueMessage, issueParts, WORDS } from './i18n/messages.js';
export type { ErrorWords, IssueWords, Phrase, PhraseKey, Words } from './i18n/words.js';
export { languageText } from './i18n/language-texts.js';
export type { FeedIssue, IssueCode, IssueSeverity, PathSegment } from './parse/issues.js';
export type { LanguageTexts } from './i18n/language-texts.js';
export { dayOf, earliestDay, latestDay, parsePartialDate } from './dates/partial-date.js';
export type { DatePrecision, PartialDateParts } from './dates/partial-date.js';

// Derived figures, labels and Intl formatting.
export { intlLocale, pickLanguage, UI_LANGUAGES } from './i18n/language.js';
export type { UiLanguage } from './i18n/language.js';
export { resolveText, textLanguage } from './i18n/resolve-text.js';
export { hasLabel, LABELS, label, verdictLabel } from './i18n/labels.js';
// One language's labels each: the elements load only the language they speak.
export { LABELS_EN } from './i18n/labels/en.js';
export { LABELS_ES } from './i18n/labels/es.js';
export { LABELS_FR } from './i18n/labels/fr.js';
export { LABELS_PT } from './i18n/labels/pt.js';
export type { LabelKind, Labels, LabelValues } from './i18n/labels.js';
export { formatDateTime, formatNumber, formatPartialDate, formatPercent, formatRelativeTime } from './dates/format.js';
export type { DateStyle } from './dates/format.js';
export { commitmentProgress } from './derive/progress.js';
export type { Progress } from './derive/progress.js';
export { commitmentStatus, DISPLAY_STATUSES, endedOn, isCommitmentOverdue } from './derive/status.js';
export type { DisplayStatus } from './derive/status.js';
export { isMilestoneCompleted, isMilestoneOpen, milestoneState, nextMilestone } from './derive/milestones.js';
export type { MilestoneState } from './derive/milestones.js';
export {
  bestKnown,
  irmVerdict,
  summarizeVerdicts,
  VERDICT_KEYS,
  verdictsDisagree,
  verdictSummary,
} from './derive/verdict.js';
export type {
  BestKnown,
  GovernmentVerdict,
  IrmOutcomeScale,
  IrmTerm,
  IrmVerdict,
  IrmVerdictKey,
  UnknownVerdict,
  Verdict,
  VerdictCount,
  VerdictKey,
  VerdictSource,
  VerdictSummary,
} from './derive/verdict.js';
export { commitmentTimeline } from './derive/timeline.js';
export { numberOrderKey } from './derive/number-order.js';
export type { TimelineEntry } from './derive/timeline.js';
export { countByStatus, countByValue, institutionSummary, planSummary, summarize } from './derive/summary.js';
export type { InstitutionSummary, PlannedCommitment, Summary } from './derive/summary.js';
export { openAgreements } from './derive/agreements.js';
export type { OpenAgreement } from './derive/agreements.js';
export { findCommitment, findForum, findInstitution, findPlan, institutionName } from './derive/lookups.js';

// Errors and the live feed client.
export { OgpError } from './errors/ogp-error.js';
export type { OgpErrorOptions } from './errors/ogp-error.js';
export { FeedHttpError } from './errors/feed-http-error.js';
export { FeedTimeoutError } from './errors/feed-timeout-error.js';
export { FeedNetworkError } from './errors/feed-network-error.js';
export { FeedFormatError } from './errors/feed-format-error.js';
export { decodeFeedText } from './client/decode-body.js';
export type { FeedFormatReason } from './errors/feed-format-error.js';
export { FeedValidationError } from './errors/feed-validation-error.js';
export { FeedUrlError } from './errors/feed-url-error.js';
export { NotFoundError } from './errors/not-found-error.js';
export type { NotFoundErrorOptions } from './errors/not-found-error.js';
export { ERROR_CODES } from './errors/codes.js';
export type { ErrorCode, ErrorFields, MisuseProblem, NotFoundKind } from './errors/codes.js';
export type { OgpErrorWith } from './errors/ogp-error.js';
export {
  isAbortError,
  isFeedFormatError,
  isFeedHttpError,
  isFeedNetworkError,
  isFeedTimeoutError,
  isFeedUrlError,
  isFeedValidationError,
  isNotFoundError,
  isOgpError,
} from './errors/type-guards.js';
export { createClient } from './client/create-client.js';
export { DEFAULT_INTERVAL, DEFAULT_TIMEOUT } from './client/live-feed-client.js';
export { fetchTransport } from './client/fetch-transport.js';
export { kyTransport } from './client/ky-transport.js';
export type { FeedTransport, TransportRequest, TransportResponse } from './client/transport.js';
export { getSharedClient } from './client/page-clients.js';
export type { FeedStorage } from './client/feed-store.js';
export type {
  ClientOptions,
  CommitmentResult,
  FeedClient,
  FeedResponse,
  ForumResult,
  GetFeedOptions,
  InstitutionResult,
  PlanResult,
  RequestOptions,
  WatchListener,
  WatchOptions,
  WatchState,
} from './client/types.js';

// Published parts: one document per commitment, plan, plan digest and forum beside the whole feed.
export {
  DigestCommitment,
  FeedSlice,
  SLICE_KINDS,
  SLICES_VERSION,
  SliceInfo,
  SliceDirectory,
  SliceIndex,
  PlanDigest,
  PlanDigestSlice,
} from './schema/slices.js';
export type { SliceKind } from './schema/slices.js';
export { sliceClient } from './client/slice-client.js';
export { cutSlices, sliceIndex } from './slices/split-feed.js';
export type { CutSlice, WholeFeedVersion } from './slices/split-feed.js';
export {
  DEFAULT_SLICE_PATHS,
  slicePath,
  slicesFolderName,
  sliceIndexUrl,
  PLAN_DIGEST_ROWS,
} from './slices/slice-paths.js';
export { checkSliceInfo, checkSliceDirectory, checkPlanDigest } from './check/check-slices.js';
export type { SliceCheck } from './check/check-slices.js';
