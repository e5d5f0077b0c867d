import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/timeline/define.js';
import type { OgpTimeline } from '../src/timeline/timeline.js';
import type { OgpErrorEvent } from '../src/shared/events/ogp-error.js';
import { nextEvent, part, parts, until, visibleText } from './helpers/dom.js';
import { buildCommitment, cl0069, feedWith, NOW } from './helpers/feeds.js';
import { startFeedServer } from './helpers/feed-server.js';

const SAMPLE = '/examples/feeds/chile.json';
const kinds = (el: OgpTimeline) =>
  parts(el, 'item').map((li) => (li.matches('[part~="today"]') ? 'today' : li.dataset.kind));

describe('<ogp-timeline>', () => {
  it("lists a commitment's story in date order with today and overdue marked, months shown as months", async () => {
    const el = await fixture<OgpTimeline>(
      html`<ogp-timeline lang="en" .commitment=${cl0069()} .now=${NOW}></ogp-timeline>`,
    );
    expect(part(el, 'list').localName).to.equal('ol');
    expect(kinds(el)).to.deep.equal(['start', 'milestone', 'update', 'milestone', 'today', 'end', 'milestone']);
    const items = parts(el, 'item');
    expect(visibleText(items[1]!)).to.equal('Due: August 2021 Informe de Diagnóstico de interoperabilidad Completed');
    expect(items[1]!.querySelector('time')!.getAttribute('datetime')).to.equal('2021-08');
    const overdue = items[3]!;
    expect(overdue.dataset.status).to.equal('overdue');
    expect(visibleText(overdue)).to.contain('Overdue');
    expect(part(el, 'today').getAttribute('aria-current')).to.equal('date');
    expect(visibleText(part(el, 'today'))).to.equal('Today, March 28, 2022');
    expect(visibleText(items[2]!)).to.contain('Illustrative: assessment delivered.');
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish', async () => {
    const el = await fixture<OgpTimeline>(
      html`<ogp-timeline lang="es" .commitment=${cl0069()} .now=${NOW}></ogp-timeline>`,
    );
    const items = parts(el, 'item');
    expect(visibleText(items[0]!)).to.equal('1 de marzo de 2021 Inicio');
    expect(visibleText(items[1]!)).to.equal(
      'Plazo: agosto de 2021 Informe de Diagnóstico de interoperabilidad Cumplido',
    );
    expect(visibleText(part(el, 'today'))).to.equal('Hoy, 28 de marzo de 2022');
    expect(part(el, 'scroller').getAttribute('aria-label')).to.equal('Línea de tiempo');
    await expect(el).to.be.accessible();
  });

  it("loads a plan's co-creation phases from the real sample feed by attribute", async () => {
    const loaded = nextEvent(document, 'ogp-load');
    const el = await fixture<OgpTimeline>(
      html`<ogp-timeline lang="es" src=${SAMPLE} plan="AP_CHL06" .now=${NOW}></ogp-timeline>`,
    );
    await loaded;
    await el.updateComplete;
    expect(kinds(el)).to.deep.equal(['today', 'phase', 'phase']);
    expect(visibleText(parts(el, 'item')[1]!)).to.contain('junio de 2022 Cocreación del 6° Plan de Acción Completada');
    await expect(el).to.be.accessible();
  });

  it("loads a commitment's milestones from the real sample feed by attribute", async () => {
    const loaded = nextEvent(document, 'ogp-load');
    const el = await fixture<OgpTimeline>(
      html`<ogp-timeline lang="en" src=${SAMPLE} commitment="CL0081" now="2025-01-15"></ogp-timeline>`,
    );
    await loaded;
    await el.updateComplete;
    expect(kinds(el)).to.deep.equal(['milestone', 'today', 'update', 'milestone', 'milestone', 'milestone']);
    // Past due, but nobody reported on it: not reported, which is not overdue (SDK's milestoneState).
    expect(parts(el, 'item')[0]!.dataset.status).to.equal('unreported');
    expect(visibleText(parts(el, 'item')[0]!)).to.contain('Not reported');
    expect(parts(el, 'item')[3]!.dataset.status).to.equal('upcoming');
  });

  it('is vertical in a narrow container and horizontal in a wide one (container queries)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><ogp-timeline lang="en" .commitment=${cl0069()} .now=${NOW}></ogp-timeline></div>`,
    );
    const el = wrapper.querySelector('ogp-timeline')!;
    await el.updateComplete;
    const [a, b] = parts(el, 'item');
    expect(b!.getBoundingClientRect().top).to.be.greaterThan(a!.getBoundingClientRect().bottom - 1);
    wrapper.style.width = '1000px';
    await until(
      () => Math.abs(a!.getBoundingClientRect().top - b!.getBoundingClientRect().top) < 1,
      'horizontal layout',
    );
    expect(b!.getBoundingClientRect().left).to.be.greaterThan(a!.getBoundingClientRect().left);
  });

  it("shows every entry, none hidden behind a scroll, at any width (CL0069's eleven entries of the sample)", async () => {
    await setViewport({ width: 1200, height: 800 });
    const loaded = nextEvent(document, 'ogp-load');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1100px"><ogp-timeline lang="es" src=${SAMPLE} commitment="CL0069" now="2026-12-01"></ogp-timeline></div>`,
    );
    const el = wrapper.querySelector('ogp-timeline')!;
    await loaded;
    await el.updateComplete;
    for (const width of ['1100px', '700px', '320px']) {
      wrapper.style.width = width;
      await new Promise((resolve) => setTimeout(resolve, 50));
      const items = parts(el, 'item');
      // Start, eight milestones, end, today.
      expect(items.length, width).to.equal(11);
      const region = part(el, 'scroller');
      expect(region.scrollWidth, `${width}: nothing scrolls sideways`).to.be.at.most(region.clientWidth);
      for (const item of items) {
        item.scrollIntoView({ block: 'center' });
        const box = region.getBoundingClientRect();
        const r = item.getBoundingClientRect();
        expect(
          r.left >= box.left - 1 && r.right <= box.right + 1,
          `${width}: ${visibleText(item)} inside the timeline`,
        ).to.equal(true);
        // Really painted there: the point at its middle belongs to it (not clipped, not covered).
        const hit = el.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 10));
        expect(item.contains(hit), `${width}: ${visibleText(item)} visible`).to.equal(true);
      }
    }
    // No tab stop that leads nowhere: nothing scrolls, so the region is not focusable.
    expect(part(el, 'scroller').hasAttribute('tabindex')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('its links are reached by keyboard in reading order, each in view', async () => {
    const linked = cl0069({
      milestones: cl0069().milestones.map((m, i) => ({
        ...m,
        evidence: [{ title: `Evidencia ${i + 1}`, url: `https://example.org/e${i + 1}` }],
      })),
    });
    const wrapper = await fixture(
      html`<div style="width: 1100px"><button>before</button><ogp-timeline lang="en" .commitment=${linked} .now=${NOW}></ogp-timeline></div>`,
    );
    const el = wrapper.querySelector('ogp-timeline')!;
    await el.updateComplete;
    wrapper.querySelector('button')!.focus();
    const reached: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement;
      reached.push(active.textContent!.trim());
      const r = active.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      expect(active.contains(hit), `${reached.at(-1)} visible`).to.equal(true);
    }
    expect(reached).to.deep.equal(['Evidencia 1', 'Evidencia 2', 'Evidencia 3']);
  });

  it('empty: says that nothing has been published', async () => {
    const bare = buildCommitment();
    const el = await fixture<OgpTimeline>(
      html`<ogp-timeline lang="en" .commitment=${bare} .now=${NOW}></ogp-timeline>`,
    );
    expect(part(el, 'empty').textContent).to.equal('No milestones or updates have been published yet.');
    await expect(el).to.be.accessible();
  });

  it('loading, then an error that names the missing plan', async () => {
    const server = await startFeedServer();
    try {
      await server.reply({ body: feedWith([cl0069()]), delay: 400 });
      const errored = nextEvent<OgpErrorEvent>(document, 'ogp-error');
      const el = await fixture<OgpTimeline>(
        html`<ogp-timeline lang="es" src=${server.url} plan="AP_XXX"></ogp-timeline>`,
      );
      expect(part(el, 'skeleton').getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      expect((await errored).detail.error.message).to.equal('Action plan AP_XXX is not in this feed');
      await el.updateComplete;
      expect(part(el, 'error').textContent).to.equal('AP_XXX no figura en estos datos.');
      await expect(el).to.be.accessible();
    } finally {
      await server.close();
    }
  });
});
