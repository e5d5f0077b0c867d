import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/commitment/define.js';
import { OgpCommitment } from '../src/commitment/commitment.js';
import type { OgpErrorEvent } from '../src/shared/events/ogp-error.js';
import type { OgpLoadEvent } from '../src/shared/events/ogp-load.js';
import type { OgpChangeEvent } from '../src/shared/events/ogp-change.js';
import type { OgpToggleEvent } from '../src/shared/events/ogp-toggle.js';
import { nextEvent, part, parts, until, visibleText } from './helpers/dom.js';
import { buildIndicator, buildMilestone, buildPlan, cl0069, feedWith, NOW } from './helpers/feeds.js';
import type { Commitment } from '@ogp-embed/sdk';
import { startFeedServer } from './helpers/feed-server.js';
import type { TestFeedServer } from './helpers/feed-server.js';

const SAMPLE = '/examples/feeds/chile.json';
const loaded = (el: OgpCommitment) =>
  until(() => !!el.shadowRoot?.querySelector('[part~="card"], [part~="compact"]'), 'card shown');

describe('<ogp-commitment>', () => {
  let server: TestFeedServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('shows a commitment given as a property: title, lead, status, progress, period, values, next milestone, last report', async () => {
    const feed = feedWith([cl0069()]);
    const el = await fixture<OgpCommitment>(
      html`<ogp-commitment lang="en" .commitment=${feed.plans[0]!.commitments[0]} .feed=${feed} .now=${NOW}></ogp-commitment>`,
    );
    const text = visibleText(el);
    // Its number and its OGP id, which webmasters write in the tag and citizens look up on OGP's site.
    expect(part(el, 'eyebrow').textContent).to.equal('Commitment 9 · CL0069');
    // Whose status it is, on the card: the government's own report.
    expect(part(el, 'verdicts').textContent).to.contain('As reported by the government');
    // "Updated" is when the data changed (the last report), never when the page fetched it.
    expect(part(el, 'updated').textContent).to.equal('Updated: March 2022');
    expect(el.shadowRoot!.querySelector('[part~=checked]'), 'not live: no "last checked"').to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~=illustrative]'), 'a real report is not marked').to.equal(null);
    expect(part(el, 'title').textContent!.trim()).to.equal('Design integrated legislative information platform');
    expect(text).to.contain('Lead institution National Congress of Chile');
    expect(text).to.contain('Period March 1, 2021 – June 30, 2022');
    expect(text).to.contain('OGP values Access to information');
    expect(text).to.contain(
      'Next milestone Manual de procesos internos y registro de información en el SIL (due February 2022)',
    );
    expect(text).to.contain('Last report March 2022');
    expect(part(part(el, 'status'), 'label').textContent).to.equal('In progress');
    const bar = part(part(el, 'progress'), 'base');
    expect(bar.getAttribute('aria-valuenow')).to.equal('40');
    expect(bar.getAttribute('aria-valuetext')).to.equal('40%');
    expect(part(part(el, 'progress'), 'milestones').textContent).to.equal('1 of 3 milestones completed');
    // The Spanish milestone title on an English page is marked as Spanish.
    expect(el.shadowRoot!.querySelector('dd span[lang="es"]')!.textContent).to.contain('Manual de procesos');
    await expect(el).to.be.accessible();
  });

  it('loads the real sample feed by attribute and speaks Spanish from the page', async () => {
    const loadEvent = nextEvent<OgpLoadEvent>(document, 'ogp-load');
    const wrapper = await fixture(
      html`<div lang="es"><ogp-commitment src=${SAMPLE} commitment="CL0069" .now=${NOW}></ogp-commitment></div>`,
    );
    const el = wrapper.querySelector('ogp-commitment')!;
    const load = await loadEvent;
    expect((load.detail.data as { id: string }).id).to.equal('CL0069');
    expect(load.detail.src).to.equal(new URL(SAMPLE, location.href).href);
    expect(load.detail.feed?.plans.length).to.equal(3);
    await el.updateComplete;
    const text = visibleText(el);
    expect(part(el, 'title').textContent!.trim()).to.equal(
      'Diseño de plataforma integrada e interoperable de gestión e información legislativa',
    );
    expect(text).to.contain('Institución responsable Congreso Nacional de Chile');
    expect(text).to.contain('Período 1 de marzo de 2021 – 30 de junio de 2022');
    expect(text).to.contain('Actualizado:');
    // No milestone of the real data says whether it is done: progress is unknown, not 0.
    const bar = part(part(el, 'progress'), 'base');
    expect(bar.hasAttribute('aria-valuenow')).to.equal(false);
    expect(bar.getAttribute('aria-valuetext')).to.contain('Avance desconocido');
    await expect(el).to.be.accessible();
  });

  it('shows a skeleton that reserves space while loading, then the card', async () => {
    server = await startFeedServer();
    await server.reply({ body: feedWith([cl0069()]), delay: 600 });
    const el = await fixture<OgpCommitment>(
      html`<ogp-commitment lang="en" src=${server.url} commitment="CL0069"></ogp-commitment>`,
    );
    const skeleton = part(el, 'skeleton');
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(150);
    expect(visibleText(el)).to.equal('');
    await expect(el).to.be.accessible();
    await loaded(el);
    expect(el.shadowRoot!.querySelector('[part~="skeleton"]')).to.equal(null);
  });

  it('tells the reader in plain words of an HTTP failure, fires ogp-error with the cause, and keeps the fallback link', async () => {
    server = await startFeedServer();
    await server.reply({ status: 500, body: 'boom' });
    // Events bubble out of shadow roots: listen on the document, before the element exists.
    const errored = nextEvent<OgpErrorEvent>(document, 'ogp-error');
    const wrapper = await fixture(html`<div>
      <ogp-commitment lang="es" src=${server.url} commitment="CL0069"><a href="https://www.opengovpartnership.org/">CL0069</a></ogp-commitment>
    </div>`);
    const el = wrapper.querySelector('ogp-commitment')!;
    const event = await errored;
    expect(event.target === el, 'event comes from the element').to.equal(true);
    expect(event.detail.code).to.equal('feed-http');
    expect(event.detail.stale).to.equal(false);
    // The reader gets plain words; the cause (English, for whoever builds the page) is in the event and the console.
    expect(event.detail.message).to.equal('Este contenido no está disponible ahora.');
    expect(event.detail.error.message).to.equal('The feed could not be loaded: HTTP 500');
    await el.updateComplete;
    expect(part(el, 'error').textContent).to.equal('Este contenido no está disponible ahora.');
    expect(part(el, 'error').getAttribute('role')).to.equal('alert');
    // The light-DOM fallback still shows after an error.
    expect(wrapper.querySelector('a')!.getClientRects().length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await el.updateComplete;
    expect(part(el, 'error').textContent).to.equal('This content is not available right now.');
  });

  it('a misused element says in one console line what to write instead, and fires ogp-error', async () => {
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warned.push(args.join(' '));
    try {
      // No src, no feed, no <ogp-feed>: only the fallback can show.
      const errored = nextEvent<OgpErrorEvent>(document, 'ogp-error');
      const bare = await fixture<OgpCommitment>(
        html`<ogp-commitment commitment="CL0069"><a href="https://www.opengovpartnership.org/">CL0069</a></ogp-commitment>`,
      );
      const missing = await errored;
      expect(missing.target === bare, 'from the element').to.equal(true);
      expect(missing.detail.code).to.equal('element-misuse');
      expect(warned.filter((line) => line.includes('<ogp-commitment> has no src'))).to.have.length(1);
      expect(bare.querySelector('a')!.getClientRects().length, 'the fallback link stays').to.be.greaterThan(0);

      // id="CL0069" where commitment="CL0069" was meant: the line names the attribute and the value.
      const wrong = nextEvent<OgpErrorEvent>(document, 'ogp-error');
      const el = await fixture<OgpCommitment>(
        html`<ogp-commitment lang="fr" id="CL0069" .feed=${feedWith([cl0069()])}></ogp-commitment>`,
      );
      const event = await wrong;
      expect(event.detail.code).to.equal('element-misuse');
      expect(event.detail.error.message).to.contain('commitment="CL0069"');
      await el.updateComplete;
      expect(part(el, 'error').textContent).to.equal('Ce contenu n’est pas disponible pour le moment.');
      expect(warned.filter((line) => line.includes('commitment="CL0069"'))).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('marks an illustrative figure as such, and a live card says when it last checked, apart from when its data changed', async () => {
    server = await startFeedServer();
    const base = cl0069();
    const reported = { ...base.reported!, illustrative: true } as typeof base.reported;
    await server.reply({ body: feedWith([{ ...base, reported }]) });
    const el = await fixture<OgpCommitment>(
      html`<ogp-commitment lang="fr" live src=${server.url} commitment="CL0069" .now=${NOW}></ogp-commitment>`,
    );
    await until(() => !!el.shadowRoot!.querySelector('[part~=card]'), 'the card');
    expect(part(el, 'illustrative').textContent).to.equal('Chiffre illustratif, pas un rapport réel');
    expect(part(el, 'updated').textContent).to.equal('Mis à jour\u00a0: mars 2022');
    expect(part(el, 'checked').textContent).to.match(/^Dernière vérification\u00a0: .*\d/);
    await expect(el).to.be.accessible();
  });

  it('says when the commitment is not in the feed', async () => {
    server = await startFeedServer();
    await server.reply({ body: feedWith([cl0069()]) });
    const errored = nextEvent<OgpErrorEvent>(document, 'ogp-error');
    const el = await fixture<OgpCommitment>(
      html`<ogp-commitment lang="en" src=${server.url} commitment="CL9999"></ogp-commitment>`,
    );
    const event = await errored;
    expect(event.detail.code).to.equal('not-found');
    // What is missing is named: a reader can pass the id on to whoever runs the page.
    expect(event.detail.message).to.equal('CL9999 was not found in this data.');
    expect(event.detail.error.message).to.equal('Commitment CL9999 is not in this feed');
    await el.updateComplete;
    expect(part(el, 'error').textContent).to.equal('CL9999 was not found in this data.');
    await expect(el).to.be.accessible();
    // Asking for one that is there shows it (same feed, one request).
    el.commitment = 'CL0069';
    await loaded(el);
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    expect((await server.requests()).length).to.equal(1);
  });

  it('hides the light-DOM fallback once data renders', async () => {
    const feed = feedWith([cl0069()]);
    const wrapper = await fixture(
      html`<div><ogp-commitment .feed=${feed} commitment="CL0069"><a href="https://example.org/">fallback</a></ogp-commitment></div>`,
    );
    await loaded(wrapper.querySelector('ogp-commitment')!);
    expect(wrapper.querySelector('a')!.getClientRects().length).to.equal(0);
  });

  it('expands and collapses its details by keyboard; each time the page hears ogp-toggle', async () => {
    const feed = feedWith([
      cl0069({ description: { es: 'Una plataforma interoperable.', en: 'An interoperable platform.' } }),
    ]);
    const el = await fixture<OgpCommitment>(
      html`<ogp-commitment lang="en" .feed=${feed} commitment="CL0069" .now=${NOW}></ogp-commitment>`,
    );
    const toggles: boolean[] = [];
    const listener = (event: OgpToggleEvent) => toggles.push(event.bubbles && event.composed && event.detail.expanded);
    document.addEventListener('ogp-toggle', listener);
    const toggle = part<HTMLButtonElement>(el, 'toggle');
    const details = part(el, 'details');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(details.id);
    expect(details.hidden).to.equal(true);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.expanded).to.equal(true);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('Hide details');
    expect(visibleText(details)).to.contain('Description An interoperable platform.');
    // The timeline's code comes when the details first open (a page of closed cards does not download it).
    const timeline = details.querySelector('ogp-timeline')!;
    await customElements.whenDefined('ogp-timeline');
    await timeline.updateComplete;
    expect(parts(timeline, 'item').length).to.be.greaterThan(3);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.expanded).to.equal(false);
    expect(details.hidden).to.equal(true);
    // The page's own change is not the reader's: no event.
    el.expanded = true;
    await el.updateComplete;
    document.removeEventListener('ogp-toggle', listener);
    expect(toggles).to.deep.equal([true, false]);
  });

  it("ogp-error says what the element would show, in the reader's language, even from a subclass with its own render()", async () => {
    // render() only renders: the message is made before it (a subclass that renders otherwise
    // must not change what the event says).
    const tag = 'ogp-commitment-own-render';
    customElements.define(
      tag,
      class extends OgpCommitment {
        override render() {
          return html`<p>own</p>`;
        }
      },
    );
    const el = document.createElement(tag) as OgpCommitment;
    el.lang = 'es';
    el.feed = feedWith([cl0069()]);
    el.commitment = 'CL9999';
    const errored = nextEvent<OgpErrorEvent>(el, 'ogp-error');
    document.body.append(el);
    try {
      expect((await errored).detail.error.message).to.equal('Commitment CL9999 is not in this feed');
    } finally {
      el.remove();
    }
  });

  it('compact variant: one line with title, status, progress and a button that opens the details in place', async () => {
    const feed = feedWith([cl0069()]);
    const el = await fixture<OgpCommitment>(
      html`<ogp-commitment variant="compact" lang="es" .feed=${feed} commitment="CL0069" .now=${NOW}></ogp-commitment>`,
    );
    const line = part(el, 'compact');
    expect(visibleText(line)).to.match(/^Diseño de plataforma .* En curso 40\s?% Ver detalles$/);
    // One line: title, status, bar and button side by side (each crosses the line's middle).
    const middle = (line.getBoundingClientRect().top + line.getBoundingClientRect().bottom) / 2;
    for (const name of ['title', 'status', 'progress', 'toggle']) {
      const box = part(el, name).getBoundingClientRect();
      expect(box.top < middle && box.bottom > middle, name).to.equal(true);
    }
    await expect(el).to.be.accessible();
    // No page to link to in this feed: the details open in place, by keyboard.
    expect(part(el, 'title').querySelector('a')).to.equal(null);
    part(el, 'toggle').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(part(el, 'toggle').getAttribute('aria-expanded')).to.equal('true');
    expect(visibleText(part(el, 'details'))).to.contain('Hitos y avances');
    await expect(el).to.be.accessible();
  });

  it('one date per card: the timeline and indicators inside it say no "Updated" of their own', async () => {
    // The feed was generated long after the last report: the card says the report's date, and only it.
    const c = cl0069({
      indicators: [buildIndicator({ baseline: { value: 0, date: '2021' }, target: { value: 2, date: '2022' } })],
    });
    const feed = feedWith([c], { generatedAt: '2026-11-25T10:00:00Z' });
    const el = await fixture<OgpCommitment>(
      html`<ogp-commitment variant="full" lang="en" .feed=${feed} commitment="CL0069" .now=${NOW}></ogp-commitment>`,
    );
    const inner = [el.shadowRoot!.querySelector('ogp-timeline')!, el.shadowRoot!.querySelector('ogp-indicator')!];
    await Promise.all(['ogp-timeline', 'ogp-indicator'].map((tag) => customElements.whenDefined(tag)));
    await Promise.all(inner.map((child) => child.updateComplete));
    // Each has its footer, as it would alone on a page; inside the card, it is not shown.
    for (const child of inner) expect(part(child, 'updated').textContent).to.equal('Updated: November 25, 2026');
    expect(visibleText(el).match(/Updated/g)).to.deep.equal(['Updated']);
    expect(visibleText(part(el, 'footer'))).to.equal('Updated: March 2022');
  });

  it('full variant: timeline, indicators, IRM assessment and the commitment it carries forward', async () => {
    const earlier = cl0069({
      id: 'CL0061',
      number: '11',
      title: { es: 'Registro de beneficiarios finales', en: 'Beneficial ownership register' },
    });
    const c = cl0069({
      carriesForward: ['CL0061'],
      indicators: [
        buildIndicator({ id: 'i1', baseline: { value: 0, date: '2021' }, target: { value: 2, date: '2022' } }),
      ],
      irm: {
        verifiable: true,
        potentialForResults: 'substantial',
        completionEndOfTerm: 'limited',
        earlyResults: 'no-early-results',
      },
    });
    const feed = feedWith([c, earlier]);
    const el = await fixture<OgpCommitment>(
      html`<ogp-commitment variant="full" lang="en" .feed=${feed} commitment="CL0069" .now=${NOW}></ogp-commitment>`,
    );
    const indicator = el.shadowRoot!.querySelector('ogp-indicator')!;
    await customElements.whenDefined('ogp-indicator');
    await indicator.updateComplete;
    const text = visibleText(el);
    expect(text).to.contain('Independent Reporting Mechanism (IRM) assessment');
    expect(text).to.contain('Verifiable Yes');
    expect(text).to.contain('Completion (end of term) Limited');
    expect(text).to.contain('Early results No early results');
    expect(text).to.match(/Carries forward CL0061\s?: Beneficial ownership register/);
    expect(text).to.match(/Indicators Output\s?: Bills published as open data/);
    expect(el.shadowRoot!.querySelector('[part~="toggle"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('empty: a commitment with no milestones and no report shows unknown progress and says so', async () => {
    const bare = cl0069({ milestones: [], updates: [], reported: undefined, values: [] });
    const el = await fixture<OgpCommitment>(
      html`<ogp-commitment lang="en" expanded .commitment=${bare} .now=${NOW}></ogp-commitment>`,
    );
    expect(part(part(el, 'status'), 'label').textContent).to.equal('No information');
    expect(part(part(el, 'progress'), 'value').textContent).to.equal('Unknown');
    expect(visibleText(part(el, 'details'))).to.contain('No milestones have been published.');
    // Without a feed, the lead is shown by its id rather than hidden.
    expect(visibleText(el)).to.contain('Lead institution congreso');
    await expect(el).to.be.accessible();
  });

  it('live: follows a feed that changes between polls, fires ogp-change, and marks stale data when a poll fails', async () => {
    server = await startFeedServer();
    await server.reply({ body: feedWith([cl0069()]), etag: '"v1"' });
    const el = await fixture<OgpCommitment>(
      html`<ogp-commitment lang="en" src=${server.url} commitment="CL0069" refresh="1" .now=${NOW}></ogp-commitment>`,
    );
    await loaded(el);
    expect(part(part(el, 'progress'), 'base').getAttribute('aria-valuenow')).to.equal('40');

    await server.reply({
      body: feedWith([cl0069({ reported: { status: 'in-progress', percent: 65, asOf: '2022-04' } })]),
      etag: '"v2"',
    });
    const change = await nextEvent<OgpChangeEvent>(el, 'ogp-change', 4000);
    expect((change.detail.previous as { reported: { percent: number } }).reported.percent).to.equal(40);
    expect((change.detail.data as { reported: { percent: number } }).reported.percent).to.equal(65);
    await el.updateComplete;
    expect(part(part(el, 'progress'), 'base').getAttribute('aria-valuenow')).to.equal('65');

    await server.reply({ status: 503, body: 'down' });
    const error = await nextEvent<OgpErrorEvent>(el, 'ogp-error', 4000);
    expect(error.detail.stale).to.equal(true);
    await el.updateComplete;
    // The last good data stays, marked as stale, with the reason.
    expect(part(part(el, 'progress'), 'base').getAttribute('aria-valuenow')).to.equal('65');
    // Stale data on screen: the notice says so, without the technical cause (that is in the event).
    expect(part(el, 'footer').textContent).to.match(/Could not refresh; showing the data from/);
    expect(error.detail.error.message).to.equal('The feed could not be loaded: HTTP 503');
    await expect(el).to.be.accessible();

    await server.reply({
      body: feedWith([cl0069({ reported: { status: 'completed', percent: 100, asOf: '2022-06' } })]),
      etag: '"v3"',
    });
    await until(() => part(part(el, 'progress'), 'base').getAttribute('aria-valuenow') === '100', 'recovered', 6000);
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    expect(part(part(el, 'status'), 'label').textContent).to.equal('Completed');

    // Leaving the page stops polling.
    el.remove();
    const before = (await server.requests()).length;
    await new Promise((r) => setTimeout(r, 1600));
    expect((await server.requests()).length).to.equal(before);
  });
});

/** The best-known verdict (issue 14): the government's first, else the IRM's, labelled as the IRM's. */
describe('<ogp-commitment> best-known verdict', () => {
  const LATER = new Date('2026-12-01T12:00:00Z');
  const REPORT = 'https://www.opengovpartnership.org/documents/chile-results-report-2020-2022/';
  const show = async (
    c: Commitment,
    lang: string,
    variant = 'card',
    now = LATER,
    plans?: Parameters<typeof buildPlan>[0],
  ) => {
    const feed = feedWith([c]);
    if (plans) feed.plans[0] = buildPlan({ ...plans, commitments: [c] });
    return fixture<OgpCommitment>(
      html`<ogp-commitment lang=${lang} variant=${variant} .commitment=${c} .feed=${feed} .now=${now}></ogp-commitment>`,
    );
  };
  const irmOnly = (irm: Commitment['irm']) =>
    cl0069({ reported: undefined, milestones: cl0069().milestones.map(({ status: _s, ...m }) => m), irm });

  it("IRM only, on CL0069 of the sample: the IRM's verdict in its words, no next milestone, when it ended and how", async () => {
    const loaded = nextEvent(document, 'ogp-load');
    const wrapper = await fixture(
      html`<div lang="en"><ogp-commitment src=${SAMPLE} commitment="CL0069" now="2026-12-01"></ogp-commitment></div>`,
    );
    const el = wrapper.querySelector('ogp-commitment')!;
    await loaded;
    await el.updateComplete;
    expect(visibleText(part(el, 'irm-verdict'))).to.equal('Limited completion (IRM, end of term)');
    expect(part(el, 'card').dataset.status).to.equal('in-progress');
    expect(el.shadowRoot!.querySelector('[part~="status"]')).to.equal(null);
    const text = visibleText(el);
    expect(text).not.to.contain('Next milestone');
    expect(text).not.to.contain('No information');
    expect(text).to.contain('Ended June 30, 2022; final state: Limited completion (IRM, end of term)');
    // Never a percent the IRM did not give.
    expect(part(part(el, 'progress'), 'base').hasAttribute('aria-valuenow')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('IRM only, in Spanish, with the report linked (and a hostile link not)', async () => {
    const el = await show(irmOnly({ completionEndOfTerm: 'limited', reportUrl: REPORT }), 'es');
    expect(visibleText(part(el, 'irm-verdict'))).to.equal('Cumplimiento limitado (MRI, fin del plan)');
    const link = part<HTMLAnchorElement>(el, 'irm-report');
    expect(link.href).to.equal(REPORT);
    expect(link.textContent).to.equal('Informe del MRI');
    expect(visibleText(el)).to.contain(
      'Finalizó 30 de junio de 2022; estado final: Cumplimiento limitado (MRI, fin del plan)',
    );
    await expect(el).to.be.accessible();
    const hostile = await show(
      irmOnly({ completionEndOfTerm: 'limited', reportUrl: 'javascript:alert(1)' as never }),
      'es',
    );
    expect(hostile.shadowRoot!.querySelector('[part~="irm-report"]')).to.equal(null);
  });

  it("self-report only: the government's status, no IRM verdict", async () => {
    const el = await show(cl0069({ reported: { status: 'completed', percent: 100, asOf: '2022-06' } }), 'en');
    expect(part(part(el, 'status'), 'label').textContent).to.equal('Completed');
    expect(el.shadowRoot!.querySelector('[part~="irm-verdict"]')).to.equal(null);
    expect(visibleText(el)).to.contain('Ended June 30, 2022; final state: Completed');
    await expect(el).to.be.accessible();
  });

  it("both, disagreeing: the government's 'Completed' and the IRM's 'Limited completion', side by side", async () => {
    const c = cl0069({
      reported: { status: 'completed', percent: 100, asOf: '2022-06' },
      irm: { completionEndOfTerm: 'limited', reportUrl: REPORT },
    });
    for (const [lang, status, irm] of [
      ['en', 'Completed', 'Limited completion (IRM, end of term)'],
      ['es', 'Cumplido', 'Cumplimiento limitado (MRI, fin del plan)'],
    ] as const) {
      const el = await show(c, lang);
      const verdicts = part(el, 'verdicts');
      expect(visibleText(verdicts)).to.contain(status);
      expect(visibleText(verdicts)).to.contain(irm);
      // The government's percent stays the government's; the IRM's verdict is not turned into one.
      expect(part(part(el, 'progress'), 'base').getAttribute('aria-valuenow')).to.equal('100');
      await expect(el).to.be.accessible();
    }
  });

  it('neither: "No information", only then', async () => {
    const el = await show(irmOnly(undefined), 'en');
    expect(part(part(el, 'status'), 'label').textContent).to.equal('No information');
    expect(el.shadowRoot!.querySelector('[part~="irm-verdict"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('compact: the verdict in one line too', async () => {
    const el = await show(irmOnly({ completionMidTerm: 'substantial' }), 'en', 'compact');
    expect(visibleText(part(el, 'compact'))).to.contain('Substantial completion (IRM, mid-term)');
    await expect(el).to.be.accessible();
  });

  it('a closed plan ends its commitments, even one whose end date is still ahead', async () => {
    const c = cl0069({ end: '2027-06' });
    const closed = await show(c, 'en', 'card', NOW, { phase: 'closed', period: { start: '2020', end: '2022' } });
    expect(visibleText(closed)).not.to.contain('Next milestone');
    expect(visibleText(closed)).to.contain('Ended 2022; final state: In progress');
    const active = await show(c, 'en', 'card', NOW, { phase: 'implementation' });
    expect(visibleText(active)).to.contain(
      'Next milestone Manual de procesos internos y registro de información en el SIL (due February 2022) Overdue',
    );
    await expect(active).to.be.accessible();
  });

  it('marks a next milestone past its due date with no report since: "Not reported"', async () => {
    const c = cl0069({
      milestones: [
        buildMilestone({ title: 'Diagnóstico', due: '2022-01' }),
        buildMilestone({ title: 'Piloto', due: '2022-12' }),
      ],
    });
    const el = await show(c, 'en', 'card', NOW);
    expect(visibleText(part(el, 'facts'))).to.contain('Next milestone Diagnóstico (due January 2022) Not reported');
    expect(part(el, 'facts').querySelector('ogp-status-badge')!.getAttribute('status')).to.equal('unreported');
    // Not yet due: no mark.
    const ahead = await show(c, 'en', 'card', new Date('2021-12-01T12:00:00Z'));
    expect(part(ahead, 'facts').querySelector('ogp-status-badge')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
