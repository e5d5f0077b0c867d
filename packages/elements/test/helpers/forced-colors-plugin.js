// A @web/test-runner plugin for what `emulateMedia` of @web/test-runner-commands cannot do with
// Chromium through puppeteer: emulate `forced-colors: active` (Windows High Contrast), through the
// DevTools protocol. Add to web-test-runner.config.js: `plugins: [..., forcedColorsPlugin()]`.
export function forcedColorsPlugin() {
  // An emulation lasts as long as the DevTools session that set it: one session per page, kept.
  const sessions = new WeakMap();
  return {
    name: 'ogp-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ogp-forced-colors') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession) throw new Error('ogp-forced-colors needs the Chrome launcher (puppeteer)');
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
