/**
 * The browser side of the render benchmark (render-bench.ts bundles it and opens it in
 * Chromium): `<ogp-plan>` with 1,000 commitments (first render, then the update after one
 * commitment changes) and 1,000 `<ogp-progress-bar>`s, each against the same markup built
 * without a framework (raw-dom.ts), interleaved, median of the rounds.
 */
import { parseFeed } from '@ogp-embed/sdk';
import type { ActionPlan, Feed } from '@ogp-embed/sdk';
import '../../src/define-all.js';
import type { OgpPlan } from '../../src/plan/plan.js';
import { generateFeed } from '../../../../scripts/bench/generate-feed.js';
import { composedText, rawPlan, rawProgressBar } from './raw-dom.js';

export interface RenderBenchResult {
  case: string;
  /** Median milliseconds with the elements. */
  elementsMs: number;
  /** Median milliseconds building the same markup without a framework (first renders only). */
  rawMs?: number;
}

const NOW = new Date('2024-06-15T12:00:00Z');
const LANG = 'es';

/** A macrotask: every Lit update (microtasks, nested elements included) has run by then. */
const settled = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

const gc = () => (globalThis as { gc?: () => void }).gc?.();
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** Time from nothing to laid out, for a function that puts content into `stage`. */
async function time(stage: HTMLElement, put: () => void | Promise<void>): Promise<number> {
  stage.replaceChildren();
  gc();
  await settled();
  const start = performance.now();
  await put();
  await settled();
  void stage.offsetHeight; // layout, as a reader would wait for it
  return performance.now() - start;
}

function onePlan(commitments: number): { feed: Feed; plan: ActionPlan } {
  const input = generateFeed({ commitments });
  const all = input.plans!.flatMap((plan) => plan.commitments ?? []);
  input.plans = [{ ...input.plans![0]!, commitments: all }];
  const result = parseFeed(input);
  if (!result.ok) throw new Error('the generated feed does not parse');
  return { feed: result.feed, plan: result.feed.plans[0]! };
}

function newPlanElement(feed: Feed, plan: ActionPlan): OgpPlan {
  const el = document.createElement('ogp-plan');
  el.lang = LANG;
  el.now = NOW;
  el.feed = feed;
  el.plan = plan;
  return el;
}

export async function runRenderBench(rounds = 9, commitments = 1000): Promise<RenderBenchResult[]> {
  const stage = document.createElement('div');
  document.body.append(stage);
  const { feed, plan } = onePlan(commitments);
  const values = Array.from({ length: commitments }, (_, i) => (i % 7 === 0 ? undefined : (i * 37) % 101));
  const statuses = ['in-progress', 'delayed', 'completed', 'not-started'];

  // The baseline must show what the elements show, or the comparison means nothing.
  await time(stage, () => void stage.append(newPlanElement(feed, plan)));
  const shown = composedText(stage);
  await time(stage, () => void stage.append(rawPlan(plan, feed, LANG, NOW)));
  const raw = composedText(stage);
  if (raw !== shown) {
    let at = 0;
    while (raw[at] === shown[at]) at++;
    throw new Error(
      `raw-dom.ts does not build what <ogp-plan> shows: at ${at}, the plan "${shown.slice(Math.max(0, at - 80), at + 80)}", the baseline "${raw.slice(Math.max(0, at - 80), at + 80)}"`,
    );
  }

  const cases: Record<string, { elements: number[]; raw: number[] }> = {
    'ogp-plan, 1,000 commitments: first render': { elements: [], raw: [] },
    'ogp-plan: update after one commitment changes': { elements: [], raw: [] },
    '1,000 ogp-progress-bar: first render': { elements: [], raw: [] },
  };
  const [planCase, updateCase, barsCase] = Object.values(cases);
  for (let round = 0; round <= rounds; round++) {
    const warmUp = round === 0;
    const record = (list: number[], ms: number) => void (warmUp || list.push(ms));

    record(planCase!.elements, await time(stage, () => void stage.append(newPlanElement(feed, plan))));
    // One commitment of the first page changes; every other commitment is the same object.
    const element = stage.firstElementChild as OgpPlan;
    const changed = structuredClone(plan.commitments[3]!);
    changed.reported = { status: 'completed', percent: 100, asOf: '2024-06' };
    const next = { ...plan, commitments: plan.commitments.map((c, i) => (i === 3 ? changed : c)) };
    gc();
    await settled();
    const start = performance.now();
    element.plan = next;
    await settled();
    void stage.offsetHeight;
    record(updateCase!.elements, performance.now() - start);

    record(planCase!.raw, await time(stage, () => void stage.append(rawPlan(plan, feed, LANG, NOW))));

    record(
      barsCase!.elements,
      await time(stage, () => {
        const fragment = document.createDocumentFragment();
        values.forEach((value, i) => {
          const bar = document.createElement('ogp-progress-bar');
          bar.lang = LANG;
          bar.value = value;
          bar.status = statuses[i % 4];
          fragment.append(bar);
        });
        stage.append(fragment);
      }),
    );
    record(
      barsCase!.raw,
      await time(stage, () => {
        const fragment = document.createDocumentFragment();
        values.forEach((value, i) => fragment.append(rawProgressBar(value, statuses[i % 4], LANG)));
        stage.append(fragment);
      }),
    );
  }
  stage.remove();
  return Object.entries(cases).map(([name, { elements, raw }]) =>
    raw.length
      ? { case: name, elementsMs: median(elements), rawMs: median(raw) }
      : { case: name, elementsMs: median(elements) },
  );
}

(globalThis as { runRenderBench?: typeof runRenderBench }).runRenderBench = runRenderBench;
