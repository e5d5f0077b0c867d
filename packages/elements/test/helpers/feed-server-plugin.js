// A @web/test-runner plugin that lets browser tests start and stop real feed servers on
// 127.0.0.1 (the SDK's test server, packages/sdk/test/helpers/feed-server.ts), script their
// replies over HTTP, and change the feed between polls. The servers are cross-origin to the
// test page, as a government's feed is to the page that embeds it, so CORS is exercised too.
// Add to web-test-runner.config.js: `plugins: [..., feedServerPlugin()]`.
import { tsImport } from 'tsx/esm/api';

const SERVER_MODULE = new URL('../../../sdk/test/helpers/feed-server.ts', import.meta.url).href;

export function feedServerPlugin() {
  /** Open servers, by URL, so a test can stop its own and the runner can stop any left over. */
  const servers = new Map();
  let module;
  return {
    name: 'ogp-feed-server',
    async executeCommand({ command, payload }) {
      if (command === 'ogp-feed-server:start') {
        module ??= await tsImport(SERVER_MODULE, import.meta.url);
        const server = await module.startFeedServer({ control: true, lifetime: 60_000, ...payload });
        servers.set(server.url, server);
        return { url: server.url, control: server.origin + module.CONTROL_PATH };
      }
      if (command === 'ogp-feed-server:stop') {
        await servers.get(payload?.url)?.close();
        servers.delete(payload?.url);
        return true;
      }
      return undefined;
    },
    async serverStop() {
      await Promise.all([...servers.values()].map((server) => server.close()));
      servers.clear();
    },
  };
}
