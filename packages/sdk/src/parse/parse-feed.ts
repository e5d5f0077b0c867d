/**
 * `parseFeed`: from untrusted JSON (text or value) to a typed feed and a list of issues.
 *
 * - `strict`: any error rejects the feed.
 * - `lenient` (default): an invalid entry of any list (a plan, a commitment, a milestone, a link,
 *   an OGP value...) is left out and reported; the rest is kept. A bad optional link (a
 *   commitment's `url`, a meeting's `minutesUrl`...) leaves out only that field. Only another
 *   problem outside every list (the publisher's name, the schema version) rejects the whole feed.
 * Warnings (a milestone due after its commitment's end) never reject anything.
 */
import { checkFeed, type FeedCheck } from '../check/check-feed.js';
import type { SchemaIssue } from '../check/validators.js';
import type { Feed } from '../schema/feed.js';
import { checkCrossReferences } from './cross-references.js';
import { isOptionalLink } from './optional-links.js';
import { describeExpectation } from './expectations.js';
import { InputPaths } from './input-paths.js';
import { readJsonText } from './read-json.js';
import { composeMessage } from './compose-message.js';
import { describeFound, formatPath } from './issues.js';
import type { Phrase } from '../i18n/words.js';
import type { FeedIssue, PathSegment } from './issues.js';

export type ParseMode = 'strict' | 'lenient';

export interface ParseOptions {
  /** Default `lenient`. */
  mode?: ParseMode;
}

export type ParseResult =
  { ok: true; feed: Feed; issues: FeedIssue[] } | { ok: false; feed?: undefined; issues: FeedIssue[] };

function valueAt(root: unknown, segments: readonly PathSegment[]): { value: unknown; present: boolean } {
  let value = root;
  for (const segment of segments) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment)) {
      return { value: undefined, present: false };
    }
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return { value, present: true };
}

function fromSchemaIssue(schemaIssue: SchemaIssue, input: unknown): FeedIssue {
  // A symbol key cannot come from JSON; a path names only what a publisher can write.
  const segments = schemaIssue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
  const path = formatPath(segments);
  const { code, expected } = describeExpectation(schemaIssue);
  const at = valueAt(input, segments);
  const found = describeFound(at.value, at.present);
  return { severity: 'error', code, path, segments, expected, found, message: composeMessage(path, expected, found) };
}

/** The path of the innermost list entry that holds the problem, if any. */
function droppableEntry(segments: readonly PathSegment[]): PathSegment[] | undefined {
  for (let i = segments.length - 1; i > 0; i--) {
    if (typeof segments[i] === 'number') return segments.slice(0, i + 1);
  }
  return undefined;
}

/**
 * Removes the given object fields, then the given list entries deepest first, so every path (all
 * of the same document) still points where it did: removing a field shifts no index. Only the
 * lists and objects on the way to each are copied, never the whole document: the input stays as
 * it was, and a value nested deeper than the call stack (which `structuredClone` overflows on)
 * or a 50 MB feed costs nothing to leave alone.
 */
function without(input: unknown, fields: PathSegment[][], entries: PathSegment[][]): unknown {
  const copies = new WeakSet<object>();
  const own = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object' || copies.has(value)) return value;
    const copy = Array.isArray(value) ? [...value] : { ...value };
    copies.add(copy);
    return copy;
  };
  const root = own(input);
  const byDepth = [...entries].sort((a, b) => b.length - a.length || Number(b.at(-1)) - Number(a.at(-1)));
  for (const entry of [...fields, ...byDepth]) {
    let container: unknown = root;
    for (const segment of entry.slice(0, -1)) {
      if (container === null || typeof container !== 'object' || !Object.hasOwn(container, segment)) {
        container = undefined;
        break;
      }
      const parent = container as Record<PathSegment, unknown>;
      parent[segment] = own(parent[segment]);
      container = parent[segment];
    }
    const last = entry.at(-1);
    if (Array.isArray(container)) {
      if (typeof last === 'number') container.splice(last, 1);
    } else if (typeof last === 'string' && container !== null && typeof container === 'object') {
      delete (container as Record<string, unknown>)[last];
    }
  }
  return root;
}

function issueFor(found: Phrase, expected: Phrase, code: FeedIssue['code']): FeedIssue {
  return {
    severity: 'error',
    code,
    path: '',
    segments: [],
    expected,
    found,
    message: composeMessage('', expected, found),
  };
}

/** Text as the client reads a body (`readJsonText`): the same failures, said as an issue. */
function readJson(text: string): { value?: unknown; issue?: FeedIssue } {
  const { reason, value, error } = readJsonText(text) as { reason?: string; value?: unknown; error?: Error };
  if (!reason) return { value };
  const found: Phrase =
    reason === 'empty' ? ['empty-body'] : reason === 'html' ? ['html-page'] : ['not-json', error!.message];
  return { issue: issueFor(found, JSON_FEED, reason === 'empty' ? 'empty' : 'invalid-json') };
}

