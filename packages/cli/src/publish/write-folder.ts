/**
 * Writes a published folder: `feed.json` and its parts folder, beside whatever the host keeps
 * there (`.htaccess`, `index.html`, `CNAME`, `web.config`…), which is never touched.
 *
 * - All or nothing: every file is written into a hidden folder inside the target first; then the
 *   parts folder and `feed.json` are each swapped in by a rename, the whole feed last.
 * - Only what changed: a file whose bytes are the same as the one already published is the same
 *   file (a hard link, or a copy with its old times), so its modification time is kept and
 *   `rsync` or `aws s3 sync` upload only what changed.
 * - A folder holding anything else (someone's documents, another site's pages) is refused,
 *   naming what is there, before anything is written.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { FEED_FILE, PARTS_FOLDER, type PublishedFile } from './published-files.js';

/**
 * What a static host keeps beside the files it serves: server and CDN settings (Apache's
 * `.htaccess`, IIS's `web.config`, Netlify's and Cloudflare Pages' `_headers`/`_redirects`),
 * GitHub Pages' `CNAME` and `.nojekyll`, a landing page, a repository's own files.
 */
const HOST_FILES = new Set(
  [
    '.htaccess',
    'web.config',
    '_headers',
    '_redirects',
    'CNAME',
    '.nojekyll',
    '.well-known',
    'robots.txt',
    'favicon.ico',
    'index.html',
    'index.htm',
    '404.html',
    '.git',
    '.gitignore',
    '.gitattributes',
    'README.md',
    'LICENSE',
    '.DS_Store',
    'Thumbs.db',
  ].map((name) => name.toLowerCase()),
);

export const isHostFile = (name: string) => HOST_FILES.has(name.toLowerCase());

/** What in `folder` is neither a previous publish nor the host's own; none when it does not exist. */
export async function foreignEntries(folder: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.name !== FEED_FILE && entry.name !== PARTS_FOLDER && !isHostFile(entry.name))
    .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name))
    .sort();
}

export interface WriteSummary {
  /** Files written because they are new or their bytes changed. */
  written: number;
  /** Files already published with the same bytes: kept as they were, times included. */
  unchanged: number;
  /** Files of the previous publish that are no part of this one. */
  removed: number;
}

/** How many files are handled at once: enough to keep the disk busy, few enough for any file limit. */
const AT_ONCE = 64;

async function sameBytes(path: string, bytes: Buffer): Promise<boolean> {
  try {
    if ((await stat(path)).size !== bytes.length) return false;
    return (await readFile(path)).equals(bytes);
  } catch {
    return false;
  }
}

/** The published file at `from` becomes `to` unchanged: the same inode, or a copy with its times. */
async function keep(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch {
    const times = await stat(from);
    await copyFile(from, to);
    await utimes(to, times.atime, times.mtime);
  }
}

/** The files under `folder`, relative to it with `/`; none when it does not exist. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

export async function writeFolder(
  folder: string,
  files: Iterable<PublishedFile> | AsyncIterable<PublishedFile>,
  onFile?: (file: PublishedFile) => void,
): Promise<WriteSummary> {
  await mkdir(folder, { recursive: true });
  const temporary = join(folder, `.ogp-embed-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const oldParts = `${temporary}.old`;
  const summary: WriteSummary = { written: 0, unchanged: 0, removed: 0 };
  const paths = new Set<string>();
  // Each folder made once; files of the same batch wait for the same promise.
  const made = new Map<string, Promise<unknown>>();
  const put = async (file: PublishedFile) => {
    const target = join(temporary, file.path);
    const parent = dirname(target);
    if (!made.has(parent)) made.set(parent, mkdir(parent, { recursive: true }));
    await made.get(parent);
    const published = join(folder, file.path);
    if (await sameBytes(published, file.bytes)) {
      await keep(published, target);
      summary.unchanged++;
    } else {
      await writeFile(target, file.bytes);
      summary.written++;
    }
  };
  try {
    // A batch at a time, its bytes made as it is reached and let go once written.
    let batch: PublishedFile[] = [];
    const flush = async () => {
      await Promise.all(batch.map(put));
      batch = [];
    };
    for await (const file of files) {
      paths.add(file.path);
      onFile?.(file);
      batch.push(file);
      if (batch.length >= AT_ONCE) await flush();
    }
    await flush();
    summary.removed = (await filesUnder(join(folder, PARTS_FOLDER))).filter(
      (path) => !paths.has(`${PARTS_FOLDER}/${path}`),
    ).length;
    // The parts first, then the whole feed that names them: each swap is one rename.
    const hadParts = await rename(join(folder, PARTS_FOLDER), oldParts).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    try {
      await rename(join(temporary, PARTS_FOLDER), join(folder, PARTS_FOLDER));
      await rename(join(temporary, FEED_FILE), join(folder, FEED_FILE));
    } catch (error) {
      if (hadParts) {
        await rm(join(folder, PARTS_FOLDER), { recursive: true, force: true });
        await rename(oldParts, join(folder, PARTS_FOLDER));
      }
      throw error;
    }
  } finally {
    await rm(temporary, { recursive: true, force: true });
    await rm(oldParts, { recursive: true, force: true });
  }
  return summary;
}
