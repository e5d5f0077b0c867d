// Browser tests run in real Chromium (never a fake DOM). Workspace packages resolve to their
// TypeScript source through the `source` export condition, so no build is needed first.
// - the feed-server plugin starts real feed servers on 127.0.0.1 that a test scripts;
// - the forced-colors plugin emulates forced colours (emulateMedia cannot with puppeteer);
// - each test file gets its own browser context: with two files at once in one window, one
//   page is hidden, gets no animation frames (open-wc's fixture waits for one) and the SDK
//   client rightly pauses polling there, so live tests would fail for a reason not theirs.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumPath, CHROMIUM_FLAGS } from './scripts/chromium.js';
import { feedServerPlugin } from './packages/elements/test/helpers/feed-server-plugin.js';
import { forcedColorsPlugin } from './packages/elements/test/helpers/forced-colors-plugin.js';

export default {
  files: ['packages/elements/test/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    feedServerPlugin(),
    forcedColorsPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_FLAGS },
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  concurrency: 2,
  // A ceiling for a hung test, never a speed check: on a loaded two-core machine a file's first
  // test (esbuild, fonts, the first fixture) took over 10 s.
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 300000,
};
