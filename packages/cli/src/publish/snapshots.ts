/**
 * The snapshots a published folder carries beside its slices (docs/feed-format.md#snapshots): for
 * each commitment, plan and forum, in each language the feed speaks, the element's declarative
 * shadow root as `@ogp-embed/elements/ssr` renders it, so a server without JavaScript (WordPress's
 * PHP, Drupal, a static site generator) can put it inside the element's tag:
 * `feed.parts/commitment/CL0081.es.html`. One renderer: the same as `snippet`'s and the element's.
 */
import type { Feed } from '@ogp-embed/sdk';
import { DEFAULT_SLICE_PATHS, slicePath } from '@ogp-embed/sdk';
import { PARTS_FOLDER, type PublishedFile } from './published-files.js';

/** The language a snapshot is written in when none is asked for: the feed's own. */
export const snapshotLanguage = (feed: Feed): string => feed.defaultLanguage;

/** Every language the feed's texts are in: its default, then each other one a title is given in. */
export function feedLanguages(feed: Feed): string[] {
  const found = new Set([feed.defaultLanguage]);
  const add = (text: unknown) => {
    if (text && typeof text === 'object') for (const lang of Object.keys(text)) found.add(lang);
  };
  for (const plan of feed.plans) {
    add(plan.title);
    for (const commitment of plan.commitments) add(commitment.title);
  }
  for (const forum of feed.forums) add(forum.name);
  return [...found];
}

/** The elements a published folder has snapshots of: the kind of slice, its tag and the attribute naming it. */
const SNAPSHOT_KINDS = [
  { kind: 'commitment', tag: 'ogp-commitment', attribute: 'commitment' },
  { kind: 'plan', tag: 'ogp-plan', attribute: 'plan' },
  { kind: 'forum', tag: 'ogp-agreements', attribute: 'forum' },
] as const;

/** `commitment/CL0081.json` → `commitment/CL0081.es.html`: beside the slice, one per language. */
export function snapshotPath(kind: string, id: string, lang: string): string {
  const slice = slicePath(DEFAULT_SLICE_PATHS[kind as keyof typeof DEFAULT_SLICE_PATHS], id);
  return slice.replace(/\.json$/, `.${lang}.html`);
}

/**
 * The snapshot of one element's shadow root: what goes inside its tag. Its style sheets are
 * linked by file name (`ogp-commitment.css`): a page that inlines it serves them from beside
 * `ogp-embed.js` and writes that folder before the name (docs/feed-format.md#snapshots).
 */
export async function shadowSnapshot(feed: Feed, kind: string, id: string, lang: string, now: Date): Promise<string> {
  const { renderSnapshot } = await import('@ogp-embed/elements/ssr');
  const element = SNAPSHOT_KINDS.find((entry) => entry.kind === kind);
  if (!element) throw new TypeError(`no snapshot of a ${kind}`);
  const html = await renderSnapshot({
    tag: element.tag,
    attributes: { [element.attribute]: id },
    feed,
    lang,
    styles: '',
    now,
  });
  // The element's own tag is the page's to write (with its src, live…): the file holds what goes inside it.
  const inside = /^<ogp-[a-z-]+[^>]*>([\s\S]*)<\/ogp-[a-z-]+>$/.exec(html);
  if (!inside) throw new Error(`snapshot of ${kind} ${id}: unexpected markup`);
  return inside[1]!;
}

/**
 * Every snapshot file of a feed's published folder, in every language it speaks, one at a time:
 * each rendered when the writer reaches it and let go once written (10,000 commitments in two
 * languages are 20,000 files). Of the feed's own date (`generatedAt`), not of the day it is
 * published: the same feed publishes the same bytes, so publishing again rewrites (and a sync
 * uploads) only what changed.
 */
export async function* eachSnapshotFile(feed: Feed, now = new Date(feed.generatedAt)): AsyncGenerator<PublishedFile> {
  for (const lang of feedLanguages(feed)) {
    for (const { kind } of SNAPSHOT_KINDS) {
      for (const id of snapshotIds(feed, kind)) {
        const html = await shadowSnapshot(feed, kind, id, lang, now);
        yield {
          path: `${PARTS_FOLDER}/${snapshotPath(kind, id, lang)}`,
          bytes: Buffer.from(html),
          kind: 'snapshot',
          id,
        };
      }
    }
  }
}

/** The ids of a feed's items of a kind that has snapshots. */
function snapshotIds(feed: Feed, kind: string): string[] {
  if (kind === 'commitment') return feed.plans.flatMap((plan) => plan.commitments.map((c) => c.id));
  return kind === 'plan' ? feed.plans.map((plan) => plan.id) : feed.forums.map((forum) => forum.id);
}

/**
 * `validate` of a published folder: the snapshots in it (taken off `present`, the files not yet
 * accounted for) must be what the renderer writes from the whole feed on its date, as publish
 * made them (`eachSnapshotFile`: the feed's `generatedAt`, since a card's "Updated" line says when its
 * data changed, no longer when the snapshot was made). A
 * folder with no snapshot at all (published before they existed) is fine; one with some must have
 * every one, in every language the feed speaks.
 */
export async function checkSnapshots(
  folder: string,
  feed: Feed,
  present: Set<string>,
  problem: (code: 'missing' | 'contradicts', path: string, part: string) => void,
  read: (path: string) => Promise<string>,
): Promise<number> {
  const isSnapshot = (path: string) => path.startsWith(`${PARTS_FOLDER}/`) && path.endsWith('.html');
  if (![...present].some(isSnapshot)) return 0;
  let checked = 0;
  for (const lang of feedLanguages(feed)) {
    for (const { kind } of SNAPSHOT_KINDS) {
      for (const id of snapshotIds(feed, kind)) {
        const path = `${PARTS_FOLDER}/${snapshotPath(kind, id, lang)}`;
        const part = `${kind} ${id} (${lang})`;
        if (!present.delete(path)) {
          problem('missing', path, part);
          continue;
        }
        checked++;
        const html = await read(`${folder}/${path}`).catch(() => undefined);
        if (html !== (await shadowSnapshot(feed, kind, id, lang, new Date(feed.generatedAt))))
          problem('contradicts', path, part);
      }
    }
  }
  return checked;
}
