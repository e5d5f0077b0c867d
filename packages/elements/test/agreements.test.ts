import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/agreements/define.js';
import type { OgpAgreements } from '../src/agreements/agreements.js';
import type { OgpErrorEvent } from '../src/shared/events/ogp-error.js';
import { nextEvent, part, parts, until, visibleText } from './helpers/dom.js';
import { buildAgreement, buildFeed, buildForum, buildMeeting } from './helpers/feeds.js';
import { startFeedServer } from './helpers/feed-server.js';

const SAMPLE = '/examples/feeds/chile.json';
const APRIL = new Date('2022-04-20T12:00:00Z');
const rows = (el: OgpAgreements) => [...el.shadowRoot!.querySelectorAll('tbody tr')] as HTMLTableRowElement[];

function forum() {
  return buildForum({
    meetings: [
      buildMeeting({
        id: 'm1',
        date: '2022-03-28',
        place: 'Teatinos 92, Santiago',
        minutesUrl: 'https://www.gobiernoabierto.gob.cl/acta.pdf',
        agreements: [
          buildAgreement({ id: 'a1' }),
          buildAgreement({ id: 'a2', text: 'Enviar cronograma del 6° Plan de Acción', due: '2022-04-10' }),
          buildAgreement({ id: 'a3', text: 'Preparar términos de referencia', due: '2022-04', status: 'done' }),
        ],
      }),
      buildMeeting({
        id: 'm0',
        date: '2022-01-10',
        agreements: [buildAgreement({ id: 'a0', text: 'Acuerdo anterior', due: '2022-12' })],
        minutesUrl: undefined,
      }),
    ],
  });
}

describe('<ogp-agreements>', () => {
  it('lists the real roundtable\'s agreements from the sample feed, "a la brevedad" marked', async () => {
    const loaded = nextEvent(document, 'ogp-load');
    const el = await fixture<OgpAgreements>(
      html`<ogp-agreements lang="es" src=${SAMPLE} now="2022-04-01"></ogp-agreements>`,
    );
    await loaded;
    await el.updateComplete;
    expect(visibleText(part(el, 'title'))).to.equal('Mesa de Gobierno Abierto: Acuerdos');
    expect(part(el, 'summary').textContent).to.equal('4 acuerdos pendientes');
    expect(rows(el).length).to.equal(4);
    expect(visibleText(rows(el)[0]!)).to.equal(
      'Enviar por correo electrónico insumos para la Hoja de Ruta Comisión de Integridad Pública y Transparencia A la brevedad Pendiente',
    );
    expect(parts(el, 'asap').length).to.equal(4);
    expect(visibleText(part(el, 'meeting-title'))).to.equal(
      'Reunión del 28 de marzo de 2022 · Edificio Bicentenario. Teatinos 92, Santiago',
    );
    await expect(el).to.be.accessible();
  });

  it('marks overdue agreements in words, newest meeting first (property, English)', async () => {
    const el = await fixture<OgpAgreements>(
      html`<ogp-agreements lang="en" .forum=${forum()} .now=${APRIL}></ogp-agreements>`,
    );
    expect(part(el, 'summary').textContent).to.equal('3 open agreements, 1 overdue');
    const [asap, overdue, done, older] = rows(el);
    expect(visibleText(asap!)).to.contain('As soon as possible Pending');
    expect(overdue!.dataset.status).to.equal('overdue');
    expect(visibleText(overdue!)).to.equal(
      'Enviar cronograma del 6° Plan de Acción Comisión de Integridad Pública y Transparencia April 10, 2022 Overdue Pending',
    );
    expect(visibleText(done!)).to.contain('April 2022 Done');
    expect(visibleText(older!)).to.contain('Acuerdo anterior');
    expect(parts(el, 'meeting-title').map((h) => h.getAttribute('aria-level'))).to.deep.equal(['3', '3']);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a')!;
    expect(link.href).to.equal('https://www.gobiernoabierto.gob.cl/acta.pdf');
    await expect(el).to.be.accessible();
  });

  it('shows only open agreements with a switch that works by keyboard', async () => {
    const el = await fixture<OgpAgreements>(
      html`<ogp-agreements lang="en" .forum=${forum()} .now=${APRIL}></ogp-agreements>`,
    );
    const box = part(el, 'filter').querySelector('input')!;
    box.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.openOnly).to.equal(true);
    expect(rows(el).map((r) => visibleText(r.cells[0]!))).to.not.include('Preparar términos de referencia');
    expect(rows(el).length).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('one meeting only, by id or date; a javascript: minutes link is not a link', async () => {
    const data = forum();
    data.meetings[0]!.minutesUrl = 'javascript:alert(1)';
    const el = await fixture<OgpAgreements>(
      html`<ogp-agreements lang="en" meeting="2022-03-28" .forum=${data} .now=${APRIL}></ogp-agreements>`,
    );
    expect(parts(el, 'meeting').length).to.equal(1);
    expect(rows(el).length).to.equal(3);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
  });

  it('stacks rows with labels in a narrow container', async () => {
    const wrapper = await fixture(
      html`<div style="width: 300px"><ogp-agreements lang="en" .forum=${forum()} .now=${APRIL}></ogp-agreements></div>`,
    );
    const el = wrapper.querySelector('ogp-agreements')!;
    await el.updateComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('thead')!).display).to.equal('none');
    const cell = rows(el)[0]!.cells[1]!;
    expect(getComputedStyle(cell).display).to.equal('block');
    expect(getComputedStyle(cell, '::before').content).to.equal('"Responsible: "');
    await expect(el).to.be.accessible();
  });

  it('empty forum, unknown forum', async () => {
    const empty = await fixture<OgpAgreements>(
      html`<ogp-agreements lang="es" .forum=${buildForum()}></ogp-agreements>`,
    );
    expect(part(empty, 'empty').textContent).to.equal('No hay acuerdos registrados.');
    await expect(empty).to.be.accessible();
    const errored = nextEvent<OgpErrorEvent>(document, 'ogp-error');
    const el = await fixture<OgpAgreements>(
      html`<ogp-agreements lang="es" src=${SAMPLE} forum="otra-mesa"></ogp-agreements>`,
    );
    expect((await errored).detail.error.message).to.equal('Forum otra-mesa is not in this feed');
    await el.updateComplete;
    expect(part(el, 'error').textContent).to.equal('otra-mesa no figura en estos datos.');
    await expect(el).to.be.accessible();
  });

  it('loading, then live: an agreement done between polls', async () => {
    const server = await startFeedServer();
    try {
      const data = forum();
      await server.replyOnce({ body: buildFeed({ forums: [data] }), delay: 400 });
      data.meetings[0]!.agreements[1]!.status = 'done';
      await server.reply({ body: buildFeed({ forums: [structuredClone(data)] }) });
      const el = await fixture<OgpAgreements>(
        html`<ogp-agreements lang="en" src=${server.url} forum="mesa-ga" refresh="1" .now=${APRIL}></ogp-agreements>`,
      );
      expect(part(el, 'skeleton').getAttribute('aria-busy')).to.equal('true');
      await until(() => !!el.shadowRoot!.querySelector('[part~="summary"]'), 'agreements shown');
      expect(part(el, 'summary').textContent).to.equal('3 open agreements, 1 overdue');
      await nextEvent(el, 'ogp-change', 4000);
      await el.updateComplete;
      expect(part(el, 'summary').textContent).to.equal('2 open agreements');
    } finally {
      await server.close();
    }
  });
});
