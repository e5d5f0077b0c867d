/**
 * The zip writer behind the WordPress plugin's archive, read back by an independent reader of the
 * format (central directory first, as unzip tools and PclZip do). The real-WordPress test then
 * installs the built archive with WordPress's own unzipping.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { zipFiles } from '../../scripts/rollup/zip.js';
import { readZip } from './helpers/read-zip.js';

test('what is written is read back: names (UTF-8), bytes, CRCs; deflate only where it helps', () => {
  const files = [
    { name: 'ogp-embed/ogp-embed.php', data: Buffer.from('<?php\n// ' + 'x'.repeat(2000)) },
    { name: 'ogp-embed/embed/chunks/año.js', data: Buffer.from('export const a = 1;\n'.repeat(50)) },
    { name: 'ogp-embed/empty.txt', data: Buffer.alloc(0) },
    { name: 'ogp-embed/ñandú ✓.txt', data: Buffer.from('ñandú ✓'.repeat(300)) },
    { name: 'ogp-embed/random.bin', data: randomBytes(512) },
  ];
  const entries = readZip(zipFiles(files));
  assert.deepEqual(
    entries.map((e) => e.name),
    files.map((f) => f.name),
  );
  for (const [i, entry] of entries.entries()) {
    assert.deepEqual(entry.data, files[i]!.data, entry.name);
    assert.equal(entry.crc, crc32(files[i]!.data), entry.name);
  }
  assert.equal(entries[0]!.method, 8, 'text is deflated');
  assert.equal(entries[2]!.method, 0, 'an empty file is stored');
  assert.equal(entries[4]!.method, 0, 'bytes deflate does not shrink are stored');
});

test('the same files give the same bytes (fixed timestamps)', () => {
  const files = [{ name: 'a/b.txt', data: Buffer.from('same') }];
  assert.deepEqual(zipFiles(files), zipFiles(files));
});

test('names that would escape the folder, or repeat, are refused', () => {
  for (const name of ['../evil.php', '/abs.php', 'a/../../b', 'a\\b', '']) {
    assert.throws(() => zipFiles([{ name, data: Buffer.from('x') }]), /refusing the entry name/, name);
  }
  assert.throws(
    () =>
      zipFiles([
        { name: 'a', data: Buffer.alloc(1) },
        { name: 'a', data: Buffer.alloc(1) },
      ]),
    /twice/,
  );
});
