/**
 * A card's first requests, started before its code has arrived, and handed to its client.
 *
 * `firstRequests` is the one place that says which documents a client asks for first: the slice
 * at its default place and the slice index (asked together: one round trip, not two), or the
 * whole feed. The slice client follows it (`slice-client.ts`), and so does `startFirstRequests`,
 * which the embed's loader calls the moment it sees a card (elements/src/loader/prefetch.ts):
 * the data then comes while the code does, not after it.
 *
 * What `startFirstRequests` returns, a `HeadStart`, is handed over explicitly: the loader puts it
 * on the element (`HEAD_START`), the element's controller gives it to its client
 * (`clientFor` in `slice-client.ts`), and the client's first GET of each of those documents
 * reads the answer under way instead of asking (`start-from.ts`). This module is what the
 * prefetch carries: no client, no errors, a few hundred bytes. Nothing is matched
 * by address in a global, so a client that cannot use the answers says so instead of silently
 * downloading twice.
 */
import type { SliceKind } from '../schema/slices.js';
import { DEFAULT_SLICE_PATHS, sliceIndexUrl, slicePath } from '../slices/slice-paths.js';

/** A slice of a feed by kind and id: what a data element shows (`{ kind: 'commitment', id: 'CL0069' }`). */
export interface SliceRef {
  kind: SliceKind;
  id: string;
}

/** How long a head start's answers wait for their client, in ms: an older one is never read as new. */
export const HEAD_START_LIFETIME = 20_000;

/** What the first requests send: what a client made with no options of its own sends first. */
export const FIRST_REQUEST: RequestInit = { headers: { accept: 'application/json' }, cache: 'no-cache' };

/**
 * Where a not-yet-defined element keeps its head start for its controller: a registered symbol,
 * since the loader's chunk and the element's chunk may each have their own copy of this module.
 */
export const HEAD_START = Symbol.for('ogp-embed.head-start');

/**
 * The documents a client of `feedUrl` (absolute) asks for first: for a slice, the slice at its
 * default place and the slice index; else the whole feed.
 */
export function firstRequests(feedUrl: string, slice?: SliceRef): { guess?: string; index?: string; whole?: string } {
  if (!slice) return { whole: feedUrl };
  const index = sliceIndexUrl(feedUrl);
  return { guess: new URL(slicePath(DEFAULT_SLICE_PATHS[slice.kind], slice.id), index).href, index };
}

/** The answers to a card's first requests, under way. */
export interface HeadStart {
  /** The absolute feed address, and the slice the requests are for. */
  readonly feedUrl: string;
  readonly slice: SliceRef | undefined;
  /** The addresses asked for (`firstRequests`). */
  readonly urls: readonly string[];
  /** The answer under way for `url`, taken (later calls get nothing); nothing once past its lifetime. */
  take(url: string): Promise<Response> | undefined;
}

interface Answer {
  response: Promise<Response>;
  /** `Date.now()` when it was asked for. */
  at: number;
}

/** Each document asked once per copy of this module, however many cards need it (one index for a page of cards). */
const underWay = new Map<string, Answer>();

function ask(url: string): Answer {
  let answer = underWay.get(url);
  if (!answer || Date.now() - answer.at > HEAD_START_LIFETIME) {
    const response = fetch(url, FIRST_REQUEST);
    // A failure is the client's to meet when it reads the answer (it then asks itself).
    response.catch(() => undefined);
    underWay.set(url, (answer = { response, at: Date.now() }));
  }
  return answer;
}

/** Starts now the requests a client of `feedUrl` (absolute, http(s)) or of its `slice` makes first. */
export function startFirstRequests(feedUrl: string, slice?: SliceRef): HeadStart {
  const urls = Object.values(firstRequests(feedUrl, slice));
  const answers = new Map(urls.map((url) => [url, ask(url)]));
  return {
    feedUrl,
    slice,
    urls,
    take(url) {
      const answer = answers.get(url);
      answers.delete(url);
      if (!answer || underWay.get(url) !== answer) return undefined;
      underWay.delete(url);
      if (Date.now() - answer.at <= HEAD_START_LIFETIME) return answer.response;
      answer.response.then((unread) => unread.body?.cancel()).catch(() => undefined);
      return undefined;
    },
  };
}
