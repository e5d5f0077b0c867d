// The WordPress plugin's archive, written by fflate (a kept, dependency-free zip library, also
// usable in a browser): deflate where it helps, else stored; Unix file modes; fixed timestamps, so
// the same files give the same bytes. Checked by test/node/zip.test.ts (read back by an
// independent reader) and by the real-WordPress test, which installs the archive.
import { deflateSync, zipSync } from 'fflate';

// 1980-01-01 00:00 in local time, which fflate turns into the earliest MS-DOS date whatever the time zone.
const EARLIEST = new Date(1980, 0, 1);
const UNIX = 3;
/** A regular file, rw-r--r--, in the external attributes' high half (as Unix zip tools write it). */
const FILE_MODE = (0o100644 << 16) >>> 0;

/**
 * @param {{ name: string, data: Uint8Array }[]} files names with `/` separators; folders are implied
 * @returns {Buffer} the archive
 */
export function zipFiles(files) {
  /** @type {import('fflate').Zippable} */
  const entries = {};
  for (const { name, data } of files) {
    if (!name || name.startsWith('/') || name.includes('\\') || name.split('/').includes('..')) {
      throw new Error(`zip: refusing the entry name ${JSON.stringify(name)}`);
    }
    if (Object.hasOwn(entries, name)) throw new Error(`zip: ${name} twice`);
    // Stored when deflate does not help (already-compressed, tiny or empty files).
    const level = data.length > 0 && deflateSync(data, { level: 9 }).length < data.length ? 9 : 0;
    entries[name] = [data, { level, mtime: EARLIEST, os: UNIX, attrs: FILE_MODE }];
  }
  return Buffer.from(zipSync(entries));
}
