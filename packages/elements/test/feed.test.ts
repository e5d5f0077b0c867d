import { expect, fixture, html } from '@open-wc/testing';
import '../src/define-all.js';
import type { OgpFeed } from '../src/feed/feed.js';
import type { OgpCommitment } from '../src/commitment/commitment.js';
import { part, until, visibleText } from './helpers/dom.js';
import { buildForum, buildMeeting, buildAgreement, cl0069, feedWith, NOW } from './helpers/feeds.js';
import { startFeedServer } from './helpers/feed-server.js';
import type { TestFeedServer } from './helpers/feed-server.js';

const shown = (el: Element) =>
  !!el.shadowRoot?.querySelector('[part~="card"], [part~="compact"], [part~="base"], [part~="list"]');
const percent = (el: OgpCommitment) => part(part(el, 'progress'), 'base').getAttribute('aria-valuenow');

describe('<ogp-feed>', () => {
  let server: TestFeedServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('gives its feed to the elements inside: one request for all of them', async () => {
    server = await startFeedServer();
    const forums = [buildForum({ meetings: [buildMeeting({ agreements: [buildAgreement()] })] })];
    await server.reply({ body: feedWith([cl0069()], { forums }) });
    const provider = await fixture<OgpFeed>(html`<ogp-feed src=${server.url} lang="en">
      <ogp-commitment commitment="CL0069" .now=${NOW}></ogp-commitment>
      <ogp-plan plan="AP_CHL05" .now=${NOW}></ogp-plan>
      <ogp-agreements .now=${NOW}></ogp-agreements>
      <ogp-timeline commitment="CL0069" .now=${NOW}></ogp-timeline>
    </ogp-feed>`);
    const children = [...provider.children];
    await until(() => children.every(shown), 'every element shows the feed');
    expect((await server.requests()).length).to.equal(1);
    expect(provider.client?.feedUrl).to.equal(server.url);
    // The provider has no box of its own and renders only its content.
    expect(getComputedStyle(provider).display).to.equal('contents');
    expect(visibleText(provider.querySelector('ogp-commitment')!)).to.contain(
      'Design integrated legislative information platform',
    );
    await expect(provider).to.be.accessible();
  });

  it('passes live/refresh down: a change between polls reaches every element with one request per poll', async () => {
    server = await startFeedServer();
    await server.reply({ body: feedWith([cl0069()]) });
    const provider = await fixture<OgpFeed>(html`<ogp-feed src=${server.url} refresh="1" lang="en">
      <ogp-commitment commitment="CL0069" .now=${NOW}></ogp-commitment>
      <ogp-commitment commitment="CL0069" variant="compact" .now=${NOW}></ogp-commitment>
    </ogp-feed>`);
    const [a, b] = [...provider.querySelectorAll('ogp-commitment')];
    await until(() => shown(a!) && shown(b!), 'both shown');
    await server.reply({
      body: feedWith([cl0069({ reported: { status: 'in-progress', percent: 75, asOf: '2022-04' } })]),
    });
    const start = (await server.requests()).length;
    await until(() => percent(a!) === '75' && percent(b!) === '75', 'both updated', 5000);
    await new Promise((r) => setTimeout(r, 1200));
    const polls = (await server.requests()).length - start;
    // Two elements, but one shared poll loop: about one request per second, not two.
    expect(polls).to.be.within(1, 4);
  });

  it('switches every element inside to another feed when its src changes', async () => {
    server = await startFeedServer();
    const other = await startFeedServer();
    try {
      await server.reply({ body: feedWith([cl0069()]) });
      await other.reply({ body: feedWith([cl0069({ title: { es: 'Otro feed', en: 'Another feed' } })]) });
      const provider = await fixture<OgpFeed>(html`<ogp-feed src=${server.url} lang="en">
        <ogp-commitment commitment="CL0069" .now=${NOW}></ogp-commitment>
      </ogp-feed>`);
      const el = provider.querySelector('ogp-commitment')!;
      await until(() => shown(el), 'shown');
      provider.src = other.url;
      await until(() => part(el, 'title').textContent!.trim() === 'Another feed', 'other feed shown');
    } finally {
      await other.close();
    }
  });

  it('an element with its own src keeps it; an element added later finds the provider', async () => {
    server = await startFeedServer();
    const own = await startFeedServer();
    try {
      await server.reply({ body: feedWith([cl0069()]) });
      await own.reply({ body: feedWith([cl0069({ title: 'Propio' })]) });
      const provider = await fixture<OgpFeed>(html`<ogp-feed src=${server.url} lang="es">
        <ogp-commitment src=${own.url} commitment="CL0069" .now=${NOW}></ogp-commitment>
      </ogp-feed>`);
      const mine = provider.querySelector('ogp-commitment')!;
      await until(() => shown(mine), 'own feed shown');
      expect(part(mine, 'title').textContent!.trim()).to.equal('Propio');
      const late = document.createElement('ogp-commitment');
      late.commitment = 'CL0069';
      provider.append(late);
      await until(() => shown(late), 'late element shown');
      expect(part(late, 'title').textContent!.trim()).to.equal(
        'Diseño de plataforma integrada e interoperable de gestión e información legislativa',
      );
    } finally {
      await own.close();
    }
  });
});
