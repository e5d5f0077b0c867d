// Which modules weigh what in a chunk, grouped by package: each module's code as rollup rendered
// it (after tree-shaking), minified on its own with esbuild, because unminified lengths overstate
// well-commented packages. Printed when a budget is exceeded, or always with OGP_ANALYZE=1.
import { transformSync } from 'esbuild';

/** Minified length of one module's rendered code; its rendered length if it does not parse alone. */
function minifiedLength(/** @type {string | null} */ code, /** @type {number} */ renderedLength) {
  if (!code) return renderedLength;
  try {
    return transformSync(code, { minify: true, loader: 'js' }).code.length;
  } catch {
    return renderedLength;
  }
}

/** `node_modules/@lit/reactive-element/x.js` -> `@lit/reactive-element`; our sources by folder. */
export function ownerOf(/** @type {string} */ id) {
  const path = id.replaceAll('\\', '/');
  const inModules = path.lastIndexOf('/node_modules/');
  if (inModules >= 0) {
    const parts = path.slice(inModules + '/node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? path);
  }
  const ours = path.match(/\/packages\/([^/]+)\/src\/(?:([^/]+)\/)?/);
  if (ours) return `@ogp-embed/${ours[1]}${ours[2] ? `/${ours[2]}` : ''}`;
  return path;
}

/** A short, readable module name: the path from the package on. */
function shortName(/** @type {string} */ id) {
  const path = id.replaceAll('\\', '/');
  const inModules = path.lastIndexOf('/node_modules/');
  if (inModules >= 0) return path.slice(inModules + '/node_modules/'.length);
  const packages = path.indexOf('/packages/');
  return packages >= 0 ? path.slice(packages + 1) : path;
}

/**
 * For each package in the chunk, a chain of imports from the entry to it: what to change to leave
 * it out. Chains run through modules that kept code after tree-shaking wherever they can (a
 * barrel such as an index.ts links them but is not the reason), so each hop through a module
 * that kept no code costs 1 and any other hop 0 (a 0-1 breadth-first search).
 * @param {import('rollup').OutputChunk} chunk
 * @param {(id: string) => import('rollup').ModuleInfo | null} moduleInfo
 * @returns {Map<string, string[]>} package -> module ids, entry first
 */
function importChains(chunk, moduleInfo) {
  const chains = new Map();
  const entry = chunk.facadeModuleId;
  if (!entry) return chains;
  /** @type {Map<string, { cost: number, parent?: string }>} */
  const best = new Map([[entry, { cost: 0 }]]);
  const done = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const id = /** @type {string} */ (queue.shift());
    if (done.has(id)) continue;
    done.add(id);
    const { cost } = /** @type {{ cost: number }} */ (best.get(id));
    for (const next of moduleInfo(id)?.importedIds ?? []) {
      const step = moduleInfo(next)?.isIncluded ? 0 : 1;
      if (cost + step < (best.get(next)?.cost ?? Infinity)) {
        best.set(next, { cost: cost + step, parent: id });
        if (step === 0) queue.unshift(next);
        else queue.push(next);
      }
    }
  }
  const included = Object.keys(chunk.modules);
  for (const id of included) {
    const owner = ownerOf(id);
    const found = best.get(id);
    if (!found) continue;
    const chain = [];
    for (let at = /** @type {string | undefined} */ (id); at !== undefined; at = best.get(at)?.parent)
      chain.unshift(at);
    const known = chains.get(owner);
    if (!known || chain.length < known.length) chains.set(owner, chain);
  }
  return chains;
}

/**
 * @param {import('rollup').OutputChunk} chunk
 * @param {(id: string) => import('rollup').ModuleInfo | null} moduleInfo rollup's getModuleInfo
 * @param {number} [top] how many of the heaviest modules to list
 * @returns {string}
 */
export function moduleReport(chunk, moduleInfo, top = 15) {
  const modules = Object.entries(chunk.modules).map(([id, info]) => ({
    id,
    bytes: minifiedLength(info.code, info.renderedLength),
  }));
  const total = modules.reduce((sum, m) => sum + m.bytes, 0) || 1;
  /** @type {Map<string, { bytes: number, count: number }>} */
  const owners = new Map();
  for (const m of modules) {
    const owner = owners.get(ownerOf(m.id)) ?? { bytes: 0, count: 0 };
    owner.bytes += m.bytes;
    owner.count += 1;
    owners.set(ownerOf(m.id), owner);
  }
  const pct = (/** @type {number} */ bytes) => `${((bytes / total) * 100).toFixed(1).padStart(5)} %`;
  const byOwner = [...owners.entries()]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([owner, { bytes, count }]) => `  ${pct(bytes)}  ${String(bytes).padStart(7)} B  ${owner} (${count} modules)`);
  const heaviest = modules
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top)
    .map((m) => `  ${pct(m.bytes)}  ${String(m.bytes).padStart(7)} B  ${shortName(m.id)}`);
  const chains = importChains(chunk, moduleInfo);
  const why = [...owners.keys()]
    .filter((owner) => !owner.startsWith('@ogp-embed/') && chains.has(owner))
    .map((owner) => `  ${owner}: ${(chains.get(owner) ?? []).map(shortName).join(' -> ')}`);
  return [
    `${chunk.fileName}: ${total} B of modules minified one by one, by package:`,
    ...byOwner,
    `why each dependency is in (a chain of imports from the entry, through modules that kept code):`,
    ...why,
    `heaviest modules:`,
    ...heaviest,
  ].join('\n');
}
