// A package's entry modules, read from the `source` targets of its package.json `exports`, so
// the exports map is the one list of what a package offers: `./src/*/define.ts` becomes every
// file that pattern matches.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** @param {unknown} target an exports value: a path, a conditions object, or null */
function sourceTargets(target) {
  if (typeof target !== 'object' || target === null) return [];
  const conditions = /** @type {Record<string, unknown>} */ (target);
  if (typeof conditions.source === 'string') return [conditions.source];
  return Object.values(conditions).flatMap(sourceTargets);
}

/**
 * Files under `packageDir` matched by a target with at most one `*` (which, as in Node's
 * subpath patterns, may span folders).
 * @param {string} packageDir
 * @param {string} target
 */
function expand(packageDir, target) {
  const path = target.replace(/^\.\//, '');
  if (!path.includes('*')) return existsSync(join(packageDir, path)) ? [path] : [];
  const [before = '', after = ''] = path.split('*');
  const base = before.slice(0, before.lastIndexOf('/') + 1);
  if (!existsSync(join(packageDir, base))) return [];
  return readdirSync(join(packageDir, base), { recursive: true, encoding: 'utf8' })
    .map((file) => base + file.replaceAll('\\', '/'))
    .filter((file) => file.length > before.length + after.length && file.startsWith(before) && file.endsWith(after))
    .sort();
}

/**
 * @param {string} packageDir e.g. `packages/sdk`
 * @returns {{ entries: string[], missing: string[] }} entry paths relative to the root, and the
 *   targets that match no file yet
 */
export function sourceEntries(packageDir) {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const targets = Object.values(manifest.exports ?? {}).flatMap(sourceTargets);
  const entries = [];
  const missing = [];
  for (const target of new Set(targets)) {
    const files = expand(packageDir, target);
    if (files.length === 0) missing.push(target);
    entries.push(...files.map((file) => relative('.', join(packageDir, file))));
  }
  return { entries, missing };
}