const JSON_FEED: Phrase = ['json-document'];
/** Lenient mode never loops forever on a feed whose repairs uncover new problems. */
const MAX_REPAIR_PASSES = 4;

/**
 * Parse and check a feed. `input` is JSON text or an already-parsed value. Never throws.
 * Checked without zod's runtime (check/check-feed.ts, generated from the zod schemas, same
 * results), so the embed stays small and a Content-Security-Policy that forbids eval is fine.
 */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  return typeof input === 'string'
    ? parseText(input, (value) => parseFeedValue(value, options))
    : parseFeedValue(input, options);
}

/**
 * `parseFeed` of a value already read from JSON (the client's `decodeBody`): a string is then a
 * wrong type, never JSON text to read a second time. Internal: not exported from the package,
 * and it leaves the reading of text (and its messages) out of a bundle that only uses the client.
 */
export function parseFeedValue(value: unknown, options: ParseOptions = {}): ParseResult {
  return parseWith(checkFeed, value, options);
}

/** JSON text read as the client reads a body (`readJsonText`), then given to `parse`. Internal. */
export function parseText(text: string, parse: (value: unknown) => ParseResult): ParseResult {
  const read = readJson(text);
  return read.issue ? { ok: false, issues: [read.issue] } : parse(read.value);
}

/**
 * The check of a value with the schema check given: the one body shared with `parseFeedCompiled`,
 * which passes zod's own. Internal: not exported from the package.
 */
export function parseWith(check: (value: unknown) => FeedCheck, value: unknown, options: ParseOptions): ParseResult {
  const mode = options.mode ?? 'lenient';
  const issues: FeedIssue[] = [];
  // Paths of later passes are mapped back to the input, so every issue points where the publisher wrote it.
  const inputPaths = new InputPaths();
  let current = value;

  for (let pass = 0; pass < MAX_REPAIR_PASSES; pass++) {
    const result = check(current);
    if (result.success) {
      const references = checkCrossReferences(result.data);
      if (mode === 'strict') {
        issues.push(...references);
        return issues.some((i) => i.severity === 'error')
          ? { ok: false, issues }
          : { ok: true, feed: result.data, issues };
      }
      const duplicates = references.filter((i) => i.code === 'duplicate-id');
      if (duplicates.length === 0) {
        issues.push(...references.map((i) => inputPaths.relocate(i)));
        return { ok: true, feed: result.data, issues };
      }
      // A later entry with a used id is left out; the first one stays. The other reference
      // issues are reported by the next pass, on the feed without it, and only then.
      current = dropEntries(current, duplicates, issues, inputPaths);
      if (current === undefined) return { ok: false, issues };
      continue;
    }
    const schemaIssues = result.issues.map((schemaIssue) => fromSchemaIssue(schemaIssue, current));
    if (mode === 'strict') return { ok: false, issues: [...issues, ...schemaIssues] };
    current = dropEntries(current, schemaIssues, issues, inputPaths);
    if (current === undefined) return { ok: false, issues };
  }
  return { ok: false, issues };
}

/**
 * Records each issue with what it causes to be left out (both as paths of the input): a bad
 * optional link field itself, else the innermost list entry holding the problem. Returns the
 * document without them; `undefined` when an issue lies outside every list, so nothing can be kept.
 */
function dropEntries(current: unknown, found: FeedIssue[], into: FeedIssue[], inputPaths: InputPaths): unknown {
  const entries = new Map<string, { here: PathSegment[]; input: PathSegment[] }>();
  const fields = new Map<string, PathSegment[]>();
  let fatal = false;
  for (const issue of found) {
    if (isOptionalLink(issue.segments)) {
      const relocated = inputPaths.relocate(issue);
      fields.set(relocated.path, issue.segments);
      into.push({ ...relocated, dropped: relocated.path });
      continue;
    }
    const entry = droppableEntry(issue.segments);
    if (entry) {
      const input = inputPaths.toInput(entry);
      const dropped = formatPath(input);
      entries.set(dropped, { here: entry, input });
      into.push({ ...inputPaths.relocate(issue), dropped });
    } else {
      fatal = true;
      into.push(inputPaths.relocate(issue));
    }
  }
  if (fatal) return undefined;
  // Recorded only now: every path of this pass was mapped with what earlier passes removed.
  // A removed field shifts no index, so only list entries are recorded.
  for (const { input } of entries.values()) inputPaths.remove(input);
  return without(
    current,
    [...fields.values()],
    [...entries.values()].map(({ here }) => here),
  );
}
