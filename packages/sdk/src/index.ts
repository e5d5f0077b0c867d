/**
 * @ogp-embed/sdk: the Open Government feed format, its parser, derived figures and client.
 * Every public name is exported here explicitly.
 */
export * from './schema/feed.js';
export * from './schema/vocabulary.js';
export { AS_SOON_AS_POSSIBLE } from './schema/constants.js';
export {
  DueDate,
  EvidenceLink,
  LanguageTag,
  LocalizedText,
  PartialDate,
  WebUrl,
} from './schema/primitives.js';
export { parseFeed } from './parse/parse-feed.js';
export { parseFeedCompiled } from './parse/parse-feed-compiled.js';
export type { ParseMode, ParseOptions, ParseResult } from './parse/parse-feed.js';
export { bilingualText, expectedFound, formatPath, issueMessage, issueParts } from './parse/issues.js';
export type { Bilingual, FeedIssue, IssueCode, IssueSeverity, PathSegment, Phrase } from './parse/issues.js';
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
export {
  formatDateTime,
  formatNumber,
  formatPartialDate,
  formatPercent,
  formatRelativeTime,
} from './dates/format.js';
export type { DateStyle } from './dates/format.js';
export { commitmentProgress } from './derive/progress.js';
export type { Progress } from './derive/progress.js';
export { commitmentStatus, DISPLAY_STATUSES, endedOn, isCommitmentOverdue } from './derive/status.js';
export type { DisplayStatus } from './derive/status.js';
export { isMilestoneCompleted, isMilestoneOpen, milestoneState, nextMilestone } from './derive/milestones.js';
export type { MilestoneState } from './derive/milestones.js';
export { bestKnown, irmVerdict, summarizeVerdicts, VERDICT_KEYS, verdictsDisagree, verdictSummary } from './derive/verdict.js';
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
export type { TimelineEntry } from './derive/timeline.js';
export { countByStatus, countByValue, institutionSummary, planSummary, summarize } from './derive/summary.js';
export type { InstitutionSummary, PlannedCommitment, Summary } from './derive/summary.js';
export { openAgreements } from './derive/agreements.js';
export type { OpenAgreement } from './derive/agreements.js';
export {
  findCommitment,
  findForum,
  findInstitution,
  findPlan,
  institutionName,
} from './derive/lookups.js';

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
export type { NotFoundKind } from './errors/not-found-error.js';
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
export { clearSharedClients } from './client/shared-clients.js';
export { getSharedClient } from './client/get-shared-client.js';
export { MAX_BACKOFF, pollDelay } from './client/poll-delay.js';
export type { PollDelayInput } from './client/poll-delay.js';
export type {
  CacheStorage,
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

// Published parts: one document per commitment, plan and forum beside the whole feed.
export { FeedPart, PART_KINDS, PARTS_VERSION, PartInfo, PartsDirectory, PartsIndex } from './schema/parts.js';
export type { PartKind } from './schema/parts.js';
export { partClient } from './client/parts-client.js';
export { cutParts, partsIndex } from './parts/split-feed.js';
export type { CutPart, WholeFeedVersion } from './parts/split-feed.js';
export { DEFAULT_PART_PATHS, partFileId, partPath, partsFolderName, partsIndexUrl } from './parts/part-paths.js';
export { checkPartInfo, checkPartsDirectory } from './check/check-parts.js';
export type { PartsCheck } from './check/check-parts.js';
