/**
 * Type guards that also recognise errors from another copy of the SDK on the same page,
 * where `instanceof` fails. A name alone is not enough: the DOM throws its own
 * `NotFoundError` (a DOMException, whose `code` is a number), so the shape is checked too.
 */
import { FeedFormatError } from './feed-format-error.js';
import { FeedHttpError } from './feed-http-error.js';
import { FeedNetworkError } from './feed-network-error.js';
import { FeedTimeoutError } from './feed-timeout-error.js';
import { FeedUrlError } from './feed-url-error.js';
import { FeedValidationError } from './feed-validation-error.js';
import { NotFoundError } from './not-found-error.js';
import { OgpError } from './ogp-error.js';

const NAMES = new Set([
  'OgpError',
  'FeedHttpError',
  'FeedTimeoutError',
  'FeedNetworkError',
  'FeedFormatError',
  'FeedValidationError',
  'FeedUrlError',
  'NotFoundError',
]);

function hasOgpShape(value: unknown, name?: string): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { name?: unknown; code?: unknown; message?: unknown };
  if (typeof candidate.name !== 'string' || (name ? candidate.name !== name : !NAMES.has(candidate.name))) return false;
  return typeof candidate.code === 'string' && typeof candidate.message === 'string';
}

export function isOgpError(error: unknown): error is OgpError {
  return error instanceof OgpError || hasOgpShape(error);
}

export function isFeedHttpError(error: unknown): error is FeedHttpError {
  return error instanceof FeedHttpError || hasOgpShape(error, 'FeedHttpError');
}

export function isFeedTimeoutError(error: unknown): error is FeedTimeoutError {
  return error instanceof FeedTimeoutError || hasOgpShape(error, 'FeedTimeoutError');
}

export function isFeedNetworkError(error: unknown): error is FeedNetworkError {
  return error instanceof FeedNetworkError || hasOgpShape(error, 'FeedNetworkError');
}

export function isFeedFormatError(error: unknown): error is FeedFormatError {
  return error instanceof FeedFormatError || hasOgpShape(error, 'FeedFormatError');
}

export function isFeedValidationError(error: unknown): error is FeedValidationError {
  return error instanceof FeedValidationError || hasOgpShape(error, 'FeedValidationError');
}

export function isFeedUrlError(error: unknown): error is FeedUrlError {
  return error instanceof FeedUrlError || hasOgpShape(error, 'FeedUrlError');
}

export function isNotFoundError(error: unknown): error is NotFoundError {
  return error instanceof NotFoundError || hasOgpShape(error, 'NotFoundError');
}

/**
 * True for the rejection of an aborted call (`AbortSignal`'s default reason, or ky's). UIs
 * use it to tell "the user went elsewhere" from a failure worth showing.
 */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
