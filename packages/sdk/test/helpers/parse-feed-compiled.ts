/**
 * `parseFeedCompiled`: `parseFeed` with zod itself (its compiled validator) judging the feed,
 * where `parseFeed` runs the validator generated from the same schemas (check/feed-validator.ts).
 * Results and issues are the same; the tests compare the two: it is the oracle `parseFeed` is
 * held to, and the bench's reference. Exported (deprecated) by the SDK 0.1, no longer part of the
 * package. zod compiles with `new Function`, which a strict Content-Security-Policy refuses: Node only.
 */
import { compile } from 'zod/mini';
import type { FeedCheck } from '../../src/check/check-feed.js';
import type { SchemaIssue } from '../../src/check/validators.js';
import { Feed } from '../../src/schema/feed.js';
import { parseText, parseWith, type ParseOptions, type ParseResult } from '../../src/parse/parse-feed.js';

/** Compiled on first use: compiling costs time that a program that never parses should not pay. */
let compiledFeed: typeof Feed | undefined;

/** zod's `safeParse` as a feed check; its issues carry every field `SchemaIssue` names. */
function checkWithZod(value: unknown): FeedCheck {
  compiledFeed ??= compile(Feed);
  const result = compiledFeed.safeParse(value);
  return result.success ? result : { success: false, issues: result.error.issues as SchemaIssue[] };
}

/**
 * As `parseFeed`, through zod's compiled validator. Never throws.
 */
export function parseFeedCompiled(input: unknown, options: ParseOptions = {}): ParseResult {
  const parse = (value: unknown) => parseWith(checkWithZod, value, options);
  return typeof input === 'string' ? parseText(input, parse) : parse(input);
}
