// Storybook for the elements: stories in `stories/`, docs from `custom-elements.json`, the
// accessibility panel on, telemetry off (builds here are offline, and it only slows them).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const require = createRequire(import.meta.url);
const ELEMENTS = fileURLToPath(new URL('../packages/elements/', import.meta.url));
const MANIFEST = join(ELEMENTS, 'custom-elements.json');

function newest(path: string): number {
  const stat = statSync(path);
  return stat.isDirectory() ? Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name)))) : stat.mtimeMs;
}

/**
 * The docs tab reads custom-elements.json. The root build writes it; when it is missing or older
 * than the elements' source, write it here with the same command, so `npm run storybook` never
 * documents yesterday's API.
 */
function refreshManifest(): void {
  if (existsSync(MANIFEST) && statSync(MANIFEST).mtimeMs >= newest(join(ELEMENTS, 'src'))) return;
  const cem = require.resolve('@custom-elements-manifest/analyzer/cem.js');
  execFileSync(process.execPath, [cem, 'analyze', '--litelement', '--quiet'], { cwd: ELEMENTS, stdio: 'inherit' });
}
refreshManifest();

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // The real sample feed, for the one story that loads it by `src` (as a webmaster would).
  staticDirs: [{ from: '../examples/feeds', to: '/feeds' }],
  async viteFinal(config) {
    const { mergeConfig, defaultClientConditions } = await import('vite');
    return mergeConfig(config, {
      // Workspace packages from their TypeScript source: no build needed to see a change.
      resolve: { conditions: ['source', ...defaultClientConditions] },
    });
  },
};

export default config;
