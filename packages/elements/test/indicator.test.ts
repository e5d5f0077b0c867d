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
    // Three points joined by two lines.
    expect(chart.querySelectorAll('line.series').length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('labels every point with its value, names the dates at the axis as the table does, and has a legend', async () => {
    const el = await fixture<OgpIndicator>(html`<ogp-indicator lang="pt-PT" .indicator=${indicator}></ogp-indicator>`);
    const labels = [...part(el, 'chart').querySelectorAll('text')].map((text) => text.textContent);
    // Baseline 0, the measurements 8 and 20, the target 40; then the first and last dates.
    expect(labels).to.deep.equal(['0', '8', '20', '40', '2021', 'dezembro de 2022']);
    // The target's ring and its label sit at the top right, above its dashed line.
    const ring = part(el, 'chart').querySelector('circle.goal-point')!.getBoundingClientRect();
    const forty = [...part(el, 'chart').querySelectorAll('text')][3]!.getBoundingClientRect();
    expect(forty.bottom).to.be.at.most(ring.top + 1);
    expect(Math.abs((forty.left + forty.right) / 2 - (ring.left + ring.right) / 2)).to.be.below(2);
    // The legend: the figures' terms, each with its line drawn as in the chart.
    const terms = [...part(el, 'figures').querySelectorAll('dt')].slice(0, 3);
    expect(terms.map((dt) => visibleText(dt))).to.deep.equal(['Linha de base', 'Meta', 'Última medição']);
    expect(terms.map((dt) => dt.querySelector('line')!.getAttribute('class'))).to.deep.equal([
      'base-line',
      'goal',
      'series',
    ]);
    expect(getComputedStyle(terms[1]!.querySelector('line')!).strokeDasharray).to.equal(
      getComputedStyle(part(el, 'chart').querySelector('line.goal')!).strokeDasharray,
    );
    expect(terms[1]!.querySelector('circle.goal-point')).to.not.equal(null);
    expect(terms[2]!.querySelector('circle.point')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a target without a date is a line with its value at its end', async () => {
    const el = await fixture<OgpIndicator>(
      html`<ogp-indicator lang="en" .indicator=${buildIndicator({ baseline: { value: 3, date: '2024' }, target: { value: 9 } })}></ogp-indicator>`,
    );
    const labels = [...part(el, 'chart').querySelectorAll('text')];
    expect(labels.map((text) => text.textContent)).to.deep.equal(['9', '3', '2024']);
    expect(labels[0]!.getAttribute('text-anchor')).to.equal('end');
    expect(visibleText(part(el, 'figures'))).to.equal('Baseline 3 (2024) Target 9');
  });

  it('uses the width it is given: a wide card gets a wide chart, with words of the same size', async () => {
    const wrapper = await fixture(
      html`<div style="width: 60rem"><ogp-indicator lang="en" .indicator=${indicator}></ogp-indicator></div>`,
    );
    const el = wrapper.querySelector('ogp-indicator') as OgpIndicator;
    await el.updateComplete;
    const chart = part(el, 'chart').getBoundingClientRect();
    expect(chart.width / wrapper.getBoundingClientRect().width).to.be.above(0.95);
    const label = part(el, 'chart').querySelector('text')!.getBoundingClientRect();
    expect(label.height).to.be.below(20);
  });

  it("says its unit in the plural form the number takes, by the language's rules", async () => {
    const tools = buildIndicator({
      unit: { es: 'herramientas', en: 'tools', fr: 'outils' },
      unitOne: { es: 'herramienta', en: 'tool', fr: 'outil' },
      baseline: { value: 0, date: '2024' },
      target: { value: 2, date: '2026-12' },
      measurements: [{ date: '2025-06', value: 1 }],
    });
    const figures = async (lang: string) =>
      visibleText(
        part(
          await fixture<OgpIndicator>(html`<ogp-indicator lang=${lang} .indicator=${tools}></ogp-indicator>`),
          'figures',
        ),
      );
    const es = await figures('es');
    expect(es).to.contain('Línea base 0 herramientas (2024)');
    expect(es).to.contain('Meta 2 herramientas');
    expect(es).to.contain('Última medición 1 herramienta (junio de 2025)');
    expect(await figures('en')).to.contain('Latest measurement 1 tool (June 2025)');
    // French says 0 in the singular too.
    const fr = await figures('fr');
    expect(fr).to.contain('0 outil (2024)');
    expect(fr).to.contain('2 outils');
    // A reader whose language the unit lacks reads the feed's language, in its own plural forms.
    const pt = await fixture<OgpIndicator>(html`<ogp-indicator lang="pt" .indicator=${tools}></ogp-indicator>`);
    expect(visibleText(part(pt, 'figures'))).to.contain('0 herramientas (2024)');
    expect([...part(pt, 'name').querySelectorAll('span[lang="es"]')].at(-1)!.textContent).to.equal('herramientas');
    // Without a form for one, the unit is the one form there is.
    const plain = await fixture<OgpIndicator>(
      html`<ogp-indicator lang="es" .indicator=${{ ...tools, unitOne: undefined }}></ogp-indicator>`,
    );
    expect(visibleText(part(plain, 'figures'))).to.contain('1 herramientas');
    await expect(pt).to.be.accessible();
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
