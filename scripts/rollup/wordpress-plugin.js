// The WordPress plugin's zip (packages/wordpress/dist/ogp-embed.zip): the plugin's folder, plus every
// file the embed builds wrote (entries, language chunks: whatever their outputs emit, so a change in
// how the embed is split needs no change here), under `ogp-embed/embed/`, paths kept relative to the
// first output's folder. One `part()` per embed build; the zip is written when the last part closes.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { zipFiles } from './zip.js';

/** @param {string} dir @returns {string[]} files under dir, relative, with `/` */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * @param {{ pluginDir: string, zip: string }} options
 * @returns {{ part(): import('rollup').Plugin }}
 */
export function wordpressPlugin({ pluginDir, zip }) {
  /** @type {Map<string, string>} name inside embed/ → file on disk */
  const emitted = new Map();
  let outputsRoot = '';
  let parts = 0;
  let closed = 0;

  /** @param {import('rollup').PluginContext} context */
  function writeZip(context) {
    const plugin = walk(pluginDir).map((name) => ({ name: `ogp-embed/${name}`, data: readFileSync(join(pluginDir, name)) }));
    const embed = [...emitted].sort(([a], [b]) => a.localeCompare(b)).map(([name, file]) => ({ name: `ogp-embed/embed/${name}`, data: readFileSync(file) }));
    const entries = [...plugin, ...embed];
    // The PHP names the file it enqueues: a build that would ship without it fails here.
    const entry = /const OGP_EMBED_ENTRY = '([^']+)'/.exec(readFileSync(join(pluginDir, 'includes/assets.php'), 'utf8'))?.[1];
    if (!entry || !entries.some(({ name }) => name === `ogp-embed/${entry}`)) {
      context.error(`${pluginDir}/includes/assets.php enqueues ${entry ?? '(no OGP_EMBED_ENTRY)'}, which the embed builds did not write`);
    }
    mkdirSync(dirname(zip), { recursive: true });
    const bytes = zipFiles(entries);
    writeFileSync(zip, bytes);
    console.log(`${zip}: ${entries.length} files (${embed.length} from the embed builds), ${(bytes.length / 1024).toFixed(1)} KB`);
  }

  return {
    part() {
      parts += 1;
      return {
        name: 'ogp-wordpress-plugin',
        writeBundle(options, bundle) {
          const dir = options.dir ?? dirname(options.file ?? '.');
          outputsRoot ||= dir;
          for (const fileName of Object.keys(bundle)) {
            const onDisk = join(dir, fileName);
            emitted.set(relative(outputsRoot, onDisk).split(sep).join('/'), onDisk);
          }
        },
        closeBundle() {
          closed += 1;
          if (closed < parts) return;
          writeZip(this);
          closed = 0;
          emitted.clear();
        },
      };
    },
  };
}
