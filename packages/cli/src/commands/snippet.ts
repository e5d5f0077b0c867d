/**
 * `ogp-embed snippet <feed.json | published folder> --commitment <id> | --plan <id> | --forum <id>
 * | --timeline <id> [--lang <tag>] [--src <feed URL>] [--script <ogp-embed.js URL>] [--variant …]
 * [--live] [--no-slices]`: the HTML a webmaster pastes. The script tag, and the element with its
 * snapshot inside (`@ogp-embed/elements/ssr`, docs/embedding.md#snapshots): a reader sees the card
 * at the static page's time, scripts on or off, and the script only makes it live.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { findCommitment, findForum, findPlan, issueMessage, parseFeed, slicesFolderName } from '@ogp-embed/sdk';
import type { Feed } from '@ogp-embed/sdk';
import type { CliContext } from '../cli/context.js';
import { CliError, EXIT } from '../cli/exit-codes.js';
import type { ExitCode } from '../cli/exit-codes.js';
import { readText } from '../io/read-source.js';
import { FEED_FILE, PARTS_FOLDER } from '../publish/published-files.js';
import { snapshotLanguage } from '../publish/snapshots.js';

/** Where the embed is when the webmaster names none: the CDN address docs/embedding.md gives. */
export const DEFAULT_SCRIPT = 'https://cdn.jsdelivr.net/npm/@ogp-embed/elements@0.1/dist/ogp-embed.js';

export type SnippetKind = 'commitment' | 'plan' | 'forum' | 'timeline';

export interface SnippetOptions {
  commitment?: string;
  plan?: string;
  forum?: string;
  timeline?: string;
  lang?: string;
  src?: string;
  script?: string;
  variant?: string;
  live?: boolean;
  /**
   * The feed's host has no published slices: the element looks for none (`slices="none"`). Also
   * written, with a line saying so, when no slices folder is beside the feed read (`feed.parts/`).
   */
  noSlices?: boolean;
  /**
   * The snapshot's styles written inline (`<style>`) instead of linked from beside the script: the
   * card shows with the page's own HTML, with no wait for a style sheet from the script's host
   * (Chromium holds a declarative shadow root's linked sheet before painting it). A page with a
   * Content-Security-Policy must allow them: their hashes are printed.
   */
  inlineStyles?: boolean;
  /** The snapshot's date (tests); default now. */
  now?: Date;
}

/** The element each kind of id is shown by, and the attribute that names it. */
const ELEMENTS = {
  commitment: { tag: 'ogp-commitment', attribute: 'commitment' },
  plan: { tag: 'ogp-plan', attribute: 'plan' },
  forum: { tag: 'ogp-agreements', attribute: 'forum' },
  timeline: { tag: 'ogp-timeline', attribute: 'commitment' },
} as const;

