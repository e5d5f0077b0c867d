// The WordPress plugin's zip (packages/wordpress/dist/ogp-embed.zip): the plugin's folder, plus the
// files of the embed builds that the plugin loads, under `ogp-embed/embed/`: the entry its PHP
// enqueues (`OGP_EMBED_ENTRY` in includes/assets.php) and every file that entry names, and so on
// (element chunks, language chunks), and the elements' style sheets the snapshots link. Other outputs (the module loader, the single-file bundle) are
// left out: WordPress.org asks for no unused code in a plugin. Whatever the embed builds emit is
// followed by name, so a change in how the embed is split needs no change here. Beside them:
// THIRD-PARTY-NOTICES.txt, the license of every npm package bundled into those files.
// One `part()` per embed build; the zip is written when the last part closes.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { zipFiles } from './zip.js';

/** @param {string} dir @returns {string[]} files under dir, relative, with `/` */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      relative(dir, join(entry.parentPath ?? entry.path, entry.name))
        .split(sep)
        .join('/'),
    )
    .sort();
}

/** @param {string} pluginDir @returns {string} the embed file the PHP enqueues, relative to the plugin */
export function pluginEntry(pluginDir) {
  const entry = /const OGP_EMBED_ENTRY = '([^']+)'/.exec(
    readFileSync(join(pluginDir, 'includes/assets.php'), 'utf8'),
  )?.[1];
  if (!entry) throw new Error(`${pluginDir}/includes/assets.php names no OGP_EMBED_ENTRY`);
  return entry;
}

/**
 * The embed files the plugin loads: the entry, then every emitted file whose name a loaded file
 * quotes (an import, or a loader's tag → file map), until no new name turns up.
 * @param {Map<string, string>} emitted name inside embed/ → file on disk
 * @param {string} entry name inside embed/
 * @returns {string[]} names inside embed/, sorted
 */
export function loadedFiles(emitted, entry) {
  if (!emitted.has(entry)) throw new Error(`the plugin enqueues embed/${entry}, which the embed builds did not write`);
  const loaded = new Set([entry]);
  for (const name of loaded) {
    const text = readFileSync(emitted.get(name), 'utf8');
    const here = dirname(name);
    for (const [, quoted] of text.matchAll(/["'`](?:\.\/)?([\w./-]+\.js)["'`]/g)) {
      const target = join(here, quoted).split(sep).join('/');
      if (emitted.has(target)) loaded.add(target);
    }
  }
  return [...loaded].sort();
}

/**
 * Licenses of the npm packages whose modules are in the loaded files, one after the other.
 * @param {Set<string>} packageDirs folders of packages (node_modules/…)
 */
function thirdPartyNotices(packageDirs) {
  const sections = [...packageDirs].sort().map((dir) => {
    const { name, version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^(LICEN[CS]E|COPYING)(\.md|\.txt)?$/i.test(f));
    if (!file)
      throw new Error(
        `${name} is bundled into the WordPress plugin but ships no LICENSE file to copy into its notices`,
      );
    return `${name} ${version} (${license})\n${'-'.repeat(40)}\n${readFileSync(join(dir, file), 'utf8').trim()}\n`;
  });
  return `Third-party code in embed/ (bundled by the build; the plugin's own code is under LICENSE):\n\n${sections.join('\n\n')}`;
}

/** @param {string} id a module id @returns {string | undefined} its npm package's folder */
function packageDirOf(id) {
  const match = /^(.*[\\/]node_modules[\\/])((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id.replace(/^\0/, ''));
  return match ? match[1] + match[2] : undefined;
}

/**
 * @param {{ pluginDir: string, zip: string }} options
 * @returns {{ part(): import('rollup').Plugin }}
 */
export function wordpressPlugin({ pluginDir, zip }) {
  /** @type {Map<string, string>} name inside embed/ → file on disk */
  const emitted = new Map();
  /** @type {Map<string, Set<string>>} name inside embed/ → npm package folders bundled into it */
  const packagesIn = new Map();
  let outputsRoot = '';
  let parts = 0;
  let closed = 0;

  function writeZip() {
    const entry = pluginEntry(pluginDir).replace(/^embed\//, '');
    // The elements' style sheets too: includes/snapshot.php links them from the snapshots it inlines.
    const sheets = [...emitted.keys()].filter((name) => /^ogp-[a-z-]+\.css$/.test(name));
    const embed = [...loadedFiles(emitted, entry), ...sheets].sort();
    const bundled = new Set(
      embed.flatMap((name) => [...(packagesIn.get(name) ?? [])]).filter((dir) => existsSync(join(dir, 'package.json'))),
    );
    const entries = [
      ...walk(pluginDir).map((name) => ({ name: `ogp-embed/${name}`, data: readFileSync(join(pluginDir, name)) })),
      ...embed.map((name) => ({ name: `ogp-embed/embed/${name}`, data: readFileSync(emitted.get(name)) })),
      { name: 'ogp-embed/THIRD-PARTY-NOTICES.txt', data: Buffer.from(thirdPartyNotices(bundled)) },
    ];
    mkdirSync(dirname(zip), { recursive: true });
    const bytes = zipFiles(entries);
    writeFileSync(zip, bytes);
    const left = [...emitted.keys()].filter((name) => !embed.includes(name)).map((name) => basename(name));
    console.log(
      `${zip}: ${entries.length} files (${embed.length} from the embed builds; not loaded by the plugin, so left out: ${left.join(', ') || 'none'}), ${(bytes.length / 1024).toFixed(1)} KB`,
    );
  }

  return {
    part() {
      parts += 1;
      return {
        name: 'ogp-wordpress-plugin',
        writeBundle(options, bundle) {
          const dir = options.dir ?? dirname(options.file ?? '.');
          outputsRoot ||= dir;
          for (const [fileName, output] of Object.entries(bundle)) {
            const onDisk = join(dir, fileName);
            const name = relative(outputsRoot, onDisk).split(sep).join('/');
            emitted.set(name, onDisk);
            if (output.type === 'chunk') {
              packagesIn.set(
                name,
                new Set(
                  Object.keys(output.modules)
                    .map(packageDirOf)
                    .filter((d) => d !== undefined),
                ),
              );
            }
          }
        },
        closeBundle() {
          closed += 1;
          if (closed < parts) return;
          try {
            writeZip();
          } catch (error) {
            this.error(/** @type {Error} */ (error).message);
          }
          closed = 0;
          emitted.clear();
          packagesIn.clear();
        },
      };
    },
  };
}
