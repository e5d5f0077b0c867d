/**
 * @ogp-embed/elements: the element classes and their types. Importing this registers nothing;
 * import `@ogp-embed/elements/define-all` (or one element's `define`) to register the tags.
 */
export { OgpAgreements } from './agreements/agreements.js';
export { OgpCommitment } from './commitment/commitment.js';
export type { CommitmentVariant } from './commitment/commitment.js';
export { OgpFeed } from './feed/feed.js';
export { OgpIndicator } from './indicator/indicator.js';
export { OgpPlan } from './plan/plan.js';
export type { PlanSort } from './i18n/strings.js';
export { OgpProgressBar } from './progress-bar/progress-bar.js';
export type { ProgressSegment } from './progress-bar/progress-bar.js';
export { OgpStatusBadge } from './status-badge/status-badge.js';
export type { StatusKind } from './status-badge/status-badge.js';
export { OgpTimeline } from './timeline/timeline.js';
export type { TimelineSubject } from './timeline/timeline.js';
export { OgpElement } from './shared/ogp-element.js';
export { feedContext } from './shared/feed-context.js';
export type { FeedContextValue } from './shared/feed-context.js';
export { resolveLang } from './shared/lang.js';
export { safeHref } from './shared/safe-url.js';
export type { Lang, Plural, Strings } from './i18n/strings.js';
export type * from './shared/events/types.js';
