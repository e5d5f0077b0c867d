// The root config plus the feed-server plugin the data elements' tests need, for running this
// package's tests alone: `npx web-test-runner --config packages/elements/web-test-runner.config.js`.
import root from '../../web-test-runner.config.js';
import { feedServerPlugin } from './test/helpers/feed-server-plugin.js';

const hasFeedServer = (root.plugins ?? []).some((plugin) => plugin.name === 'ogp-feed-server');

export default {
  ...root,
  files: ['packages/elements/test/**/*.test.ts'],
  plugins: [...(root.plugins ?? []), ...(hasFeedServer ? [] : [feedServerPlugin()])],
};
