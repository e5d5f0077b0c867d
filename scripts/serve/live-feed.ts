/**
 * The demo's live feed: the Chile sample, rewritten every few seconds while the server runs, so
 * that a page with `live` elements visibly changes while it is open. Only CL0081, whose figures
 * the sample already marks as invented, changes, and every change says it is illustrative.
 * Each revision has its own ETag and Last-Modified; between revisions the server answers 304.
 */
import { etagOf } from './http-reply.js';

/** The commitment whose progress moves. */
export const LIVE_COMMITMENT = 'CL0081';
const FIRST_PERCENT = 30;
const STEP = 5;

type Json = Record<string, unknown>;

export interface LiveRevision {
  revision: number;
  body: string;
  etag: string;
  lastModified: Date;
  /** CL0081's reported percent in this revision. */
  percent: number;
}

/** Revision `n` of the feed: 30 %, 35 %, ... 100 % (completed), then 30 % again. */
export function livePercent(revision: number): number {
  const steps = (100 - FIRST_PERCENT) / STEP + 1;
  return FIRST_PERCENT + (revision % steps) * STEP;
}

export function reviseFeed(base: Json, revision: number, at: Date): Json {
  const feed = structuredClone(base) as Json & { plans: { commitments: Json[] }[] };
  const percent = livePercent(revision);
  const commitment = feed.plans.flatMap((plan) => plan.commitments).find((c) => c.id === LIVE_COMMITMENT);
  if (!commitment) throw new Error(`The live feed needs ${LIVE_COMMITMENT} in its base feed`);
  const month = at.toISOString().slice(0, 7);
  commitment.reported = {
    status: percent === 100 ? 'completed' : 'in-progress',
    percent,
    asOf: month,
    illustrative: true,
  };
  const updates = Array.isArray(commitment.updates) ? (commitment.updates as Json[]) : [];
  commitment.updates = [
    ...updates,
    {
      date: at.toISOString().slice(0, 10),
      text: {
        es: `Ilustrativo / Illustrative: revisión ${revision} de la demostración en vivo; avance inventado: ${percent} %.`,
        en: `Ilustrativo / Illustrative: revision ${revision} of the live demo; invented progress: ${percent}%.`,
      },
      author: 'ogp-embed demo server',
      illustrative: true,
    },
  ];
  feed.generatedAt = at.toISOString();
  return feed;
}

export class LiveFeed {
  private current: LiveRevision;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly base: Json,
    /** Milliseconds between rewrites. */
    readonly interval: number,
  ) {
    this.current = this.build(0);
  }

  get latest(): LiveRevision {
    return this.current;
  }

  /** Makes the next revision the current one now (the timer does this every `interval`; tests too). */
  advance(): LiveRevision {
    this.current = this.build(this.current.revision + 1);
    return this.current;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.advance(), this.interval);
    // The demo server's own handles keep the process alive; this timer never should.
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private build(revision: number): LiveRevision {
    const lastModified = new Date();
    const body = `${JSON.stringify(reviseFeed(this.base, revision, lastModified), null, 1)}\n`;
    return { revision, body, etag: etagOf(body), lastModified, percent: livePercent(revision) };
  }
}
