/**
 * What every element owes the page it is embedded in: it looks at home (font, colours, dark
 * schemes, tokens set on any ancestor), respects the reader's settings (reduced motion, forced
 * colours, print), never turns feed text into markup or feed links into script, and a second
 * copy of the code on the page does not throw.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/define-all.js';
import type { OgpCommitment } from '../src/commitment/commitment.js';
import type { OgpStatusBadge } from '../src/status-badge/status-badge.js';
import type { OgpLoadEvent } from '../src/shared/events/ogp-load.js';
import { part, parts, visibleText } from './helpers/dom.js';
import { emulateForcedColors } from './helpers/forced-colors.js';
import { startFeedServer } from './helpers/feed-server.js';
import { buildMilestone, buildUpdate, cl0069, feedWith, NOW } from './helpers/feeds.js';

describe('on the host page', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', media: 'screen' });
    await emulateForcedColors(false);
  });

  it("inherits the page's font and text colour", async () => {
    const wrapper = await fixture(html`<div style="font-family: Georgia, serif; color: rgb(10, 60, 20)">
      <ogp-commitment lang="en" .commitment=${cl0069()} .now=${NOW}></ogp-commitment>
    </div>`);
    await wrapper.querySelector('ogp-commitment')!.updateComplete;
    const title = part(wrapper.querySelector('ogp-commitment')!, 'title');
    expect(getComputedStyle(title).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(title).color).to.equal('rgb(10, 60, 20)');
  });

  it('takes --ogp-* tokens from any ancestor', async () => {
    const wrapper = await fixture(html`<div style="--ogp-color-completed: rgb(0, 0, 255); --ogp-font-family: monospace">
      <ogp-status-badge status="completed"></ogp-status-badge>
    </div>`);
    const badge = wrapper.querySelector<OgpStatusBadge>('ogp-status-badge')!;
    expect(getComputedStyle(part(badge, 'base')).borderTopColor).to.equal('rgb(0, 0, 255)');
    expect(getComputedStyle(part(badge, 'label')).fontFamily).to.equal('monospace');
  });

  it('follows a dark colour scheme the page declares, and stays light when it declares none', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const light = await fixture<OgpStatusBadge>(html`<ogp-status-badge status="in-progress"></ogp-status-badge>`);
    const dark = (
      await fixture(
        html`<div style="color-scheme: light dark"><ogp-status-badge status="in-progress"></ogp-status-badge></div>`,
      )
    ).firstElementChild as OgpStatusBadge;
    const colour = (el: OgpStatusBadge) => getComputedStyle(part(el, 'base')).borderTopColor;
    expect(colour(light)).to.equal('rgb(9, 105, 218)');
    expect(colour(dark)).to.equal('rgb(68, 147, 248)');
  });

  it('uses system colours in forced-colours mode, and keeps shapes and words', async () => {
    await emulateForcedColors(true);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await fixture<OgpStatusBadge>(html`<ogp-status-badge lang="en" status="delayed"></ogp-status-badge>`);
    expect(part(el, 'icon').dataset.shape).to.equal('triangle');
    expect(part(el, 'label').textContent).to.equal('Delayed');
    const canvasText = getComputedStyle(document.body).color;
    expect(getComputedStyle(part(el, 'base')).borderTopColor).to.equal(canvasText);
  });

  it('does not animate the skeleton when the reader asks for reduced motion', async () => {
    const server = await startFeedServer();
    try {
      await server.reply({ hang: true });
      const el = await fixture<OgpCommitment>(
        html`<ogp-commitment src=${server.url} commitment="CL0069"></ogp-commitment>`,
      );
      const skeleton = part(el, 'skeleton');
      expect(getComputedStyle(skeleton).animationName).to.equal('ogp-shimmer');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(skeleton).animationName).to.equal('none');
      el.remove();
    } finally {
      await server.close();
    }
  });

  it('prints the details and leaves out the buttons', async () => {
    const el = await fixture<OgpCommitment>(
      html`<ogp-commitment lang="en" .commitment=${cl0069()} .now=${NOW}></ogp-commitment>`,
    );
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(part(el, 'toggle')).display).to.equal('none');
    expect(getComputedStyle(part(el, 'details')).display).to.equal('block');
  });

  it('shows markup from the feed as text and follows only http(s) and mailto links', async () => {
    const hostile = cl0069({
      title: '<img src=x onerror="window.__pwned=1">Título',
      url: 'javascript:window.__pwned=1',
      milestones: [
        buildMilestone({
          title: '<script>window.__pwned=1</script>',
          due: '2021-08',
          evidence: [
            { url: 'data:text/html,<script>1</script>', title: 'data' },
            { url: 'mailto:mesa@example.org', title: 'correo' },
          ],
        }),
      ],
      updates: [
        buildUpdate({
          text: '<b onmouseover=alert(1)>x</b>',
          evidence: [{ url: 'https://www.gob.cl/', title: 'gob' }],
        }),
      ],
    });
    const el = await fixture<OgpCommitment>(
      html`<ogp-commitment lang="es" expanded .commitment=${hostile} .now=${NOW}></ogp-commitment>`,
    );
    const timeline = el.shadowRoot!.querySelector('ogp-timeline')!;
    await timeline.updateComplete;
    expect(part(el, 'title').textContent!.trim()).to.equal('<img src=x onerror="window.__pwned=1">Título');
    expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    expect(timeline.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    expect(part(el, 'title').querySelector('a')).to.equal(null);
    const links = parts(timeline, 'evidence').flatMap((list) => [...list.querySelectorAll('a')].map((a) => a.href));
    expect(links).to.deep.equal(['mailto:mesa@example.org', 'https://www.gob.cl/']);
    expect(visibleText(timeline)).to.contain('data');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('a second copy of the code on the page does not throw, and the elements keep working', async () => {
    const again = (path: string) => import(/* @vite-ignore */ `${path}?second-copy`);
    await again('../src/define-all.ts');
    await again('../src/plan/define.ts');
    const el = await fixture<OgpCommitment>(
      html`<ogp-commitment lang="en" .commitment=${cl0069()} .now=${NOW}></ogp-commitment>`,
    );
    expect(part(el, 'eyebrow').textContent).to.equal('Commitment 9 · CL0069');
  });

  it('types its events for addEventListener', async () => {
    const feed = feedWith([cl0069()]);
    let id = '';
    const listener = (event: OgpLoadEvent) => {
      id = (event.detail.data as { id: string }).id;
    };
    document.addEventListener('ogp-load', listener);
    try {
      await fixture(html`<ogp-commitment .feed=${feed} commitment="CL0069"></ogp-commitment>`);
      expect(id).to.equal('CL0069');
    } finally {
      document.removeEventListener('ogp-load', listener);
    }
  });
});
