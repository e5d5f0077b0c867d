/**
 * The part of the Context Community Protocol the elements use, for the feed context only
 * (https://github.com/webcomponents-cg/community-protocols/blob/main/proposals/context.md):
 * a consumer asks with a bubbling `context-request` event and subscribes; the nearest provider
 * answers and calls back on every change; a provider that appears later announces itself with
 * `context-provider`. The events carry the same fields as @lit/context's, so its providers and
 * consumers, and other copies of this bundle, work with ours (packages/elements/test/feed-context.test.ts
 * runs them together).
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { feedContext } from './feed-context.js';
import type { FeedContextValue } from './feed-context.js';

type Callback = (value: FeedContextValue | undefined, unsubscribe?: () => void) => void;

interface ContextEvent extends Event {
  context: unknown;
  contextTarget?: Element;
  callback: Callback;
  subscribe?: boolean;
}

/** A feed-context event from `target`: it bubbles, across shadow roots, up to the nearest provider. */
function dispatch(target: Element, type: 'context-request' | 'context-provider', fields?: Partial<ContextEvent>): void {
  const event = new Event(type, { bubbles: true, composed: true });
  target.dispatchEvent(Object.assign(event, { context: feedContext, contextTarget: target, ...fields }));
}

/*
 * One `context-provider` listener on the document for every consumer on the page, as long as one
 * is connected: a provider upgraded after them (or nearer than the one that answered) announces
 * itself, and each asks again.
 */
const consumers = new Set<FeedContextConsumer>();

function onProvider(event: Event): void {
  if ((event as ContextEvent).context === feedContext) consumers.forEach((consumer) => consumer.request());
}

/** The feed context of the nearest provider around `host`, kept current; `host` updates when it changes. */
export class FeedContextConsumer implements ReactiveController {
  value?: FeedContextValue;
  #unsubscribe?: () => void;
  readonly #host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.request();
    if (!consumers.size) document.addEventListener('context-provider', onProvider);
    consumers.add(this);
  }

  hostDisconnected(): void {
    consumers.delete(this);
    if (!consumers.size) document.removeEventListener('context-provider', onProvider);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Asks the nearest provider; its answer replaces the one followed so far. */
  request(): void {
    dispatch(this.#host, 'context-request', { callback: this.#receive, subscribe: true });
  }

  readonly #receive: Callback = (value, unsubscribe) => {
    // Another provider answered (a nearer one): stop following the old one.
    if (unsubscribe !== this.#unsubscribe) this.#unsubscribe?.();
    this.#unsubscribe = unsubscribe;
    if (value !== this.value) {
      this.value = value;
      this.#host.requestUpdate();
    }
  };
}

/** Gives `value` to every consumer inside `host` that asks, and the new one on every change. */
export class FeedContextProvider implements ReactiveController {
  value?: FeedContextValue;
  readonly #subscribers = new Map<Callback, () => void>();
  readonly #host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
    host.addEventListener('context-request', (event) => {
      const { context, callback, subscribe, contextTarget } = event as ContextEvent;
      // The host's own request is for a provider around it, not for itself (as @lit/context).
      if (context !== feedContext || (contextTarget ?? event.composedPath()[0]) === host) return;
      event.stopPropagation();
      if (subscribe && !this.#subscribers.has(callback)) {
        this.#subscribers.set(callback, () => this.#subscribers.delete(callback));
      }
      callback(this.value, this.#subscribers.get(callback));
    });
  }

  setValue(value: FeedContextValue | undefined): void {
    if (value === this.value) return;
    this.value = value;
    for (const [callback, unsubscribe] of this.#subscribers) callback(value, unsubscribe);
  }

  hostConnected(): void {
    dispatch(this.#host, 'context-provider');
  }
}
