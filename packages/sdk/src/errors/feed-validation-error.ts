/** The body is JSON but `parseFeed` rejected it as a feed. `issues` says where and why. */
import type { FeedIssue } from '../parse/issues.js';
import { OgpError, type OgpErrorOptions } from './ogp-error.js';

export class FeedValidationError extends OgpError {
  override name = 'FeedValidationError';
  declare readonly issues: FeedIssue[];

  constructor(issues: FeedIssue[], options: OgpErrorOptions = {}) {
    super('feed-validation', { issues }, options);
  }
}
