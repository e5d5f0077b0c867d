/**
 * What the page benchmarks (first-card.ts, layout-shift.ts) run in: the system's Chromium, and
 * Lighthouse's "Slow 4G" phone: 150 ms round trip, 1.6 Mbps down, 750 kbps up, CPU 4x slower,
 * with the HTTP cache off (every load is a first visit).
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

/** The root's Chromium finder (plain JavaScript, no types of its own). */
export async function launchChromium(): Promise<Browser> {
  const module: string = '../chromium.js';
  const { chromiumPath, CHROMIUM_FLAGS } = (await import(module)) as {
    chromiumPath: () => string;
    CHROMIUM_FLAGS: string[];
  };
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
}

/** Emulates the slow phone on `page`; the DevTools session is returned, with the Network domain on, for counting. */
export async function emulateSlowPhone(context: BrowserContext, page: Page): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 1.6e6 / 8,
    uploadThroughput: 750e3 / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}
