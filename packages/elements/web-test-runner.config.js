// The root config plus what the data elements' tests need, for running this package's tests
// alone: `npx web-test-runner --config packages/elements/web-test-runner.config.js`.
// - the feed-server plugin (real feed servers on 127.0.0.1 that a test starts and scripts);
// - the forced-colors plugin (emulateMedia cannot emulate forced colours with puppeteer);
// - each test file in its own browser context: with two files at once in one window, one page
//   is hidden, gets no animation frames (open-wc's fixture waits for one) and the SDK client
//   rightly pauses polling there, so live tests would fail for a reason that is not theirs.
import { chromeLauncher } from '@web/test-runner-chrome';
import root from '../../web-test-runner.config.js';
import { chromiumPath, CHROMIUM_FLAGS } from '../../scripts/chromium.js';
import { feedServerPlugin } from './test/helpers/feed-server-plugin.js';
import { forcedColorsPlugin } from './test/helpers/forced-colors-plugin.js';

const has = (name) => (root.plugins ?? []).some((plugin) => plugin.name === name);

export default {
  ...root,
  files: ['packages/elements/test/**/*.test.ts'],
  plugins: [
    ...(root.plugins ?? []),
    ...(has('ogp-feed-server') ? [] : [feedServerPlugin()]),
    ...(has('ogp-forced-colors') ? [] : [forcedColorsPlugin()]),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_FLAGS },
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
};
