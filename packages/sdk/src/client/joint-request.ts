/**
 * One request that several callers wait on. Each caller may leave with its own
 * `AbortSignal` (its promise then rejects with that signal's reason); the request itself is
 * aborted only when every caller has left, so one element going away never cancels the
 * load another element on the page is waiting for.
 */
export class JointRequest<T> {
  readonly #controller = new AbortController();
  readonly promise: Promise<T>;
  #waiting = 0;

  constructor(run: (signal: AbortSignal) => Promise<T>) {
    this.promise = run(this.#controller.signal);
    // Nobody may be left to hear the rejection of an abandoned request.
    this.promise.catch(() => undefined);
  }

  /** True once every caller left and the request was cancelled. */
  get abandoned(): boolean {
    return this.#controller.signal.aborted;
  }

  join(signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    this.#waiting++;
    if (!signal) return this.promise;
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        reject(signal.reason);
        if (--this.#waiting === 0) {
          this.#controller.abort(new DOMException('Every caller left', 'AbortError'));
        }
      };
      signal.addEventListener('abort', leave, { once: true });
      this.promise.then(
        (value) => {
          signal.removeEventListener('abort', leave);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', leave);
          reject(error);
        },
      );
    });
  }
}
