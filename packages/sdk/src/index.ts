/**
 * @ogp-embed/sdk: the Open Government feed format, its parser, derived figures and client.
 * Every public name is exported here explicitly.
 */
export * from './schema/feed.js';
export * from './schema/vocabulary.js';
export {
  AS_SOON_AS_POSSIBLE,
  DueDate,
  EvidenceLink,
  LanguageTag,
  LocalizedText,
  PartialDate,
  WebUrl,
} from './schema/primitives.js';
export { parseFeed } from './parse/parse-feed.js';
export type { ParseMode, ParseOptions, ParseResult } from './parse/parse-feed.js';
export { formatPath, issueMessage } from './parse/issues.js';
export type { Bilingual, FeedIssue, IssueCode, IssueSeverity, PathSegment } from './parse/issues.js';
export { dayOf, earliestDay, latestDay, parsePartialDate } from './dates/partial-date.js';
export type { DatePrecision, PartialDateParts } from './dates/partial-date.js';
