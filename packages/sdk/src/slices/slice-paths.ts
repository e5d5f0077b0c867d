/**
 * Where a feed's published slices are: beside `…/feed.json`, in `…/feed.parts/`, whose `index.json`
 * says where each kind of slice is. The place is fixed by the feed's own address, so a page that
 * knows only the feed's address (a webmaster's snippet) finds its slices with no change.
 */
import type { SliceKind } from '../schema/slices.js';

/** Where each kind of slice is, relative to the index; `{id}` is the slice's id as a file name. */
export const DEFAULT_SLICE_PATHS: Readonly<Record<SliceKind, string>> = {
  commitment: 'commitment/{id}.json',
  plan: 'plan/{id}.json',
  forum: 'forum/{id}.json',
  'plan-digest': 'plan-digest/{id}.json',
};

/** The rows a plan digest holds whole: the first page `<ogp-plan>` shows as it starts (20 commitments). */
export const PLAN_DIGEST_ROWS = 20;

/** The slices folder's name for a feed file's name: `feed.json` → `feed.parts`. */
export function slicesFolderName(feedFileName: string): string {
  return `${feedFileName.replace(/\.json$/i, '') || 'feed'}.parts`;
}

/** The address of a feed's slices index: `https://x/ogp/feed.json?v=2` → `https://x/ogp/feed.parts/index.json`. */
export function sliceIndexUrl(feedUrl: string): string {
  const url = new URL(feedUrl);
  const name = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  return new URL(`${slicesFolderName(decodeURIComponent(name))}/index.json`, url.origin + url.pathname).href;
}

/**
 * An id as a file name: ids may hold `:`, which some file systems refuse, so it is written `~3A`
 * (`~` is never in an id). Everything else an id may hold is safe in a file name and a URL.
 */
export function sliceFileId(id: string): string {
  return id.replace(/:/g, '~3A');
}

/** A slice's path from a template of the index: `commitment/{id}.json` → `commitment/CL0069.json`. */
export function slicePath(template: string, id: string): string {
  return template.replace('{id}', sliceFileId(id));
}