export async function snippetCommand(ctx: CliContext, source: string, options: SnippetOptions): Promise<ExitCode> {
  const asked = (['commitment', 'plan', 'forum', 'timeline'] as const).filter((kind) => options[kind] !== undefined);
  if (asked.length !== 1) throw new CliError(ctx.t.snippetWhich(), EXIT.usage);
  const kind = asked[0]!;
  const id = options[kind]!;
  const { feed, published, sliced, name } = await readFeed(ctx, source);
  const element = elementFor(ctx, feed, kind, id, name);
  const lang = options.lang ?? snapshotLanguage(feed);
  const script = options.script ?? DEFAULT_SCRIPT;
  const src = options.src ?? (published ? FEED_FILE : basename(source));
  if (options.src === undefined) ctx.info(ctx.t.snippetSrc(src));
  // No slices beside the feed: the element would look for them and log two 404 lines on every page.
  const noSlices = options.noSlices || !sliced;
  if (!options.noSlices && !sliced) ctx.info(ctx.t.snippetNoSlices(name));
  const { renderSnapshot } = await import('@ogp-embed/elements/ssr');
  const snapshot = await renderSnapshot({
    tag: element.tag,
    attributes: {
      [element.attribute]: id,
      src,
      variant: options.variant,
      live: options.live,
      slices: noSlices ? 'none' : undefined,
    },
    feed,
    lang,
    // The style sheets are beside the script (the build writes them there); none: written inline.
    styles: options.inlineStyles ? undefined : script.replace(/[?#].*$/, '').replace(/[^/]*$/, ''),
    now: options.now,
    fallback: fallbackOf(feed, kind, id, element.label),
  });
  if (options.inlineStyles) ctx.info(ctx.t.snippetInlineStyles(styleHashes(snapshot)));
  ctx.stdout.write(`<script type="module" src="${attribute(script)}" async></script>\n${snapshot}\n`);
  return EXIT.ok;
}

/**
 * The `style-src` sources that let a page's Content-Security-Policy apply the snapshot's inline
 * styles: the SHA-256 of each distinct `<style>` element's text, as CSP hashes it (UTF-8, base64).
 */
export function styleHashes(html: string): string[] {
  const texts = new Set([...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!));
  return [...texts].map((text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
}

/**
 * The feed of a file, or of a published folder (its `feed.json`); parsed as the elements parse it.
 * `sliced`: its slices folder is beside it (`feed.parts/` for `feed.json`), as `publish` writes it.
 */
async function readFeed(
  ctx: CliContext,
  source: string,
): Promise<{ feed: Feed; published: boolean; sliced: boolean; name: string }> {
  const path = resolve(ctx.cwd, source);
  const isFolder = (at: string) =>
    stat(at).then(
      (info) => info.isDirectory(),
      () => false,
    );
  const folder = source !== '-' && (await isFolder(path));
  const file = folder ? join(source, FEED_FILE) : source;
  const text = await readText(ctx, file);
  const result = parseFeed(text);
  if (!result.ok)
    throw new CliError(
      ctx.t.snippetUnreadable(file, result.issues[0] ? issueMessage(result.issues[0], ctx.lang) : ''),
      EXIT.invalid,
    );
  const published = folder && (await isFolder(join(path, PARTS_FOLDER)));
  const sliced =
    published || (source !== '-' && !folder && (await isFolder(join(dirname(path), slicesFolderName(basename(path))))));
  return { feed: result.feed, published, sliced, name: file };
}

/** The element for `id`, or an error naming the ids closest to it. */
function elementFor(ctx: CliContext, feed: Feed, kind: SnippetKind, id: string, source: string) {
  const commitments = feed.plans.flatMap((plan) => plan.commitments.map((c) => c.id));
  const plans = feed.plans.map((plan) => plan.id);
  if (kind === 'timeline') {
    // A commitment's milestones, or a plan's co-creation: the id says which.
    if (findCommitment(feed, id)) return { ...ELEMENTS.timeline, label: id };
    if (findPlan(feed, id)) return { tag: 'ogp-timeline', attribute: 'plan', label: id } as const;
    throw new CliError(ctx.t.snippetNotFound(kind, id, source, closest(id, [...commitments, ...plans])), EXIT.invalid);
  }
  const found =
    kind === 'commitment' ? findCommitment(feed, id) : kind === 'plan' ? findPlan(feed, id) : findForum(feed, id);
  if (!found) {
    const ids = kind === 'commitment' ? commitments : kind === 'plan' ? plans : feed.forums.map((forum) => forum.id);
    throw new CliError(ctx.t.snippetNotFound(kind, id, source, closest(id, ids)), EXIT.invalid);
  }
  return { ...ELEMENTS[kind], label: id };
}

/** The light-DOM link for browsers without declarative shadow DOM: the entity's own page when the feed gives one. */
function fallbackOf(feed: Feed, kind: SnippetKind, id: string, label: string) {
  const entity = kind === 'forum' ? findForum(feed, id) : (findCommitment(feed, id) ?? findPlan(feed, id));
  const url = (entity as { url?: string } | undefined)?.url;
  return { text: label, href: url };
}

/** Up to five ids nearest `id` (edit distance, case ignored), nearest first. */
export function closest(id: string, ids: readonly string[]): string[] {
  const wanted = id.toLowerCase();
  return [...new Set(ids)]
    .map((candidate) => ({ candidate, distance: editDistance(wanted, candidate.toLowerCase()) }))
    .filter(({ distance }) => distance <= Math.max(2, Math.floor(wanted.length / 2)))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, 5)
    .map(({ candidate }) => candidate);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

const attribute = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
