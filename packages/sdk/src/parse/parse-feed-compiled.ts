/**
 * `parseFeedCompiled`: `parseFeed` through zod's compiled fast path, for Node (the CLI, build
 * scripts, servers). zod generates the validator with `new Function`, which a page whose
 * Content-Security-Policy forbids eval refuses; and its compiler weighs 35 KB minified. Both are
 * why it lives in its own module: a bundle that never imports this leaves the compiler out.
 * Results and issues are exactly those of `parseFeed`.
 */
import { compile } from 'zod/mini';
import type { FeedCheck } from '../check/check-feed.js';
import type { SchemaIssue } from '../check/validators.js';
import { Feed } from '../schema/feed.js';
import { parseWith, type ParseOptions, type ParseResult } from './parse-feed.js';

/** Compiled on first use: compiling costs time that a program that never parses should not pay. */
let compiledFeed: typeof Feed | undefined;

/** zod's `safeParse` as a feed check; its issues carry every field `SchemaIssue` names. */
function checkWithZod(value: unknown): FeedCheck {
  compiledFeed ??= compile(Feed);
  const result = compiledFeed.safeParse(value);
  return result.success ? result : { success: false, issues: result.error.issues as SchemaIssue[] };
}

/** As `parseFeed`, through zod's compiled validator. Never throws. */
export function parseFeedCompiled(input: unknown, options: ParseOptions = {}): ParseResult {
  return parseWith(checkWithZod, input, options);
}
