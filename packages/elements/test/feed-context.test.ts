/**
 * `<ogp-feed>` and the elements inside it speak the Context Community Protocol
 * (https://github.com/webcomponents-cg/community-protocols/blob/main/proposals/context.md):
 * a provider that appears after its consumers, and protocol code that is not ours (another copy
 * of the bundle, @lit/context, a page's own component), must still find each other.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ContextConsumer, ContextProvider } from '@lit/context';
import { LitElement } from 'lit';
import '../src/define-all.js';
import { OgpFeed } from '../src/feed/feed.js';
import { FeedContextConsumer, FeedContextProvider } from '../src/shared/feed-context-protocol.js';
import { feedContext } from '../src/shared/feed-context.js';
import type { FeedContextValue } from '../src/shared/feed-context.js';
import { getSharedClient } from '@ogp-embed/sdk';
import { part, until } from './helpers/dom.js';
import { cl0069, feedWith, NOW } from './helpers/feeds.js';
import { startFeedServer } from './helpers/feed-server.js';
import type { TestFeedServer } from './helpers/feed-server.js';

const shown = (el: Element) => !!el.shadowRoot?.querySelector('[part~="card"]');
const title = (el: Element) => part(el, 'title').textContent!.trim();

type Callback = (value: FeedContextValue | undefined, unsubscribe?: () => void) => void;

/** A `context-request` as any protocol consumer sends it. */
function request(target: Element, callback: Callback, subscribe: boolean): void {
  const event = new Event('context-request', { bubbles: true, composed: true });
  target.dispatchEvent(Object.assign(event, { context: feedContext, contextTarget: target, callback, subscribe }));
}

let tags = 0;

