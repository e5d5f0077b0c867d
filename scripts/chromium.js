// Where Chromium is, for tests, benchmarks and screenshots: CHROME_PATH wins, then Debian's
// /usr/bin/chromium. Shared so every tool fails with the same one clear line when it is missing.
import { existsSync } from 'node:fs';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function chromiumPath() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error(
      'Chromium not found: set CHROME_PATH, or install it with `apt-get install -y chromium` (Debian/Ubuntu).',
    );
  }
  return found;
}
