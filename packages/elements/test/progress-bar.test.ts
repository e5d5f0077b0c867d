import { expect, fixture, html } from '@open-wc/testing';
import '../src/progress-bar/define.js';
import type { OgpProgressBar } from '../src/progress-bar/progress-bar.js';
import { part, parts, until } from './helpers/dom.js';

const bar = (el: OgpProgressBar) => part(el, 'base');

describe('<ogp-progress-bar>', () => {
  it('is a progressbar with value, value text and a fill as wide as the value (attributes)', async () => {
    const el = await fixture<OgpProgressBar>(html`<ogp-progress-bar value="45" lang="en"></ogp-progress-bar>`);
    expect(bar(el).getAttribute('role')).to.equal('progressbar');
    expect(bar(el).getAttribute('aria-valuenow')).to.equal('45');
    expect(bar(el).getAttribute('aria-valuetext')).to.equal('45%');
    expect(bar(el).getAttribute('aria-label')).to.equal('Progress');
    expect(part(el, 'value').textContent).to.equal('45%');
    expect(part(el, 'fill').getAttribute('width')).to.equal('45%');
    const track = part(el, 'track').getBoundingClientRect();
    const fill = part(el, 'fill').getBoundingClientRect();
    expect(fill.width / track.width).to.be.closeTo(0.45, 0.01);
    await expect(el).to.be.accessible();
  });

  it('takes value, max and label as properties and re-renders', async () => {
    const el = await fixture<OgpProgressBar>(
      html`<ogp-progress-bar lang="en" .value=${3} .max=${8} label="Milestones done"></ogp-progress-bar>`,
    );
    expect(bar(el).getAttribute('aria-valuenow')).to.equal('38');
    expect(bar(el).getAttribute('aria-label')).to.equal('Milestones done');
    el.value = 8;
    await el.updateComplete;
    expect(part(el, 'value').textContent).to.equal('100%');
    expect(el.percent).to.equal(100);
  });

  it('clamps values outside 0..max', async () => {
    const el = await fixture<OgpProgressBar>(html`<ogp-progress-bar value="140"></ogp-progress-bar>`);
    expect(el.percent).to.equal(100);
    el.value = -5;
    await el.updateComplete;
    expect(el.percent).to.equal(0);
    expect(bar(el).getAttribute('aria-valuenow')).to.equal('0');
  });

  it('shows unknown progress as unknown, not 0: no aria-valuenow, a hatched track, words', async () => {
    const el = await fixture<OgpProgressBar>(html`<ogp-progress-bar lang="en"></ogp-progress-bar>`);
    expect(bar(el).hasAttribute('aria-valuenow')).to.equal(false);
    expect(bar(el).getAttribute('aria-valuetext')).to.equal('Progress unknown');
    expect(part(el, 'value').textContent).to.equal('Unknown');
    expect(el.shadowRoot!.querySelector('[part~="fill"]')).to.equal(null);
    expect(getComputedStyle(part(el, 'track')).backgroundImage).to.contain('repeating-linear-gradient');
    await expect(el).to.be.accessible();

    el.setAttribute('value', 'not a number');
    await el.updateComplete;
    expect(bar(el).hasAttribute('aria-valuenow')).to.equal(false);
    el.value = Number.NaN;
    await el.updateComplete;
    expect(bar(el).hasAttribute('aria-valuenow')).to.equal(false);
  });

  it('speaks Spanish from its own lang, or from an ancestor, and follows a change of lang', async () => {
    const wrapper = await fixture(
      html`<div lang="es-CL"><ogp-progress-bar></ogp-progress-bar><ogp-progress-bar value="45"></ogp-progress-bar></div>`,
    );
    const [unknown, known] = [...wrapper.querySelectorAll('ogp-progress-bar')] as OgpProgressBar[];
    // The wrapper is no element: wait for the bars, which wait for their words.
    await Promise.all([unknown!.updateComplete, known!.updateComplete]);
    expect(part(unknown!, 'value').textContent).to.equal('Sin datos');
    expect(bar(unknown!).getAttribute('aria-valuetext')).to.equal('Avance desconocido');
    expect(bar(unknown!).getAttribute('aria-label')).to.equal('Avance');
    expect(part(known!, 'value').textContent).to.match(/^45\s?%$/);
    await expect(known!).to.be.accessible();

    wrapper.setAttribute('lang', 'en');
    await until(() => part(unknown!, 'value').textContent === 'Unknown', 'English after lang change');
    unknown!.lang = 'es';
    await unknown!.updateComplete;
    expect(part(unknown!, 'value').textContent).to.equal('Sin datos');
    expect(unknown!.getAttribute('lang')).to.equal('es');
  });

  it('draws milestone segments, from an attribute or a property, in a row of their own that says how many are done', async () => {
    const el = await fixture<OgpProgressBar>(
      html`<ogp-progress-bar lang="en" value="50" segments="completed, completed, overdue, upcoming"></ogp-progress-bar>`,
    );
    const segments = parts(el, 'segment');
    expect(segments.map((s) => s.dataset.status)).to.deep.equal(['completed', 'completed', 'overdue', 'upcoming']);
    expect(segments.map((s) => s.getAttribute('width'))).to.deep.equal(['25%', '25%', '25%', '25%']);
    // Colour says the state, but never alone: the words beside the segments say it.
    expect(part(el, 'milestones').textContent).to.equal('2 of 4 milestones completed');
    const fills = segments.map((s) => getComputedStyle(s).fill);
    expect(fills[0]).to.not.equal(fills[2]);
    await expect(el).to.be.accessible();

    el.segments = [
      { state: 'completed', weight: 3 },
      { state: 'upcoming', weight: 1 },
    ];
    el.lang = 'es';
    await el.updateComplete;
    expect(parts(el, 'segment').map((s) => s.getAttribute('width'))).to.deep.equal(['75%', '25%']);
    expect(part(el, 'milestones').textContent).to.equal('1 de 2 hitos cumplidos');
  });

  it('a percentage bar agrees with its number, whatever the milestones (CL0081: 30 %, 0 of 4 done)', async () => {
    const el = await fixture<OgpProgressBar>(
      html`<ogp-progress-bar lang="es" value="30" segments="unreported, unreported, unreported, due-soon"></ogp-progress-bar>`,
    );
    // The bar is the percentage: its fill is 30 % of its track, beside "30 %".
    const track = part(el, 'track').getBoundingClientRect();
    expect(part(el, 'fill').getBoundingClientRect().width / track.width).to.be.closeTo(0.3, 0.01);
    expect(part(el, 'value').textContent).to.match(/^30\s%$/);
    expect(bar(el).getAttribute('aria-valuetext')).to.match(/^30\s%$/);
    // The milestones are not in that bar, nor beside the number: a row of their own, in words.
    expect(part(el, 'track').querySelector('[part~="segment"]')).to.equal(null);
    expect(part(el, 'base').contains(part(el, 'segments'))).to.equal(false);
    expect(part(el, 'milestones').textContent).to.equal('0 de 4 hitos cumplidos');
    expect(part(el, 'segments').getBoundingClientRect().top).to.be.above(track.bottom);
    await expect(el).to.be.accessible();

    // Unknown progress stays hatched and says so; the milestones still have their row.
    el.value = undefined;
    await el.updateComplete;
    expect(part(el, 'value').textContent).to.equal('Sin datos');
    expect(getComputedStyle(part(el, 'track')).backgroundImage).to.contain('repeating-linear-gradient');
    expect(parts(el, 'segment').length).to.equal(4);
  });

  it('colours the fill by status', async () => {
    const el = await fixture<OgpProgressBar>(html`<ogp-progress-bar value="60" status="completed"></ogp-progress-bar>`);
    const completed = getComputedStyle(part(el, 'fill')).fill;
    el.status = 'delayed';
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'fill')).fill).to.not.equal(completed);
    el.style.setProperty('--ogp-progress-fill-color', 'rgb(1, 2, 3)');
    expect(getComputedStyle(part(el, 'fill')).fill).to.equal('rgb(1, 2, 3)');
  });
});