describe('feed context protocol', () => {
  let server: TestFeedServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('a provider upgraded after the elements inside it still gives them its feed', async () => {
    server = await startFeedServer();
    await server.reply({ body: feedWith([cl0069({ title: 'Tardío' })]) });
    const tag = `ogp-feed-late-${++tags}`;
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    wrapper.innerHTML = `<${tag} src="${server.url}"><ogp-commitment commitment="CL0069"></ogp-commitment></${tag}>`;
    const el = wrapper.querySelector('ogp-commitment')!;
    el.now = NOW;
    await el.updateComplete;
    expect(shown(el)).to.equal(false);
    customElements.define(tag, class extends OgpFeed {});
    await until(() => shown(el), 'shown once the provider is upgraded');
    expect(title(el)).to.equal('Tardío');
  });

  it('an inner provider upgraded later takes over the elements inside it from the outer one', async () => {
    server = await startFeedServer();
    const inner = await startFeedServer();
    try {
      await server.reply({ body: feedWith([cl0069({ title: 'Exterior' })]) });
      await inner.reply({ body: feedWith([cl0069({ title: 'Interior' })]) });
      const tag = `ogp-feed-late-${++tags}`;
      const outer = await fixture<OgpFeed>(html`<ogp-feed src=${server.url}></ogp-feed>`);
      outer.innerHTML = `<${tag} src="${inner.url}"><ogp-commitment commitment="CL0069"></ogp-commitment></${tag}>`;
      const el = outer.querySelector('ogp-commitment')!;
      el.now = NOW;
      await until(() => shown(el) && title(el) === 'Exterior', 'outer feed shown first');
      customElements.define(tag, class extends OgpFeed {});
      await until(() => title(el) === 'Interior', 'inner feed shown');
    } finally {
      await inner.close();
    }
  });

  it('answers any protocol consumer, once or subscribed, until it unsubscribes', async () => {
    expect(feedContext).to.equal(Symbol.for('ogp-embed.feed'));
    const provider = await fixture<OgpFeed>(html`<ogp-feed src="/feed-a.json"><span></span></ogp-feed>`);
    const consumer = provider.querySelector('span')!;
    const once: Array<FeedContextValue | undefined> = [];
    request(consumer, (value) => once.push(value), false);
    expect(once.map((value) => value?.src)).to.deep.equal([new URL('/feed-a.json', document.baseURI).href]);
    expect(once[0]!.client).to.equal(provider.client);

    const seen: Array<string | undefined> = [];
    let unsubscribe: (() => void) | undefined;
    request(
      consumer,
      (value, dispose) => {
        seen.push(value?.src);
        unsubscribe = dispose;
      },
      true,
    );
    provider.src = '/feed-b.json';
    await provider.updateComplete;
    unsubscribe!();
    provider.src = '/feed-c.json';
    await provider.updateComplete;
    expect(seen.map((src) => src && new URL(src).pathname)).to.deep.equal(['/feed-a.json', '/feed-b.json']);
    expect(once.length).to.equal(1);
  });

  it('the elements take their feed from any protocol provider of the same key', async () => {
    server = await startFeedServer();
    await server.reply({ body: feedWith([cl0069({ title: 'Otro proveedor' })]) });
    const host = await fixture<HTMLElement>(html`<section></section>`);
    const value: FeedContextValue = { src: server.url, client: getSharedClient(server.url), live: false };
    host.addEventListener('context-request', (event) => {
      const { context, callback } = event as Event & { context: unknown; callback: Callback };
      if (context !== feedContext) return;
      event.stopPropagation();
      callback(value, () => {});
    });
    const el = document.createElement('ogp-commitment');
    el.commitment = 'CL0069';
    el.now = NOW;
    host.append(el);
    await until(() => shown(el), 'shown');
    expect(title(el)).to.equal('Otro proveedor');
  });

  describe('with the real @lit/context', () => {
    it("the elements follow @lit/context's ContextProvider, and its value when it changes", async () => {
      server = await startFeedServer();
      const other = await startFeedServer();
      try {
        await server.reply({ body: feedWith([cl0069({ title: 'Lit primero' })]) });
        await other.reply({ body: feedWith([cl0069({ title: 'Lit después' })]) });
        const host = await fixture<HTMLElement>(html`<section></section>`);
        const provider = new ContextProvider(host, {
          context: feedContext,
          initialValue: { src: server.url, client: getSharedClient(server.url), live: false },
        });
        const el = document.createElement('ogp-commitment');
        el.commitment = 'CL0069';
        el.now = NOW;
        host.append(el);
        await until(() => shown(el) && title(el) === 'Lit primero', 'shown from the Lit provider');
        provider.setValue({ src: other.url, client: getSharedClient(other.url), live: false });
        await until(() => title(el) === 'Lit después', "the Lit provider's new value followed");
      } finally {
        await other.close();
      }
    });

    it("@lit/context's ContextConsumer inside <ogp-feed> gets its feed, subscribed", async () => {
      const tag = `lit-consumer-${++tags}`;
      class LitConsumer extends LitElement {
        readonly feed = new ContextConsumer(this, { context: feedContext, subscribe: true });
      }
      customElements.define(tag, LitConsumer);
      const provider = await fixture<OgpFeed>(html`<ogp-feed src="/feed-a.json"></ogp-feed>`);
      const consumer = document.createElement(tag) as LitConsumer;
      provider.append(consumer);
      expect(consumer.feed.value?.src).to.equal(new URL('/feed-a.json', document.baseURI).href);
      expect(consumer.feed.value?.client).to.equal(provider.client);
      provider.src = '/feed-b.json';
      await provider.updateComplete;
      expect(consumer.feed.value?.src).to.equal(new URL('/feed-b.json', document.baseURI).href);
    });

    it('a Lit provider upgraded after the elements inside it still gives them its feed', async () => {
      server = await startFeedServer();
      await server.reply({ body: feedWith([cl0069({ title: 'Lit tardío' })]) });
      const tag = `lit-provider-${++tags}`;
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.innerHTML = `<${tag}><ogp-commitment commitment="CL0069"></ogp-commitment></${tag}>`;
      const el = wrapper.querySelector('ogp-commitment')!;
      el.now = NOW;
      await el.updateComplete;
      const url = server.url;
      customElements.define(
        tag,
        class extends LitElement {
          readonly provider = new ContextProvider(this, {
            context: feedContext,
            initialValue: { src: url, client: getSharedClient(url), live: false },
          });
        },
      );
      await until(() => shown(el) && title(el) === 'Lit tardío', 'shown once the Lit provider is upgraded');
    });
  });

  it("a provider ignores its own host's request: an element both providing and consuming gets the outer feed", async () => {
    const tag = `provider-and-consumer-${++tags}`;
    class Both extends LitElement {
      readonly provider = new FeedContextProvider(this);
      readonly consumer = new FeedContextConsumer(this);
    }
    customElements.define(tag, Both);
    const outer = await fixture<OgpFeed>(html`<ogp-feed src="/outer.json"></ogp-feed>`);
    const both = document.createElement(tag) as Both;
    both.provider.setValue({
      src: 'https://example.org/inner.json',
      client: getSharedClient('https://example.org/inner.json'),
      live: false,
    });
    outer.append(both);
    await both.updateComplete;
    expect(both.consumer.value?.src).to.equal(new URL('/outer.json', document.baseURI).href);
  });

  it('the consumers on a page share one document listener, removed when the last one leaves', async () => {
    const counts = { added: 0, removed: 0 };
    const { addEventListener, removeEventListener } = document;
    document.addEventListener = function (
      this: Document,
      type: string,
      ...rest: [EventListenerOrEventListenerObject, AddEventListenerOptions?]
    ) {
      if (type === 'context-provider') counts.added++;
      return addEventListener.call(this, type, ...rest);
    } as typeof document.addEventListener;
    document.removeEventListener = function (
      this: Document,
      type: string,
      ...rest: [EventListenerOrEventListenerObject, EventListenerOptions?]
    ) {
      if (type === 'context-provider') counts.removed++;
      return removeEventListener.call(this, type, ...rest);
    } as typeof document.removeEventListener;
    try {
      const feed = feedWith([cl0069()]);
      const wrapper = await fixture<HTMLElement>(html`<div>
        <ogp-commitment .feed=${feed} commitment="CL0069" .now=${NOW}></ogp-commitment>
        <ogp-commitment .feed=${feed} commitment="CL0069" .now=${NOW}></ogp-commitment>
        <ogp-timeline .feed=${feed} commitment="CL0069" .now=${NOW}></ogp-timeline>
      </div>`);
      expect(counts).to.deep.equal({ added: 1, removed: 0 });
      wrapper.remove();
      expect(counts).to.deep.equal({ added: 1, removed: 1 });
    } finally {
      document.addEventListener = addEventListener;
      document.removeEventListener = removeEventListener;
    }
  });
});
