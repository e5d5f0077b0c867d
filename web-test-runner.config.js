// Browser tests run in real Chromium (never a fake DOM). Workspace packages resolve to their
// TypeScript source through the `source` export condition, so no build is needed first.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumPath, CHROMIUM_FLAGS } from './scripts/chromium.js';

export default {
  files: ['packages/elements/test/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_FLAGS } }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
};
