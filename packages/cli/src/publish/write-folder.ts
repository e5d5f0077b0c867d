/**
 * Writes a published folder whole or not at all: every file into a new folder beside the target,
 * then the target swapped for it. A folder that holds anything but a previous publish (a site's
 * other pages, someone's documents) is never replaced: the caller is told, and nothing is written.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FEED_FILE, PARTS_FOLDER, type PublishedFile } from './published-files.js';

/** What `publish` may replace: nothing, an empty folder, or a folder it wrote itself. */
export async function replaceable(folder: string): Promise<boolean> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
  return names.every((name) => name === FEED_FILE || name === PARTS_FOLDER);
}

/** How many files are written at once: enough to keep the disk busy, few enough for any file limit. */
const AT_ONCE = 64;

export async function writeFolder(folder: string, files: PublishedFile[]): Promise<void> {
  const temporary = join(dirname(folder), `.${basename(folder)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const old = `${temporary}.old`;
  try {
    const folders = new Set(files.map((file) => dirname(join(temporary, file.path))));
    for (const path of folders) await mkdir(path, { recursive: true });
    for (let i = 0; i < files.length; i += AT_ONCE) {
      await Promise.all(files.slice(i, i + AT_ONCE).map((file) => writeFile(join(temporary, file.path), file.bytes)));
    }
    // The old folder (if any) moves aside, the new one takes its name, and only then is the old one removed.
    const existed = await rename(folder, old).then(() => true, (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    });
    try {
      await rename(temporary, folder);
    } catch (error) {
      if (existed) await rename(old, folder);
      throw error;
    }
    if (existed) await rm(old, { recursive: true, force: true });
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}
