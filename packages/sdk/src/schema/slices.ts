/**
 * Published parts: the documents `ogp-embed publish` writes beside a feed so that an element
 * downloads only what it shows. Each part is itself a feed (the same `Feed` schema, checked by the
 * same validator) holding one commitment, one plan's list or one forum, plus a `part` field that
 * says which, and of which whole feed (its `generatedAt` and the SHA-256 of its bytes). The
 * index, at `<feed name>.parts/index.json`, is a feed too (the whole's heading, no plans), whose
 * `parts` field names the whole and where each kind of part is.
 */
import { z } from './zod.js';
import { Commitment, Feed, IrmAssessment, Milestone } from './feed.js';
import { Id, Timestamp } from './primitives.js';

/**
 * The kinds of part, each named after what it holds: one commitment, one plan's list, one forum, and
 * a plan's digest (what `<ogp-plan>` shows first: every commitment's figures, the first page's rows).
 */
export const SLICE_KINDS = ['commitment', 'plan', 'forum', 'plan-digest'] as const;

/** The parts format this SDK writes and reads: any `1.x`. */
export const SLICES_VERSION = '1.0';

const SliceKind = z.enum(SLICE_KINDS);
/** The SHA-256 of the whole feed's bytes, in lower-case hex. */
const Sha256 = z.string().check(z.regex(/^[0-9a-f]{64}$/));
/** A path relative to the index, with `{id}` where the part's id goes: `commitment/{id}.json`. */
const PathTemplate = z.string().check(z.regex(/^[A-Za-z0-9_-][A-Za-z0-9_./-]*\{id\}[A-Za-z0-9_./-]*$/));

/** What a part holds and which version of the whole it was cut from. */
export const SliceInfo = z.looseObject({
  kind: SliceKind,
  id: Id,
  generatedAt: Timestamp,
  sha256: Sha256,
});

/** A feed that holds one part of a whole feed; see docs/feed-format.md#published-slices. */
export const FeedSlice = z.extend(Feed, { part: SliceInfo });

/** What the index says of the parts: the whole feed's version and where each kind of part is. */
export const SliceDirectory = z.looseObject({
  version: z.string().check(z.regex(/^1(\.\d+){0,2}$/, { error: 'schema-version' })),
  /** The whole feed, relative to the index: `../feed.json`. */
  feed: z.string().check(z.minLength(1, { error: 'non-empty' })),
  sha256: Sha256,
  /** An index written before plan digests existed names none: `<ogp-plan>` then reads the plan's part. */
  paths: z.looseObject({
    commitment: PathTemplate,
    plan: PathTemplate,
    forum: PathTemplate,
    'plan-digest': z.optional(PathTemplate),
  }),
});

/** What a digest keeps of a milestone: what status, progress and "overdue" are derived from. */
const DigestMilestone = z.pick(Milestone, { due: true, status: true, completedOn: true, weight: true });

/**
 * A commitment as a plan's digest holds it: no texts, only what the plan's summary counts (the
 * best-known verdict, progress, overdue), what its filters offer and what its sorts but the title's use.
 */
export const DigestCommitment = z.extend(
  z.pick(Commitment, {
    id: true,
    number: true,
    lead: true,
    values: true,
    themes: true,
    start: true,
    end: true,
    reported: true,
  }),
  {
    irm: z.optional(
      z.pick(IrmAssessment, {
        completionMidTerm: true,
        completionEndOfTerm: true,
        earlyResults: true,
        didItOpenGovernment: true,
      }),
    ),
    milestones: z._default(z.array(DigestMilestone), () => []),
  },
);

/** A plan's digest: each of its commitments, in the plan's order, as `DigestCommitment`. */
export const PlanDigest = z.looseObject({ commitments: z.array(DigestCommitment) });

/**
 * A `plan-digest` part: a plan's part whose list holds the first page's rows only, with a `digest`
 * of every commitment, so `<ogp-plan>` shows its summary, filters and first page at once and reads
 * the plan's part (every row) when the reader turns a page, searches, filters or sorts.
 */
export const PlanDigestSlice = z.extend(FeedSlice, { digest: PlanDigest });

/**
 * `<feed name>.parts/index.json`: a feed with no plans or forums (the whole's heading, so any feed
 * reader reads it) and a `parts` field saying which whole the parts were cut from and where they are.
 */
export const SliceIndex = z.extend(Feed, { parts: SliceDirectory });

export type SliceKind = z.infer<typeof SliceKind>;
export type SliceInfo = z.infer<typeof SliceInfo>;
export type FeedSlice = z.infer<typeof FeedSlice>;
export type SliceIndex = z.infer<typeof SliceIndex>;
export type SliceDirectory = z.infer<typeof SliceDirectory>;
export type DigestCommitment = z.infer<typeof DigestCommitment>;
export type PlanDigest = z.infer<typeof PlanDigest>;
export type PlanDigestSlice = z.infer<typeof PlanDigestSlice>;
/** An index as `publish` writes it: lists left out. */
export type SliceIndexInput = z.input<typeof SliceIndex>;
