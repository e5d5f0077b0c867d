/**
 * The published folder as one .zip: the files `ogp-embed publish` writes (the CLI's own
 * `publishFolder`), zipped by fflate (8 KB, maintained, no dependencies: a zip writer of our own
 * would be one more thing to get right).
 */
import { zipSync } from 'fflate';
import { publishFolder } from '@ogp-embed/cli/core';

export async function zipFolder(feedText: string): Promise<{ bytes: Uint8Array; files: number }> {
  const files = await publishFolder(feedText);
  // JSON compresses well; level 6 is zlib's default balance of time and size.
  const bytes = zipSync(Object.fromEntries(files), { level: 6 });
  return { bytes, files: files.size };
}
