/**
 * Elements on a feed published by parts (`ogp-embed publish`): each asks for the document that
 * holds what it shows, never the whole feed, one request per document however many elements show
 * it, and falls back to the whole feed where a part is missing. Real servers on 127.0.0.1, counted.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define-all.js';
import type { OgpCommitment } from '../src/commitment/commitment.js';
import type { OgpPlan } from '../src/plan/plan.js';
import { nextEvent, part, until, visibleText } from './helpers/dom.js';
import { buildCommitment, cl0069, feedWith, NOW } from './helpers/feeds.js';
import { publishOn, startFeedServer } from './helpers/feed-server.js';
import type { TestFeedServer } from './helpers/feed-server.js';

const DESCRIPTION = 'Illustrative: a platform that joins the legislative information of both chambers.';
const SEGPRES = 'Ministerio Secretaría General de la Presidencia';

/** CL0069 with texts and a supporting institution only its own part names; CL0070 rated by the IRM alone. */
const published = (percent = 40) =>
  feedWith([
    cl0069({
      description: { en: DESCRIPTION },
      supporting: ['segpres'],
      reported: { status: 'in-progress', percent, asOf: '2022-03' },
    }),
    buildCommitment({
      id: 'CL0070',
      number: '2',
      title: { en: 'Illustrative: open data on lobbying' },
      milestones: [],
      irm: {
        completionEndOfTerm: 'limited',
        reportUrl: 'https://www.opengovpartnership.org/documents/chile-results-report-2020-2022/',
      },
    }),
  ]);

const shown = (el: Element) => !!el.shadowRoot?.querySelector('[part~="card"], [part~="compact"], [part~="list"]');
const percent = (el: OgpCommitment) => part(part(el, 'progress'), 'base').getAttribute('aria-valuenow');

