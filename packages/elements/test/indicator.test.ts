import { expect, fixture, html } from '@open-wc/testing';
import '../src/indicator/define.js';
import type { OgpIndicator } from '../src/indicator/indicator.js';
import type { OgpErrorEvent } from '../src/shared/events/ogp-error.js';
import { nextEvent, part, until, visibleText } from './helpers/dom.js';
import { buildIndicator, cl0069, feedWith } from './helpers/feeds.js';
import { startFeedServer } from './helpers/feed-server.js';

const SAMPLE = '/examples/feeds/chile.json';

const indicator = buildIndicator({
  id: 'i1',
  unit: { es: 'proyectos', en: 'bills' },
  direction: 'increase',
  baseline: { value: 0, date: '2021' },
  target: { value: 40, date: '2022-12' },
  measurements: [
    { date: '2022-03', value: 20 },
    { date: '2021-09', value: 8 },
  ],
  verification: { es: 'Portal de datos abiertos del Congreso', en: 'Congress open data portal' },
});

describe('<ogp-indicator>', () => {
  it('shows baseline, target and measurements as a chart and as text (property)', async () => {
    const el = await fixture<OgpIndicator>(html`<ogp-indicator lang="en" .indicator=${indicator}></ogp-indicator>`);
    expect(visibleText(part(el, 'name'))).to.equal('Output: Bills published as open data (bills)');
    const figures = visibleText(part(el, 'figures'));
    expect(figures).to.contain('Baseline 0 bills (2021)');
    expect(figures).to.contain('Target 40 bills (December 2022)');
    expect(figures).to.contain('Latest measurement 20 bills (March 2022)');
    expect(figures).to.contain('Expected change Increase');
    expect(figures).to.contain('Progress toward the target 50%');
    expect(figures).to.contain('Means of verification Congress open data portal');
    // Every number is in the table, in date order, for screen readers and print.
    const rows = [...part(el, 'measurements').querySelectorAll('tbody tr')].map((tr) => visibleText(tr));
    expect(rows).to.deep.equal(['September 2021 8 bills', 'March 2022 20 bills']);
    const chart = part(el, 'chart');
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.equal(
      'Chart of Bills published as open data; the figures are in the table below.',
    );
    expect(chart.querySelectorAll('circle.point').length).to.equal(3);
    expect(chart.querySelector('.series')!.getAttribute('points')!.split(' ').length).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish', async () => {
    const el = await fixture<OgpIndicator>(html`<ogp-indicator lang="es" .indicator=${indicator}></ogp-indicator>`);
    expect(visibleText(part(el, 'name'))).to.equal(
      'Componente: Proyectos de ley publicados en datos abiertos (proyectos)',
    );
    expect(visibleText(part(el, 'figures'))).to.contain('Meta 40 proyectos (diciembre de 2022)');
    expect(visibleText(part(el, 'measurements').querySelector('caption')!)).to.equal('Mediciones');
    await expect(el).to.be.accessible();
  });

  it('empty: no measurements yet, baseline and target still shown', async () => {
    const el = await fixture<OgpIndicator>(
      html`<ogp-indicator lang="en" .indicator=${buildIndicator({ baseline: { value: 3 }, target: { value: 9 } })}></ogp-indicator>`,
    );
    expect(part(el, 'empty').textContent).to.equal('No measurements have been published yet.');
    expect(visibleText(part(el, 'figures'))).to.equal('Baseline 3 Target 9');
    await expect(el).to.be.accessible();
  });

  it('loads the real sample feed by attribute (first indicator of CL0081)', async () => {
    const loaded = nextEvent(document, 'ogp-load');
    const el = await fixture<OgpIndicator>(
      html`<ogp-indicator lang="es" src=${SAMPLE} commitment="CL0081"></ogp-indicator>`,
    );
    await loaded;
    await el.updateComplete;
    expect(visibleText(part(el, 'name'))).to.contain('Ilustrativo / Illustrative: herramientas del Congreso Virtual');
    expect(visibleText(part(el, 'figures'))).to.contain('Línea base 0 herramientas (2024)');
    await expect(el).to.be.accessible();
  });

  it('says which indicator is missing, in the event; plain words on the page', async () => {
    const errored = nextEvent<OgpErrorEvent>(document, 'ogp-error');
    const el = await fixture<OgpIndicator>(
      html`<ogp-indicator lang="en" src=${SAMPLE} commitment="CL0069" indicator="x"></ogp-indicator>`,
    );
    expect((await errored).detail.error.message).to.equal('Commitment CL0069 has no indicator x');
    await el.updateComplete;
    expect(part(el, 'error').textContent).to.equal('Commitment CL0069 has no indicator to show.');
    await expect(el).to.be.accessible();
  });

  it('loading, then live: a measurement added between polls appears', async () => {
    const server = await startFeedServer();
    try {
      const commitment = cl0069({ indicators: [structuredClone(indicator)] });
      await server.replyOnce({ body: feedWith([commitment]), delay: 400 });
      commitment.indicators[0]!.measurements.push({ date: '2022-06', value: 31 });
      await server.reply({ body: feedWith([commitment]) });
      const el = await fixture<OgpIndicator>(
        html`<ogp-indicator lang="en" src=${server.url} commitment="CL0069" indicator="i1" live refresh="1"></ogp-indicator>`,
      );
      expect(part(el, 'skeleton').getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      await until(() => !!el.shadowRoot!.querySelector('[part~="measurements"]'), 'indicator shown');
      expect(part(el, 'measurements').querySelectorAll('tbody tr').length).to.equal(2);
      await nextEvent(el, 'ogp-change', 4000);
      await el.updateComplete;
      expect(part(el, 'measurements').querySelectorAll('tbody tr').length).to.equal(3);
      expect(visibleText(part(el, 'figures'))).to.contain('Latest measurement 31 bills (June 2022)');
    } finally {
      await server.close();
    }
  });
});
