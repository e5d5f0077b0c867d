/**
 * `npm run bench -- --only cls`: Cumulative Layout Shift of `examples/ministry/` as Lighthouse
 * (mobile) scores it: a 412x823 phone screen, Slow 4G and a CPU 4x slower, cold cache, the demo
 * server (compressed, as a real host). Layout shifts come from a `PerformanceObserver` of
 * `layout-shift` entries; the score is Lighthouse's: the largest session window (shifts less than
 * 1 s apart, at most 5 s long), shifts right after input left out. Lighthouse itself is not needed.
 * Each page loads `runs` times; the largest score is kept (a shift that happens once is real).
 */
import { createDemoServer } from '../serve/demo-server.js';
import { emulateSlowPhone, launchChromium } from './slow-phone.js';

export interface LayoutShiftResult {
  page: string;
  cls: number;
  /** Each run's score. */
  runs: number[];
  /** The shifts of the worst run: when (ms), how much, and which nodes moved. */
  shifts: { at: number; value: number; sources: string[] }[];
}

/** Recorded from before the page's first script, kept in `window.__shifts`. */
const OBSERVER = `
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    const sources = (entry.sources || []).map((s) => {
      const n = s.node;
      if (!n) return '?';
      const host = n.getRootNode && n.getRootNode().host;
      const name = (n.localName || n.nodeName) + (n.id ? '#' + n.id : '') + (n.getAttribute && n.getAttribute('part') ? '[part=' + n.getAttribute('part') + ']' : '');
      return host ? host.localName + ' > ' + name : name;
    });
    window.__shifts.push({ at: Math.round(entry.startTime), value: entry.value, sources });
  }
}).observe({ type: 'layout-shift', buffered: true });
`;

/** Lighthouse's CLS: the largest sum over session windows (gap < 1 s, window <= 5 s). */
export function sessionWindowScore(shifts: { at: number; value: number }[]): number {
  let best = 0;
  let current = 0;
  let windowStart = -Infinity;
  let last = -Infinity;
  for (const shift of [...shifts].sort((a, b) => a.at - b.at)) {
    if (shift.at - last >= 1000 || shift.at - windowStart >= 5000) {
      current = 0;
      windowStart = shift.at;
    }
    current += shift.value;
    last = shift.at;
    best = Math.max(best, current);
  }
  return best;
}

export async function runLayoutShiftBench(
  options: { pages?: string[]; runs?: number } = {},
): Promise<LayoutShiftResult[]> {
  const pages = options.pages ?? ['/examples/ministry/'];
  const demo = createDemoServer({ liveInterval: 60_000 });
  const base = await demo.listen(0);
  const browser = await launchChromium();
  const results: LayoutShiftResult[] = [];
  try {
    for (const path of pages) {
      const scores: number[] = [];
      let worst: LayoutShiftResult['shifts'] = [];
      for (let run = 0; run < (options.runs ?? 3); run++) {
        // Lighthouse's mobile screen (a Moto G Power): 412x823 CSS pixels at 1.75.
        const context = await browser.newContext({
          viewport: { width: 412, height: 823 },
          deviceScaleFactor: 1.75,
          isMobile: true,
          hasTouch: true,
        });
        const page = await context.newPage();
        await emulateSlowPhone(context, page);
        await page.addInitScript({ content: OBSERVER });
        await page.goto(new URL(path, base).href, { waitUntil: 'load', timeout: 60_000 });
        // Until the page is still: 2 s with no new shift and no request (Lighthouse waits for quiet too).
        let seen = -1;
        let still = Date.now();
        while (Date.now() - still < 2000) {
          await new Promise((done) => setTimeout(done, 250));
          const count = (await page.evaluate('window.__shifts.length')) as number;
          if (count !== seen) {
            seen = count;
            still = Date.now();
          }
        }
        const shifts = (await page.evaluate('window.__shifts')) as LayoutShiftResult['shifts'];
        const score = sessionWindowScore(shifts);
        if (scores.length === 0 || score > Math.max(...scores)) worst = shifts;
        scores.push(score);
        await context.close();
      }
      results.push({ page: path, cls: Math.max(...scores), runs: scores, shifts: worst });
    }
  } finally {
    await browser.close();
    await demo.close();
  }
  return results;
}

export function formatLayoutShiftBench(results: LayoutShiftResult[]): string {
  const lines = [
    'Chromium, 412x823 phone, Slow 4G, CPU 4x, cold cache; CLS as Lighthouse scores it (largest session window), the worst of the runs.',
    '',
  ];
  for (const result of results) {
    lines.push(
      `${result.page}: CLS ${result.cls.toFixed(3)} (runs: ${result.runs.map((s) => s.toFixed(3)).join(', ')}; target below 0.1)`,
    );
    for (const shift of result.shifts)
      lines.push(`  at ${shift.at} ms: ${shift.value.toFixed(4)} — ${shift.sources.join(', ')}`);
  }
  return lines.join('\n');
}
