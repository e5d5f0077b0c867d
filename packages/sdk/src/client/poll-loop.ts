/**
 * The one poll loop a client runs for all its watchers. The shortest interval asked for
 * wins; the loop pauses while the page is hidden, looks again when it is shown or the
 * network returns, and stops (no timer, no listener left) when the last watcher leaves.
 * When to poll is the client's business (`dueIn`): the loop only keeps the appointment.
 */
import { LONGEST_TIMER } from './longest-timer.js';
import { isPageHidden, watchPage } from './page-visibility.js';

export interface PollTarget {
  /** One poll. Its failure is already recorded by the client, so the loop ignores it. */
  poll(signal: AbortSignal): Promise<unknown>;
  /** Milliseconds until a poll at this interval is due; 0 or less means now. */
  dueIn(interval: number): number;
  /** Whether the last attempt failed, so that the network coming back is worth a poll. */
  failing(): boolean;
}

export class PollLoop {
  readonly #target: PollTarget;
  readonly #intervals = new Map<object, number>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #controller: AbortController | undefined;
  #unwatchPage: (() => void) | undefined;
  /** The signal of the poll in progress, if any. */
  #polling: AbortSignal | undefined;

  constructor(target: PollTarget) {
    this.#target = target;
  }

  get #running(): boolean {
    return this.#intervals.size > 0;
  }

  /** The interval in force: the shortest any watcher asked for. */
  get #interval(): number {
    return Math.min(...this.#intervals.values());
  }

  /** Adds a watcher's interval; the returned function removes it (once). */
  add(interval: number): () => void {
    const token = {};
    this.#intervals.set(token, interval);
    if (this.#intervals.size === 1) this.#start();
    else this.schedule();
    return () => {
      if (!this.#intervals.delete(token)) return;
      if (this.#running) this.schedule();
      else this.#stop();
    };
  }

  /**
   * Sets the timer for the next poll; called whenever any load of the client settles.
   * A hidden page sets no timer, but a poll due right now (the first load, or a new
   * watcher of old data) still happens: the reader will find the data ready.
   */
  schedule(): void {
    this.#clearTimer();
    if (!this.#running || this.#isPolling()) return;
    const wait = this.#target.dueIn(this.#interval);
    if (wait <= 0) {
      this.#pollNow();
    } else if (Number.isFinite(wait) && !isPageHidden()) {
      this.#timer = setTimeout(() => this.#pollNow(), Math.min(wait, LONGEST_TIMER));
    }
  }

  #isPolling(): boolean {
    return this.#polling !== undefined && !this.#polling.aborted;
  }

  #pollNow(): void {
    this.#clearTimer();
    if (!this.#controller || this.#isPolling()) return;
    const signal = this.#controller.signal;
    this.#polling = signal;
    this.#target
      .poll(signal)
      .catch(() => undefined)
      .finally(() => {
        if (this.#polling === signal) this.#polling = undefined;
        this.schedule();
      });
  }

  #start(): void {
    this.#controller = new AbortController();
    this.#unwatchPage = watchPage({
      onVisible: () => this.schedule(),
      onHidden: () => this.#clearTimer(),
      onOnline: () => {
        if (this.#target.failing() && !isPageHidden()) this.#pollNow();
      },
    });
    this.schedule();
  }

  #stop(): void {
    this.#clearTimer();
    this.#controller?.abort(new DOMException('No one is watching the feed any more', 'AbortError'));
    this.#controller = undefined;
    this.#unwatchPage?.();
    this.#unwatchPage = undefined;
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
