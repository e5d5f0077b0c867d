import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/plan/define.js';
import { OgpPlan } from '../src/plan/plan.js';
import type { OgpFilterEvent } from '../src/shared/events/ogp-filter.js';
import type { OgpErrorEvent } from '../src/shared/events/ogp-error.js';
import type { OgpChangeEvent } from '../src/shared/events/ogp-change.js';
import { nextEvent, part, parts, until, visibleText } from './helpers/dom.js';
import { buildPlan, feedWith, manyCommitments, NOW } from './helpers/feeds.js';
import { startFeedServer } from './helpers/feed-server.js';
import { emulateForcedColors } from './helpers/forced-colors.js';

const SAMPLE = '/examples/feeds/chile.json';
const cards = (el: OgpPlan) => [...el.shadowRoot!.querySelectorAll('ogp-commitment')];
const cardIds = (el: OgpPlan) => cards(el).map((card) => (card.commitment as { id: string }).id);
const results = (el: OgpPlan) => part(el, 'results').textContent!.trim();

async function choose(el: OgpPlan, name: string, value: string) {
  const control = el.shadowRoot!.querySelector<HTMLSelectElement | HTMLInputElement>(`[name="${name}"]`)!;
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  await el.updateComplete;
}

describe('<ogp-plan>', () => {
  it('summarises a plan given as a property: totals, status counts in words and as a bar, average progress', async () => {
    const feed = feedWith(manyCommitments(45));
    const el = await fixture<OgpPlan>(
      html`<ogp-plan lang="en" .plan=${feed.plans[0]} .feed=${feed} .now=${NOW}></ogp-plan>`,
    );
    expect(part(el, 'title').textContent!.trim()).to.equal('Fifth Open Government Action Plan');
    expect(visibleText(part(el, 'period'))).to.equal('2020 – 2022 · Phase: Implementation');
    expect(part(el, 'total').textContent).to.contain('45 commitments');
    expect(visibleText(part(el, 'legend'))).to.equal('Not started: 11 In progress: 12 Delayed: 11 Completed: 11');
    expect(parts(el, 'chart')[0]!.querySelectorAll('rect').length).to.equal(4);
    expect(part(el, 'chart').getAttribute('aria-hidden')).to.equal('true');
    expect(visibleText(part(el, 'summary'))).to.match(/Average progress: \d+% \(known for 45 of 45\)/);
    await expect(el).to.be.accessible();
  });

  it('the average sits above its own bar, never between two bars; French puts its space before each colon', async () => {
    const feed = feedWith(manyCommitments(8));
    const el = await fixture<OgpPlan>(
      html`<ogp-plan lang="fr" .plan=${feed.plans[0]} .feed=${feed} .now=${NOW}></ogp-plan>`,
    );
    expect(part(el, 'period').textContent).to.contain('Phase\u00a0: Mise en œuvre');
    const summary = [...part(el, 'summary').children];
    const average = summary.find((child) => child.textContent!.startsWith('Avancement moyen'))!;
    expect(average.textContent).to.match(/^Avancement moyen\u00a0: \d+\s%/);
    // Its bar follows it; the statuses' bar comes before, with its legend between them.
    expect(average.nextElementSibling!.localName).to.equal('ogp-progress-bar');
    expect(summary.indexOf(part(el, 'chart'))).to.be.below(summary.indexOf(part(el, 'legend')));
    expect(summary.indexOf(part(el, 'legend'))).to.be.below(summary.indexOf(average));
    expect(part(el, 'legend').querySelector('li')!.textContent).to.match(/\u00a0: \d+$/);
    await expect(el).to.be.accessible();
  });

  it('pages long plans, by keyboard, and renders only one page of cards', async () => {
    const feed = feedWith(manyCommitments(45));
    const el = await fixture<OgpPlan>(
      html`<ogp-plan lang="en" .plan=${feed.plans[0]} .feed=${feed} .now=${NOW}></ogp-plan>`,
    );
    expect(results(el)).to.equal('Showing 1–20 of 45');
    expect(cards(el).length).to.equal(20);
    expect(cardIds(el)[0]).to.equal('T0001');
    const pager = part(el, 'pager');
    expect(pager.getAttribute('aria-label')).to.equal('Pages');
    const [previous, next] = [...pager.querySelectorAll('button')];
    expect(previous!.disabled).to.equal(true);
    next!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(results(el)).to.equal('Showing 21–40 of 45');
    expect(cardIds(el)[0]).to.equal('T0021');
    // Focus goes to the results line, which is read out.
    expect(el.shadowRoot!.activeElement === part(el, 'results'), 'results focused').to.equal(true);
    next!.click();
    await el.updateComplete;
    expect(results(el)).to.equal('Showing 41–45 of 45');
    expect(visibleText(pager)).to.contain('Page 3 of 3');
    await expect(el).to.be.accessible();
  });

  it('filters by status, institution, OGP value and theme, and searches text without accents', async () => {
    const feed = feedWith(manyCommitments(45));
    const el = await fixture<OgpPlan>(
      html`<ogp-plan lang="es" .plan=${feed.plans[0]} .feed=${feed} .now=${NOW}></ogp-plan>`,
    );
    await choose(el, 'status', 'delayed');
    expect(results(el)).to.equal('Mostrando 1–11 de 11');
    expect(
      cards(el).every((card) => (card.commitment as { reported: { status: string } }).reported.status === 'delayed'),
    ).to.equal(true);
    await choose(el, 'institution', 'segpres');
    expect(cardIds(el)).to.deep.equal(['T0006', 'T0018', 'T0030', 'T0042']);
    await choose(el, 'value', 'civic-participation');
    expect(cardIds(el)).to.deep.equal(['T0006', 'T0018', 'T0030', 'T0042']);
    await choose(el, 'theme', 'Justicia abierta');
    expect(cardIds(el)).to.deep.equal(['T0006', 'T0018', 'T0030', 'T0042']);
    for (const name of ['status', 'institution', 'value']) await choose(el, name, '');
    await choose(el, 'theme', 'Transparencia');
    expect(results(el)).to.equal('Mostrando 1–15 de 15');
    await choose(el, 'theme', '');
    await choose(el, 'query', 'DISENO municipal 30');
    expect(cardIds(el)).to.deep.equal(['T0030']);
    await choose(el, 'query', 'nada parecido');
    expect(results(el)).to.equal('Ningún compromiso coincide con estos filtros.');
    const clear = part<HTMLButtonElement>(el, 'clear');
    expect(clear.textContent).to.equal('Quitar filtros');
    await expect(el).to.be.accessible();
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(results(el)).to.equal('Mostrando 1–20 de 45');
  });

  it('can start filtered and sorted from attributes', async () => {
    const feed = feedWith(manyCommitments(45));
    const el = await fixture<OgpPlan>(
      html`<ogp-plan lang="en" status="delayed" sort="progress" .plan=${feed.plans[0]} .feed=${feed} .now=${NOW}></ogp-plan>`,
    );
    expect(results(el)).to.equal('Showing 1–11 of 11');
    expect(el.shadowRoot!.querySelector<HTMLSelectElement>('[name="status"]')!.value).to.equal('delayed');
    expect(el.shadowRoot!.querySelector<HTMLSelectElement>('[name="sort"]')!.value).to.equal('progress');
  });

  it('an update that changes a few commitments keeps filters and order exact', async () => {
    const feed = feedWith(manyCommitments(60));
    const plan = feed.plans[0]!;
    const el = await fixture<OgpPlan>(
      html`<ogp-plan lang="en" page-size="100" sort="progress" .plan=${plan} .feed=${feed} .now=${NOW}></ogp-plan>`,
    );
    await choose(el, 'status', 'in-progress');
    const before = cardIds(el);
    // T0002 leaves the filter, T0004 joins it at the top, T0006 moves within it.
    const edit = (id: string, reported: object) => ({
      ...plan.commitments.find((c) => c.id === id)!,
      reported: reported as never,
    });
    const changed = new Map([
      ['T0002', edit('T0002', { status: 'completed', percent: 100, asOf: '2022-04' })],
      ['T0004', edit('T0004', { status: 'in-progress', percent: 99, asOf: '2022-04' })],
      ['T0006', edit('T0006', { status: 'in-progress', percent: 1, asOf: '2022-04' })],
    ]);
    const next = { ...plan, commitments: plan.commitments.map((c) => changed.get(c.id) ?? c) };
    el.plan = next;
    await el.updateComplete;
    const progress = (c: { reported?: { percent?: number } }) => c.reported?.percent ?? -1;
    const expected = next.commitments
      .map((c, index) => ({ c, index }))
      .filter(({ c }) => c.reported?.status === 'in-progress')
      .sort((a, b) => progress(b.c) - progress(a.c) || a.index - b.index)
      .map(({ c }) => c.id);
    expect(cardIds(el)).to.deep.equal(expected);
    expect(cardIds(el)).to.not.deep.equal(before);
    expect(cardIds(el)[0]).to.equal('T0004');
    expect(cardIds(el)).to.not.include('T0002');
    expect(cardIds(el).at(-1)).to.equal('T0006');
  });

  it('an update keeps the filter options exact: a status that appears is offered, one that goes is not', async () => {
    const feed = feedWith(manyCommitments(8));
    const plan = feed.plans[0]!;
    const el = await fixture<OgpPlan>(html`<ogp-plan lang="en" .plan=${plan} .feed=${feed} .now=${NOW}></ogp-plan>`);
    const options = (name: string) =>
      [...el.shadowRoot!.querySelectorAll<HTMLOptionElement>(`[name="${name}"] option`)].map((o) => o.value);
    expect(options('status')).to.deep.equal(['', 'not-started', 'in-progress', 'delayed', 'completed']);
    // The two delayed commitments (T0002, T0006) are withdrawn: 'delayed' goes, 'withdrawn' comes.
    const withdrawn = { status: 'withdrawn', asOf: '2022-04' } as const;
    const next = {
      ...plan,
      commitments: plan.commitments.map((c) => (c.reported?.status === 'delayed' ? { ...c, reported: withdrawn } : c)),
    };
    el.plan = next;
    await el.updateComplete;
    expect(options('status')).to.deep.equal(['', 'not-started', 'in-progress', 'completed', 'withdrawn']);
    // An update that changes nothing the filters offer keeps the same form.
    const form = part(el, 'controls');
    el.plan = {
      ...next,
      commitments: next.commitments.map((c, i) => (i === 0 ? { ...c, reported: { ...c.reported!, percent: 5 } } : c)),
    };
    await el.updateComplete;
    expect(part(el, 'controls') === form, 'same form element').to.equal(true);
    expect(options('status')).to.deep.equal(['', 'not-started', 'in-progress', 'completed', 'withdrawn']);
  });

  it('sorts by title, progress and status', async () => {
    const feed = feedWith(manyCommitments(12));
    const el = await fixture<OgpPlan>(
      html`<ogp-plan lang="en" .plan=${feed.plans[0]} .feed=${feed} .now=${NOW}></ogp-plan>`,
    );
    await choose(el, 'sort', 'title');
    expect(cardIds(el).slice(0, 3)).to.deep.equal(['T0001', 'T0010', 'T0011']);
    await choose(el, 'sort', 'progress');
    const percents = cards(el).map((card) => (card.commitment as { reported: { percent: number } }).reported.percent);
    expect(percents).to.deep.equal([...percents].sort((a, b) => b - a));
    await choose(el, 'sort', 'number');
    expect(cardIds(el).slice(0, 3)).to.deep.equal(['T0001', 'T0002', 'T0003']);
  });

  it('keeps card elements when the list changes (keyed), and renders one page of 1,000 commitments', async () => {
    const feed = feedWith(manyCommitments(1000));
    const el = await fixture<OgpPlan>(
      html`<ogp-plan lang="en" .plan=${feed.plans[0]} .feed=${feed} .now=${NOW}></ogp-plan>`,
    );
    await Promise.all(cards(el).map((card) => card.updateComplete));
    expect(results(el)).to.equal('Showing 1–20 of 1000');
    // One page of cards in the document, not 1,000 (its speed is the bench's: npm run bench -- --only render).
    expect(cards(el).length).to.equal(20);
    const card = cards(el).find((c) => (c.commitment as { id: string }).id === 'T0004')!;
    await choose(el, 'status', 'not-started');
    expect(cards(el)[0] === card, 'same element reused for T0004').to.equal(true);
    expect(cards(el).length).to.equal(20);
  });

  it('a focused, expanded card keeps its focus and state across a live update and a re-sort; one move for one card', async () => {
    expect('moveBefore' in Element.prototype, 'this Chromium has Element.moveBefore').to.equal(true);
    const feed = feedWith(manyCommitments(6));
    const plan = feed.plans[0]!;
    const el = await fixture<OgpPlan>(html`<ogp-plan lang="en" .plan=${plan} .feed=${feed} .now=${NOW}></ogp-plan>`);
    const list = part(el, 'list');
    const card = cards(el)[0]!;
    expect(cardIds(el)[0]).to.equal('T0001');
    const toggle = () => card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
    toggle().click();
    await card.updateComplete;
    toggle().focus();
    const focused = () =>
      document.activeElement === el &&
      el.shadowRoot!.activeElement === card &&
      card.shadowRoot!.activeElement === toggle();
    expect(focused(), 'the card is focused').to.equal(true);
    // Every node taken out and put back (a move) is a removal and an addition of the list's children.
    let moved = 0;
    const observer = new MutationObserver((records) => records.forEach((r) => (moved += r.addedNodes.length)));
    observer.observe(list, { childList: true });
    let disconnects = 0;
    const { disconnectedCallback } = card;
    card.disconnectedCallback = function (this: typeof card) {
      disconnects++;
      disconnectedCallback.call(this);
    };

    // A live update renumbers the first commitment: sorted by number, its card goes to the end.
    el.plan = { ...plan, commitments: plan.commitments.map((c) => (c.id === 'T0001' ? { ...c, number: '99' } : c)) };
    await el.updateComplete;
    observer.takeRecords().forEach((r) => (moved += r.addedNodes.length));
    expect(cardIds(el)).to.deep.equal(['T0002', 'T0003', 'T0004', 'T0005', 'T0006', 'T0001']);
    expect(moved, 'nodes moved').to.equal(1);
    expect(cards(el).at(-1) === card, 'the same card element').to.equal(true);
    expect(card.expanded).to.equal(true);
    expect(focused(), 'still focused after the live update').to.equal(true);

    // The reader re-sorts by progress; the card keeps its focus and its details open.
    moved = 0;
    await choose(el, 'sort', 'progress');
    observer.takeRecords().forEach((r) => (moved += r.addedNodes.length));
    const percent = (id: string) => plan.commitments.find((c) => c.id === id)!.reported!.percent ?? -1;
    const byProgress = [...cardIds(el)].sort((a, b) => percent(b) - percent(a) || a.localeCompare(b));
    expect(cardIds(el)).to.deep.equal(byProgress);
    expect(cardIds(el)).to.not.deep.equal(['T0002', 'T0003', 'T0004', 'T0005', 'T0006', 'T0001']);
    expect(card.expanded).to.equal(true);
    expect(toggle().getAttribute('aria-expanded')).to.equal('true');
    expect(focused(), 'still focused after the re-sort').to.equal(true);
    expect(disconnects, 'the card never left the page').to.equal(0);
    observer.disconnect();
  });

  it("the reader's search, filters and order fire ogp-filter (bubbling out of shadow roots); the page shown is reactive state", async () => {
    const state = (OgpPlan as unknown as { elementProperties: Map<string, { state?: boolean }> }).elementProperties.get(
      '_page',
    );
    expect(state?.state, '_page is declared with state: true').to.equal(true);
    const feed = feedWith(manyCommitments(45));
    const el = await fixture<OgpPlan>(
      html`<ogp-plan lang="en" .plan=${feed.plans[0]} .feed=${feed} .now=${NOW}></ogp-plan>`,
    );
    const heard: Array<Record<string, string>> = [];
    const listener = (event: OgpFilterEvent) => {
      expect(event.bubbles && event.composed).to.equal(true);
      heard.push(event.detail as unknown as Record<string, string>);
    };
    document.addEventListener('ogp-filter', listener);
    try {
      part(el, 'pager').querySelectorAll('button')[1]!.click();
      await el.updateComplete;
      expect(results(el)).to.equal('Showing 21–40 of 45');
      expect(heard, 'paging is not a filter').to.deep.equal([]);
      await choose(el, 'status', 'delayed');
      expect(results(el), 'back to the first page').to.match(/^Showing 1–/);
      await choose(el, 'sort', 'progress');
      await choose(el, 'query', 'municipal');
      expect(heard).to.deep.equal([
        { query: '', status: 'delayed', institution: '', value: '', theme: '', sort: 'number' },
        { query: '', status: 'delayed', institution: '', value: '', theme: '', sort: 'progress' },
        { query: 'municipal', status: 'delayed', institution: '', value: '', theme: '', sort: 'progress' },
      ]);
      // A page's own change is not the reader's: no event.
      el.status = '';
      await el.updateComplete;
      expect(heard.length).to.equal(3);
    } finally {
      document.removeEventListener('ogp-filter', listener);
    }
  });

  it('every compact row leads somewhere by keyboard: its page when the feed links one, else its details in place', async () => {
    const loaded = nextEvent(document, 'ogp-load');
    const el = await fixture<OgpPlan>(
      html`<ogp-plan lang="es" src=${SAMPLE} plan="AP_CHL05" card-variant="compact" now="2026-12-01"></ogp-plan>`,
    );
    await loaded;
    await Promise.all(cards(el).map((card) => card.updateComplete));
    // Tab from the sort control goes through the rows, each with a link or a button, never past them.
    el.shadowRoot!.querySelector<HTMLSelectElement>('[name="sort"]')!.focus();
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      const card = el.shadowRoot!.activeElement;
      if (!(card instanceof HTMLElement) || card.localName !== 'ogp-commitment') break;
      const focused = card.shadowRoot!.activeElement!;
      reached.push(`${(card as unknown as { commitment: { id: string } }).commitment.id} ${focused.localName}`);
    }
    const ids = cardIds(el);
    expect(ids.length).to.equal(6);
    // Each row's button (after its title's link, where it has one).
    for (const id of ids) expect(reached).to.include(`${id} button`);
    // The last row with no page: Enter opens its details in place.
    const row = cards(el).find((card) => !card.shadowRoot!.querySelector('[part~="title"] a'))!;
    row.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await row.updateComplete;
    expect(visibleText(row.shadowRoot!.querySelector('[part~="details"]')!)).to.contain('Hitos y avances');
    // One date for the plan: its rows (and what their details hold) say none of their own.
    expect(visibleText(el).match(/Actualizado/g)).to.deep.equal(['Actualizado']);
    await expect(el).to.be.accessible();
  });

  it('loads a real plan by attribute, in Spanish; the page hears one ogp-load, not one per card', async () => {
    const heard: EventTarget[] = [];
    const count = (event: Event) => heard.push(event.target!);
    document.addEventListener('ogp-load', count);
    const loaded = nextEvent(document, 'ogp-load');
    const el = await fixture<OgpPlan>(html`<ogp-plan lang="es" src=${SAMPLE} plan="AP_CHL05" .now=${NOW}></ogp-plan>`);
    await loaded;
    await el.updateComplete;
    expect(part(el, 'title').textContent!.trim()).to.equal('5° Plan de Acción de Gobierno Abierto');
    expect(part(el, 'total').textContent).to.contain('6 compromisos');
    expect(results(el)).to.equal('Mostrando 1–6 de 6');
    expect(el.shadowRoot!.querySelector('[part~="pager"]')).to.equal(null);
    await Promise.all(cards(el).map((card) => card.updateComplete));
    document.removeEventListener('ogp-load', count);
    expect(heard.length).to.equal(1);
    expect(heard[0] === el, 'the plan itself').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it("Chile's 5th plan (closed): the overview names the IRM's verdicts, and 'no information' only for the commitment with neither", async () => {
    for (const [lang, legend, sources] of [
      [
        'en',
        ['Limited completion (IRM): 2 No information: 1', 'No early results (IRM): 1 Marginal early results (IRM): 2'],
        'Assessed by the IRM: 5 · No information: 1',
      ],
      [
        'es',
        [
          'Cumplimiento limitado (MRI): 2 Sin información: 1',
          'Sin resultados tempranos (MRI): 1 Resultados tempranos marginales (MRI): 2',
        ],
        'Según el MRI: 5 · Sin información: 1',
      ],
    ] as const) {
      const loaded = nextEvent(document, 'ogp-load');
      const el = await fixture<OgpPlan>(
        html`<ogp-plan lang=${lang} src=${SAMPLE} plan="AP_CHL05" now="2026-12-01"></ogp-plan>`,
      );
      await loaded;
      await el.updateComplete;
      // How far they got, then the IRM's early results: two measures, two lists.
      expect(parts(el, 'legend').map((list) => visibleText(list))).to.deep.equal(legend);
      expect(visibleText(part(el, 'sources'))).to.equal(sources);
      // No government figure: no average progress "known for 0 of 6".
      expect(el.shadowRoot!.querySelector('[part~="summary"] ogp-progress-bar')).to.equal(null);
      // The bar is how far they got: completion and "no information", not the early results.
      expect(part(el, 'chart').querySelectorAll('rect').length).to.equal(2);
      await Promise.all(cards(el).map((card) => card.updateComplete));
      const unknown = cards(el).filter((card) => card.shadowRoot!.querySelector('[part~="status"]'));
      expect(unknown.map((card) => (card.commitment as { id: string }).id)).to.deep.equal(['CL0063']);
      await expect(el).to.be.accessible();
    }
  });

  it("the summary reads without colour and in forced colours: each segment has its legend's shape and outline", async () => {
    const feed = feedWith(manyCommitments(12));
    const el = await fixture<OgpPlan>(
      html`<ogp-plan lang="en" .plan=${feed.plans[0]} .feed=${feed} .now=${NOW}></ogp-plan>`,
    );
    const segments = [...part(el, 'chart').children] as SVGSVGElement[];
    const entries = [...part(el, 'legend').children] as HTMLElement[];
    // One segment per entry, in its order, as wide as its share, with the entry's own shape.
    expect(segments.map((s) => s.dataset.status)).to.deep.equal(entries.map((li) => li.dataset.status));
    const shapes = segments.map((s) => [...s.querySelector('svg')!.children].map((c) => c.outerHTML).join(''));
    expect(shapes).to.deep.equal(
      entries.map((li) => [...li.querySelector('[part~=icon]')!.children].map((c) => c.outerHTML).join('')),
    );
    expect(new Set(shapes).size, 'a different shape for each status').to.equal(4);
    const bar = part(el, 'chart').getBoundingClientRect().width;
    const counts = entries.map((li) => Number(li.textContent!.match(/\d+$/)![0]));
    segments.forEach((s, i) => expect(s.getBoundingClientRect().width / bar).to.be.closeTo(counts[i]! / 12, 0.01));
    // The shape is drawn apart from its segment: the page's background over the status colour.
    const rect = segments[0]!.querySelector('rect')!;
    const shape = segments[0]!.querySelector('svg')!;
    expect(getComputedStyle(shape).color).to.not.equal(getComputedStyle(rect).fill);
    await emulateForcedColors(true);
    try {
      // Forced colours: every segment outlined in the text colour, its shape in it too, on the background.
      const canvasText = getComputedStyle(document.body).color;
      for (const s of segments) {
        expect(getComputedStyle(s.querySelector('rect')!).stroke).to.equal(canvasText);
        expect(getComputedStyle(s.querySelector('svg')!).color).to.equal(canvasText);
        expect(getComputedStyle(s.querySelector('rect')!).fill).to.not.equal(canvasText);
      }
    } finally {
      await emulateForcedColors(false);
    }
  });

  it("filters and sorts by the same verdicts: the status filter offers the IRM ratings, named as the IRM's", async () => {
    const loaded = nextEvent(document, 'ogp-load');
    const el = await fixture<OgpPlan>(
      html`<ogp-plan lang="en" src=${SAMPLE} plan="AP_CHL05" now="2026-12-01"></ogp-plan>`,
    );
    await loaded;
    await el.updateComplete;
    const options = [...el.shadowRoot!.querySelectorAll<HTMLOptionElement>('select[name="status"] option')].map((o) => [
      o.value,
      o.textContent,
    ]);
    expect(options).to.deep.equal([
      ['', 'Any'],
      ['irmCompletion:limited', 'Limited completion (IRM)'],
      ['irmEarlyResults:no-early-results', 'No early results (IRM)'],
      ['irmEarlyResults:marginal', 'Marginal early results (IRM)'],
      ['unknown', 'No information'],
    ]);
    await choose(el, 'status', 'irmCompletion:limited');
    expect(cardIds(el)).to.deep.equal(['CL0069', 'CL0070']);
    await choose(el, 'status', '');
    await choose(el, 'sort', 'status');
    expect(cardIds(el)).to.deep.equal(['CL0069', 'CL0070', 'CL0066', 'CL0068', 'CL0072', 'CL0063']);
    await expect(el).to.be.accessible();
  });

  it("a plan mixing sources counts each, the government's first, and says where the IRM disagrees", async () => {
    const [a, b, c, d] = manyCommitments(4);
    const plan = [
      {
        ...a!,
        reported: { status: 'completed' as const, percent: 100, asOf: '2022-06' },
        irm: { completionEndOfTerm: 'limited' as const },
      },
      { ...b!, reported: undefined, irm: { completionEndOfTerm: 'substantial' as const } },
      { ...c!, reported: undefined, irm: { completionEndOfTerm: 'substantial' as const } },
      { ...d!, reported: undefined },
    ];
    const feed = feedWith(plan);
    const el = await fixture<OgpPlan>(
      html`<ogp-plan lang="es" .plan=${feed.plans[0]} .feed=${feed} .now=${NOW}></ogp-plan>`,
    );
    expect(visibleText(part(el, 'legend'))).to.equal('Cumplido: 1 Cumplimiento sustancial (MRI): 2 Sin información: 1');
    expect(visibleText(part(el, 'sources'))).to.equal(
      'Según el gobierno: 1 · Según el MRI: 2 · Sin información: 1 · El MRI difiere del gobierno en 1 compromiso',
    );
    expect(visibleText(part(el, 'summary'))).to.contain('Avance promedio: 100 % (conocido en 1 de 4)');
    await expect(el).to.be.accessible();
  });

  it('empty plan, loading, and a plan that is not in the feed', async () => {
    const empty = await fixture<OgpPlan>(html`<ogp-plan lang="en" .plan=${buildPlan()} .now=${NOW}></ogp-plan>`);
    expect(part(empty, 'empty').textContent).to.equal('This plan has no commitments yet.');
    await expect(empty).to.be.accessible();

    const server = await startFeedServer();
    try {
      await server.reply({ body: feedWith(manyCommitments(3)), delay: 400 });
      const errored = nextEvent<OgpErrorEvent>(document, 'ogp-error');
      const el = await fixture<OgpPlan>(html`<ogp-plan lang="en" src=${server.url} plan="AP_CHL99"></ogp-plan>`);
      expect(part(el, 'skeleton').getBoundingClientRect().height).to.be.greaterThan(300);
      await expect(el).to.be.accessible();
      expect((await errored).detail.error.message).to.equal('Action plan AP_CHL99 is not in this feed');
      await el.updateComplete;
      expect(part(el, 'error').textContent).to.equal('AP_CHL99 was not found in this data.');
      await expect(el).to.be.accessible();
    } finally {
      await server.close();
    }
  });

  it('live: updates counts and cards when the feed changes between polls, and marks stale data', async () => {
    const server = await startFeedServer();
    try {
      const commitments = manyCommitments(4);
      await server.reply({ body: feedWith(commitments), etag: '"1"' });
      const el = await fixture<OgpPlan>(
        html`<ogp-plan lang="en" src=${server.url} plan="AP_CHL05" live refresh="1" .now=${NOW}></ogp-plan>`,
      );
      await until(() => !!el.shadowRoot!.querySelector('[part~="legend"]'), 'plan shown');
      expect(visibleText(part(el, 'legend'))).to.equal('Not started: 1 In progress: 1 Delayed: 1 Completed: 1');
      commitments[1]!.reported = { status: 'completed', percent: 100, asOf: '2022-04' };
      await server.reply({ body: feedWith(commitments), etag: '"2"' });
      const change = await nextEvent<OgpChangeEvent>(el, 'ogp-change', 4000);
      expect((change.detail.data as { id: string }).id).to.equal('AP_CHL05');
      await el.updateComplete;
      expect(visibleText(part(el, 'legend'))).to.equal('Not started: 1 In progress: 1 Completed: 2');
      await server.reply({ status: 500 });
      await nextEvent(el, 'ogp-error', 4000);
      await el.updateComplete;
      expect(visibleText(part(el, 'footer'))).to.contain('Could not refresh; showing the data from');
      expect(visibleText(part(el, 'legend'))).to.equal('Not started: 1 In progress: 1 Completed: 2');
    } finally {
      await server.close();
    }
  });
});
