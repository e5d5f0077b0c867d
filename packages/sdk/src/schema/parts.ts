/**
 * Published parts: the documents `ogp-embed publish` writes beside a feed so that an element
 * downloads only what it shows. Each part is itself a feed (the same `Feed` schema, checked by the
 * same validator) holding one commitment, one plan's list or one forum, plus a `part` field that
 * says which, and of which whole feed (its `generatedAt` and the SHA-256 of its bytes). The
 * index, at `<feed name>.parts/index.json`, is a feed too (the whole's heading, no plans), whose
 * `parts` field names the whole and where each kind of part is.
 */
import { z } from './zod.js';
import { Feed } from './feed.js';
import { Id, Timestamp } from './primitives.js';

/** The kinds of part, each named after the entity it holds. */
export const PART_KINDS = ['commitment', 'plan', 'forum'] as const;

/** The parts format this SDK writes and reads: any `1.x`. */
export const PARTS_VERSION = '1.0';

const PartKind = z.enum(PART_KINDS);
/** The SHA-256 of the whole feed's bytes, in lower-case hex. */
const Sha256 = z.string().check(z.regex(/^[0-9a-f]{64}$/));
/** A path relative to the index, with `{id}` where the part's id goes: `commitment/{id}.json`. */
const PathTemplate = z.string().check(z.regex(/^[A-Za-z0-9_-][A-Za-z0-9_./-]*\{id\}[A-Za-z0-9_./-]*$/));

/** What a part holds and which version of the whole it was cut from. */
export const PartInfo = z.looseObject({
  kind: PartKind,
  id: Id,
  generatedAt: Timestamp,
  sha256: Sha256,
});

/** A feed that holds one part of a whole feed; see docs/feed-format.md#published-parts. */
export const FeedPart = z.extend(Feed, { part: PartInfo });

/** What the index says of the parts: the whole feed's version and where each kind of part is. */
export const PartsDirectory = z.looseObject({
  version: z.string().check(z.regex(/^1(\.\d+){0,2}$/, { error: 'schema-version' })),
  /** The whole feed, relative to the index: `../feed.json`. */
  feed: z.string().check(z.minLength(1, { error: 'non-empty' })),
  sha256: Sha256,
  paths: z.looseObject({ commitment: PathTemplate, plan: PathTemplate, forum: PathTemplate }),
});

/**
 * `<feed name>.parts/index.json`: a feed with no plans or forums (the whole's heading, so any feed
 * reader reads it) and a `parts` field saying which whole the parts were cut from and where they are.
 */
export const PartsIndex = z.extend(Feed, { parts: PartsDirectory });

export type PartKind = z.infer<typeof PartKind>;
export type PartInfo = z.infer<typeof PartInfo>;
export type FeedPart = z.infer<typeof FeedPart>;
export type PartsIndex = z.infer<typeof PartsIndex>;
export type PartsDirectory = z.infer<typeof PartsDirectory>;
/** An index as `publish` writes it: lists left out. */
export type PartsIndexInput = z.input<typeof PartsIndex>;
