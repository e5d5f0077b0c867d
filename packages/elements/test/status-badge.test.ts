import { expect, fixture, html } from '@open-wc/testing';
import '../src/status-badge/define.js';
import type { OgpStatusBadge } from '../src/status-badge/status-badge.js';
import { part } from './helpers/dom.js';

describe('<ogp-status-badge>', () => {
  it('says a commitment status in words, with a shape, in English and Spanish', async () => {
    const el = await fixture<OgpStatusBadge>(
      html`<ogp-status-badge status="in-progress" lang="en"></ogp-status-badge>`,
    );
    expect(part(el, 'label').textContent).to.equal('In progress');
    expect(part(el, 'icon').dataset.shape).to.equal('half');
    await expect(el).to.be.accessible();
    el.lang = 'es';
    await el.updateComplete;
    expect(part(el, 'label').textContent).to.equal('En curso');
    await expect(el).to.be.accessible();
  });

  it('takes the status as a property and reads other vocabularies by kind', async () => {
    const el = await fixture<OgpStatusBadge>(html`<ogp-status-badge lang="es"></ogp-status-badge>`);
    expect(part(el, 'label').textContent).to.equal('Sin información');
    expect(part(el, 'icon').dataset.shape).to.equal('unknown');
    el.kind = 'milestone';
    el.status = 'overdue';
    await el.updateComplete;
    expect(part(el, 'label').textContent).to.equal('Vencido');
    expect(part(el, 'icon').dataset.shape).to.equal('triangle');
    el.kind = 'agreement';
    el.status = 'done';
    await el.updateComplete;
    expect(part(el, 'label').textContent).to.equal('Cumplido');
    expect(part(el, 'icon').dataset.shape).to.equal('check');
    el.kind = 'phase';
    el.status = 'planned';
    await el.updateComplete;
    expect(part(el, 'label').textContent).to.equal('Planificada');
  });

  it('shows a status it does not know as unknown rather than nothing', async () => {
    const el = await fixture<OgpStatusBadge>(
      html`<ogp-status-badge status="<img src=x>" lang="en"></ogp-status-badge>`,
    );
    expect(part(el, 'label').textContent).to.equal('No information');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('never uses colour alone: each status has its own shape and words', async () => {
    const statuses = ['not-started', 'in-progress', 'delayed', 'completed', 'withdrawn', 'unknown'];
    const seen = new Set<string>();
    for (const status of statuses) {
      const el = await fixture<OgpStatusBadge>(html`<ogp-status-badge status=${status} lang="en"></ogp-status-badge>`);
      seen.add(`${part(el, 'icon').dataset.shape}|${part(el, 'label').textContent}`);
      await expect(el).to.be.accessible();
    }
    expect(seen.size).to.equal(statuses.length);
  });
});
