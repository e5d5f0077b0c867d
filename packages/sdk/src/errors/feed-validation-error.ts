/** The body is JSON but `parseFeed` rejected it as a feed. `issues` says where and why. */
import type { FeedIssue } from '../parse/issues.js';
import { OgpError, type OgpErrorOptions } from './ogp-error.js';

export class FeedValidationError extends OgpError {
  override name = 'FeedValidationError';
  readonly issues: FeedIssue[];

  constructor(issues: FeedIssue[], options: OgpErrorOptions = {}) {
    const errors = issues.filter((issue) => issue.severity === 'error');
    const first = errors[0] ?? issues[0];
    const more = errors.length - 1;
    super('feed-validation', {
      en: `The feed was rejected: ${first ? first.message.en : 'it is not a feed'}${more > 0 ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : ''}`,
      es: `El feed fue rechazado: ${first ? first.message.es : 'no es un feed'}${more > 0 ? ` (y ${more} ${more === 1 ? 'problema' : 'problemas'} más)` : ''}`,
    }, options);
    this.issues = issues;
  }
}