describe('elements on a feed published by parts', () => {
  let server: TestFeedServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('a card downloads the index and its commitment’s part, never the whole feed', async () => {
    server = await startFeedServer();
    const paths = await publishOn(server, published());
    const el = document.createElement('ogp-commitment');
    Object.assign(el, { now: NOW });
    el.setAttribute('lang', 'en');
    el.setAttribute('commitment', 'CL0069');
    el.setAttribute('src', server.url);
    const loaded = nextEvent<CustomEvent>(el, 'ogp-load');
    document.body.append(el);
    try {
      const { detail } = await loaded;
      expect(detail.src, 'the events name the feed, not its part').to.equal(server.url);
      expect(visibleText(part(el, 'title'))).to.contain('Design integrated legislative information platform');
      expect(await server.requests(), 'the whole feed').to.have.length(0);
      expect(await server.requestsFor(paths.indexPath)).to.have.length(1);
      expect(await server.requestsFor(paths.pathOf('commitment', 'CL0069'))).to.have.length(1);
      expect(await server.requestsFor(paths.pathOf('commitment', 'CL0070'))).to.have.length(0);
      // Its details are in its part: institutions named there get their names.
      part(el, 'toggle').click();
      await until(() => visibleText(part(el, 'details')).includes(SEGPRES), 'the supporting institution by name');
      expect(visibleText(part(el, 'details'))).to.contain(DESCRIPTION);
    } finally {
      el.remove();
    }
  });

  it('several elements showing one commitment: one request per document', async () => {
    server = await startFeedServer();
    const paths = await publishOn(server, published());
    const root = await fixture(html`<div lang="en">
      <ogp-commitment src=${server.url} commitment="CL0069" .now=${NOW}></ogp-commitment>
      <ogp-commitment src=${server.url} commitment="CL0069" variant="compact" .now=${NOW}></ogp-commitment>
      <ogp-timeline src=${server.url} commitment="CL0069" .now=${NOW}></ogp-timeline>
    </div>`);
    const elements = [...root.children];
    await until(() => elements.every(shown), 'all three shown');
    expect(await server.requests()).to.have.length(0);
    expect(await server.requestsFor(paths.indexPath)).to.have.length(1);
    expect(await server.requestsFor(paths.pathOf('commitment', 'CL0069'))).to.have.length(1);
    await expect(root).to.be.accessible();
  });

  it('a plan lists its digest’s rows, with the IRM’s verdict, and a card opened there fetches its own part', async () => {
    server = await startFeedServer();
    const paths = await publishOn(server, published());
    const plan = await fixture<OgpPlan>(
      html`<ogp-plan src=${server.url} plan="AP_CHL05" lang="en" .now=${NOW}></ogp-plan>`,
    );
    const cards = () => [...plan.shadowRoot!.querySelectorAll<OgpCommitment>('ogp-commitment')];
    await until(() => cards().length === 2 && cards().every(shown), 'two cards');
    expect(await server.requests()).to.have.length(0);
    // Two commitments: its digest holds both whole, so the plan's list is never needed.
    expect(await server.requestsFor(paths.pathOf('plan-digest', 'AP_CHL05'))).to.have.length(1);
    expect(await server.requestsFor(paths.pathOf('plan', 'AP_CHL05'))).to.have.length(0);
    // The row keeps the IRM's verdict: never "no information" where the IRM rated it.
    const rated = cards().find((card) => visibleText(card).includes('lobbying'))!;
    expect(visibleText(part(rated, 'verdicts'))).to.contain('Limited completion (IRM, end of term)');
    const card = cards().find((c) => visibleText(c).includes('legislative information'))!;
    expect(await server.requestsFor(paths.pathOf('commitment', 'CL0069')), 'not before it is opened').to.have.length(0);
    part(card, 'toggle').click();
    await until(
      () => visibleText(part(card, 'details')).includes(DESCRIPTION),
      'the details from the commitment’s part',
    );
    expect(visibleText(part(card, 'details'))).to.contain(SEGPRES);
    // Closed and opened again: no second request.
    part(card, 'toggle').click();
    part(card, 'toggle').click();
    await card.updateComplete;
    expect(await server.requestsFor(paths.pathOf('commitment', 'CL0069'))).to.have.length(1);
    expect(await server.requests()).to.have.length(0);
    await expect(plan).to.be.accessible();
  });

  it('a plan of 45: its digest gives the summary and first page the whole feed gives; another page reads its list once', async () => {
    const many = feedWith(
      Array.from({ length: 45 }, (_, i) =>
        buildCommitment({
          id: `CL${1000 + i}`,
          // Not in number order in the plan: the first page is by number, as the plan lists it.
          number: String(45 - i),
          title: { en: `Illustrative commitment number ${45 - i}` },
          lead: i % 2 ? 'segpres' : 'congreso',
          themes: [i % 3 ? 'Transparency' : 'Participation'],
          ...(i % 3 === 0 ? { reported: { status: 'in-progress' as const, percent: i + 10, asOf: '2022-03' } } : {}),
          ...(i % 3 === 1 ? { milestones: [], irm: { completionEndOfTerm: 'substantial' as const } } : {}),
        }),
      ),
    );
    server = await startFeedServer();
    const paths = await publishOn(server, many);
    const whole = await fixture<OgpPlan>(
      html`<ogp-plan .feed=${many} plan="AP_CHL05" lang="en" .now=${NOW}></ogp-plan>`,
    );
    const plan = await fixture<OgpPlan>(
      html`<ogp-plan src=${server.url} plan="AP_CHL05" lang="en" .now=${NOW}></ogp-plan>`,
    );
    const titles = (el: OgpPlan) =>
      [...el.shadowRoot!.querySelectorAll<OgpCommitment>('ogp-commitment')].map((card) =>
        visibleText(part(card, 'title')),
      );
    await until(() => titles(plan).length === 20, 'the first page');
    expect(visibleText(part(plan, 'summary'))).to.equal(visibleText(part(whole, 'summary')));
    expect(visibleText(part(plan, 'controls'))).to.equal(visibleText(part(whole, 'controls')));
    expect(titles(plan)).to.deep.equal(titles(whole));
    expect(titles(plan)[0]).to.contain('number 1');
    expect(await server.requestsFor(paths.pathOf('plan', 'AP_CHL05')), 'not the list yet').to.have.length(0);
    // The next page: the list, once, and the same page the whole feed shows.
    part(plan, 'pager').querySelectorAll('button')[1]!.click();
    part(whole, 'pager').querySelectorAll('button')[1]!.click();
    await until(() => titles(plan).length === 20 && titles(plan)[0]!.includes('number 21'), 'the second page');
    await whole.updateComplete;
    expect(titles(plan)).to.deep.equal(titles(whole));
    expect(visibleText(part(plan, 'summary'))).to.equal(visibleText(part(whole, 'summary')));
    // A search needs every title: the list is there now, no other request.
    plan.query = 'number 4';
    await plan.updateComplete;
    expect(titles(plan)).to.include.members(['Illustrative commitment number 4', 'Illustrative commitment number 40']);
    expect(await server.requestsFor(paths.pathOf('plan', 'AP_CHL05'))).to.have.length(1);
    expect(await server.requestsFor(paths.pathOf('plan-digest', 'AP_CHL05'))).to.have.length(1);
    expect(await server.requests(), 'the whole feed').to.have.length(0);
    await expect(plan).to.be.accessible();
  });

  it('a plan whose list fails to come: its figures and first page stay, the results line says so, the pager leads back', async () => {
    const many = feedWith(
      Array.from({ length: 25 }, (_, i) =>
        buildCommitment({
          id: `CL${2000 + i}`,
          number: String(i + 1),
          title: { en: `Illustrative commitment ${i + 1}` },
        }),
      ),
    );
    server = await startFeedServer();
    const paths = await publishOn(server, many);
    await server.route(paths.pathOf('plan', 'AP_CHL05'), {
      status: 503,
      body: 'Service Unavailable',
      contentType: 'text/plain',
    });
    const plan = await fixture<OgpPlan>(
      html`<ogp-plan src=${server.url} plan="AP_CHL05" lang="en" .now=${NOW}></ogp-plan>`,
    );
    const cards = () => plan.shadowRoot!.querySelectorAll('ogp-commitment').length;
    await until(() => cards() === 20, 'the first page');
    const summary = visibleText(part(plan, 'summary'));
    // A list part that fails falls back to the whole feed: here that fails too.
    await server.reply({ status: 503, body: 'Service Unavailable', contentType: 'text/plain' });
    part(plan, 'pager').querySelectorAll('button')[1]!.click();
    await until(
      () => visibleText(part(plan, 'results')).includes('could not be loaded'),
      'the list’s failure, said where the results go',
    );
    expect(part(plan, 'results').getAttribute('aria-busy')).to.equal('false');
    expect(visibleText(part(plan, 'summary')), 'the figures stay').to.equal(summary);
    // Citizens read plain words (the data kept, and that it may be old); the 503 goes to the console and the event.
    expect(visibleText(plan.shadowRoot!.querySelector('[part~="error"]')!)).to.contain('Could not refresh');
    await expect(plan).to.be.accessible();
    // Back to the first page: the digest has it whole.
    part(plan, 'pager').querySelectorAll('button')[0]!.click();
    await until(() => cards() === 20, 'the first page again');
  });

  it('a plan that starts searched reads its list at once, not its digest', async () => {
    server = await startFeedServer();
    const paths = await publishOn(server, published());
    const plan = await fixture<OgpPlan>(
      html`<ogp-plan src=${server.url} plan="AP_CHL05" query="lobbying" lang="en" .now=${NOW}></ogp-plan>`,
    );
    await until(() => plan.shadowRoot!.querySelectorAll('ogp-commitment').length === 1, 'the one match');
    expect(await server.requestsFor(paths.pathOf('plan', 'AP_CHL05'))).to.have.length(1);
    expect(await server.requestsFor(paths.pathOf('plan-digest', 'AP_CHL05'))).to.have.length(0);
  });

  it('a card opened in a plan when its part and the whole fail: the error in its details, and a new try when opened again', async () => {
    server = await startFeedServer();
    const paths = await publishOn(server, published());
    await server.route(paths.pathOf('commitment', 'CL0069'), {
      status: 503,
      body: 'Service Unavailable',
      contentType: 'text/plain',
    });
    const plan = await fixture<OgpPlan>(
      html`<ogp-plan src=${server.url} plan="AP_CHL05" lang="en" .now=${NOW}></ogp-plan>`,
    );
    const cards = () => [...plan.shadowRoot!.querySelectorAll<OgpCommitment>('ogp-commitment')];
    await until(() => cards().length === 2 && cards().every(shown), 'two cards');
    const card = cards().find((c) => visibleText(c).includes('legislative information'))!;
    // A part that fails falls back to the whole feed: here that fails too.
    await server.reply({ status: 503, body: 'Service Unavailable', contentType: 'text/plain' });
    part(card, 'toggle').click();
    await until(
      () => !!card.shadowRoot!.querySelector('[part~="details"] [part~="error"]'),
      'the error in the details',
    );
    expect(visibleText(part(card, 'details'))).to.contain('not available right now');
    expect(visibleText(part(card, 'card')).split('not available').length - 1, 'said once: not again below').to.equal(1);
    // The rest of the card, and of the plan, stays as it was.
    expect(visibleText(part(card, 'title'))).to.contain('Design integrated legislative information platform');
    // The server is back: the reader closes and opens the details again.
    await publishOn(server, published());
    part(card, 'toggle').click();
    part(card, 'toggle').click();
    await until(() => visibleText(part(card, 'details')).includes(DESCRIPTION), 'the details, on the new try');
  });

  it('live: each poll asks for the part alone (304 while unchanged), and a folder published again reaches the card', async () => {
    server = await startFeedServer();
    const paths = await publishOn(server, published(40));
    const el = await fixture<OgpCommitment>(
      html`<ogp-commitment src=${server.url} commitment="CL0069" refresh="1" lang="en" .now=${NOW}></ogp-commitment>`,
    );
    await until(() => percent(el) === '40', 'first figure', 5000);
    const part69 = paths.pathOf('commitment', 'CL0069');
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const polls = await server.requestsFor(part69);
    expect(polls.length).to.be.within(2, 5);
    expect(polls.slice(1).map((request) => request.status)).to.satisfy((statuses: number[]) =>
      statuses.every((s) => s === 304),
    );
    await publishOn(server, published(75));
    await until(() => percent(el) === '75', 'the new figure', 6000);
    expect(await server.requests(), 'the whole feed').to.have.length(0);
  });

  it('a host without parts: one look (a 404) per page, then the whole feed, shared by every element', async () => {
    server = await startFeedServer();
    await server.reply({ body: feedWith([cl0069()]) });
    const first = await fixture<OgpCommitment>(
      html`<ogp-commitment src=${server.url} commitment="CL0069" lang="en" .now=${NOW}></ogp-commitment>`,
    );
    await until(() => shown(first), 'first card');
    expect(await server.requestsFor('/feed.parts/index.json')).to.have.length(1);
    // Another element of the same feed, showing another part: the page knows there are none.
    const timeline = await fixture(
      html`<ogp-timeline src=${server.url} plan="AP_CHL05" lang="en" .now=${NOW}></ogp-timeline>`,
    );
    await until(() => !!timeline.shadowRoot?.querySelector('[part~="list"], [part~="empty"]'), 'the timeline');
    expect(await server.requestsFor('/feed.parts/index.json')).to.have.length(1);
    expect(await server.requestsFor('/feed.parts/plan/AP_CHL05.json')).to.have.length(0);
    expect(await server.requests()).to.have.length(1);
  });

  it('a part that is missing: the whole feed, as before', async () => {
    server = await startFeedServer();
    const paths = await publishOn(server, published());
    await server.route(paths.pathOf('commitment', 'CL0069'), {
      status: 404,
      body: 'Not Found',
      contentType: 'text/plain',
    });
    const el = await fixture<OgpCommitment>(
      html`<ogp-commitment src=${server.url} commitment="CL0069" lang="en" .now=${NOW}></ogp-commitment>`,
    );
    await until(() => shown(el), 'shown');
    expect(visibleText(part(el, 'title'))).to.contain('Design integrated legislative information platform');
    expect(await server.requests()).to.have.length(1);
  });
});
