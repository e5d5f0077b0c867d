/**
 * Every element, in every state, on pt-BR, pt-PT, fr and fr-CA pages: no sentence of the
 * library's own in another language (Spanish, English, or the other of Portuguese and French)
 * in the rendered shadow DOM or its ARIA, and axe finds no violation. Text from the feed in
 * another language is marked with its own `lang` (WCAG 3.1.2) and is not the library's: it is
 * left out of the check.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define-all.js';
import en from '../src/i18n/en.js';
import es from '../src/i18n/es.js';
import fr from '../src/i18n/fr.js';
import pt from '../src/i18n/pt.js';
import type { Strings } from '../src/i18n/strings.js';
import type { OgpDataElement } from '../src/shared/data-element.js';
import { until } from './helpers/dom.js';
import {
  buildAgreement,
  buildCommitment,
  buildForum,
  buildIndicator,
  buildMeeting,
  buildPlan,
  cl0069,
  feedWith,
  NOW,
} from './helpers/feeds.js';
import { startFeedServer } from './helpers/feed-server.js';
import type { TestFeedServer } from './helpers/feed-server.js';

const SAMPLE = '/examples/feeds/chile.json';
const TABLES: Record<string, Strings> = { en, es, pt, fr };
const MARK = '\u0001';

/** The fixed parts of every sentence of a table: text, plural forms, and what functions add around their arguments. */
function fragments(table: Strings): Set<string> {
  const found = new Set<string>();
  const add = (text: string) => {
    for (const piece of text.split(new RegExp(`${MARK}|\\{count\\}`))) {
      const trimmed = piece.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
      if (trimmed.length >= 3 && /\p{L}/u.test(trimmed)) found.add(trimmed);
    }
  };
  const walk = (value: unknown): void => {
    if (typeof value === 'string') add(value);
    else if (typeof value === 'function') {
      add(String((value as (...args: string[]) => string)(...Array.from({ length: value.length }, () => MARK))));
    } else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(table);
  return found;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether `piece` is in `text` as whole words (not "por" inside "porte"). */
const holds = (text: string, piece: string) => new RegExp(`(^|[^\\p{L}])${escape(piece)}($|[^\\p{L}])`, 'u').test(text);

/**
 * Sentences of the other tables that the page's own table does not also use, even as words of a
 * longer sentence: Portuguese writes "Prazo vencido" where Spanish writes "Vencido", and the
 * word is Portuguese too.
 */
function foreignTo(lang: string): Map<string, string> {
  const own = [...fragments(TABLES[lang]!)];
  const foreign = new Map<string, string>();
  for (const [other, table] of Object.entries(TABLES)) {
    if (other === lang) continue;
    for (const piece of fragments(table)) {
      if (!foreign.has(piece) && !own.some((mine) => holds(mine, piece))) foreign.set(piece, other);
    }
  }
  return foreign;
}

const ARIA_TEXT = [
  'aria-label',
  'aria-valuetext',
  'aria-description',
  'aria-roledescription',
  'title',
  'alt',
  'placeholder',
  'data-label',
];

/** What a reader sees or hears of the library's own words: text and ARIA, through nested shadow roots, leaving out text marked as another language. */
function spoken(root: Element | ShadowRoot, primary: string, out: string[] = []): string[] {
  for (const node of root.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.textContent!.trim()) out.push(node.textContent!);
    } else if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang && lang.split('-')[0]!.toLowerCase() !== primary) continue;
      for (const name of ARIA_TEXT) {
        const value = node.getAttribute(name);
        if (value) out.push(value);
      }
      spoken(node, primary, out);
      if (node.shadowRoot) spoken(node.shadowRoot, primary, out);
    }
  }
  return out;
}

function otherLanguageIn(el: Element, locale: string): string[] {
  const primary = locale.split('-')[0]!;
  const foreign = foreignTo(primary);
  const said = spoken(el.shadowRoot!, primary);
  const problems: string[] = [];
  for (const text of said) {
    for (const [piece, lang] of foreign)
      if (holds(text, piece)) problems.push(`${lang} "${piece}" in "${text.trim()}"`);
  }
  return problems;
}

const shows = (el: Element, selector: string) => () => !!el.shadowRoot?.querySelector(selector);

interface State {
  name: string;
  render: (server: TestFeedServer) => TemplateResult;
  /** A selector that is there once the state shows. */
  ready: string;
  /** Something to do once it shows (expand, filter...), then wait for `after`. */
  then?: (el: HTMLElement) => void | Promise<void>;
}

const noMilestones = buildCommitment({ id: 'E1', milestones: [], updates: [] });
const emptyForum = buildForum({ meetings: [buildMeeting({ id: 'm1', date: '2022-03-28', agreements: [] })] });
const openForum = buildForum({
  meetings: [
    buildMeeting({
      id: 'm1',
      date: '2022-03-28',
      agreements: [
        // Feed text in Spanish, marked as such: what the check leaves out.
        buildAgreement({ id: 'a1', due: 'asap', text: { es: 'Enviar por correo la Hoja de Ruta' } }),
        buildAgreement({ id: 'a2', due: '2022-03-10', text: { es: 'Enviar cronograma por correo' } }),
        buildAgreement({ id: 'a3', status: 'done', text: { es: 'Preparar términos de referencia' } }),
        buildAgreement({ id: 'a4', due: undefined, text: { es: 'Acuerdo sin plazo' } }),
      ],
    }),
  ],
});
const noMeasurements = buildIndicator({ id: 'i0', measurements: [] });

const STATES: State[] = [
  {
    name: 'commitment card (sample)',
    render: () => html`<ogp-commitment src=${SAMPLE} commitment="CL0069" .now=${NOW}></ogp-commitment>`,
    ready: '[part~=card]',
  },
  {
    name: 'commitment full, with the IRM, indicators and timeline (sample)',
    render: () => html`<ogp-commitment src=${SAMPLE} commitment="CL0081" variant="full" .now=${NOW}></ogp-commitment>`,
    ready: '[part~=card]',
  },
  {
    name: 'commitment expanded',
    render: () =>
      html`<ogp-commitment .commitment=${cl0069()} .feed=${feedWith([cl0069()])} expanded .now=${NOW}></ogp-commitment>`,
    ready: '[part~=details]',
  },
  {
    name: 'commitment compact',
    render: () => html`<ogp-commitment .commitment=${cl0069()} variant="compact" .now=${NOW}></ogp-commitment>`,
    ready: '[part~=compact]',
  },
  {
    name: 'commitment without milestones',
    render: () => html`<ogp-commitment .commitment=${noMilestones} variant="full" .now=${NOW}></ogp-commitment>`,
    ready: '[part~=card]',
  },
  {
    name: 'commitment not in the feed',
    render: () => html`<ogp-commitment .feed=${feedWith([cl0069()])} commitment="XX9"></ogp-commitment>`,
    ready: '[part~=error]',
  },
  {
    name: 'commitment loading',
    render: (server) => html`<ogp-commitment src=${server.url} commitment="CL0069"></ogp-commitment>`,
    ready: '[part~=skeleton] .vh',
  },
  {
    name: 'plan (sample), with pager',
    render: () => html`<ogp-plan src=${SAMPLE} plan="AP_CHL05" page-size="2" .now=${NOW}></ogp-plan>`,
    ready: '[part~=pager]',
  },
  {
    name: 'plan compact cards',
    render: () =>
      html`<ogp-plan src=${SAMPLE} plan="AP_CHL05" card-variant="compact" page-size="5" .now=${NOW}></ogp-plan>`,
    ready: '[part~=list]',
  },
  {
    name: 'plan with no match',
    render: () => html`<ogp-plan src=${SAMPLE} plan="AP_CHL05" query="zzzzzz" .now=${NOW}></ogp-plan>`,
    ready: '[part~=clear]',
  },
  {
    name: 'plan empty',
    render: () => html`<ogp-plan .feed=${feedWith([])} .plan=${buildPlan({ commitments: [] })} .now=${NOW}></ogp-plan>`,
    ready: '[part~=empty]',
  },
  {
    name: 'timeline (sample)',
    render: () => html`<ogp-timeline src=${SAMPLE} commitment="CL0069" .now=${NOW}></ogp-timeline>`,
    ready: '[part~=item]',
  },
  {
    name: 'timeline of a plan (sample)',
    render: () => html`<ogp-timeline src=${SAMPLE} plan=${'AP_CHL05'} .now=${NOW}></ogp-timeline>`,
    ready: '[part~=item], [part~=empty], [part~=error]',
  },
  {
    name: 'timeline empty',
    render: () => html`<ogp-timeline .commitment=${noMilestones} .now=${NOW}></ogp-timeline>`,
    ready: '[part~=empty]',
  },
  {
    name: 'indicator (sample)',
    render: () => html`<ogp-indicator src=${SAMPLE} commitment="CL0081"></ogp-indicator>`,
    ready: 'figure, [part~=name]',
  },
  {
    name: 'indicator without measurements',
    render: () => html`<ogp-indicator .indicator=${noMeasurements}></ogp-indicator>`,
    ready: '[part~=empty]',
  },
  {
    name: 'agreements (sample)',
    render: () => html`<ogp-agreements src=${SAMPLE} now="2022-04-01"></ogp-agreements>`,
    ready: '[part~=summary]',
  },
  {
    name: 'agreements due, overdue, done, undated',
    render: () => html`<ogp-agreements .forum=${openForum} now="2022-04-01"></ogp-agreements>`,
    ready: 'tbody tr',
  },
  {
    name: 'agreements: none recorded',
    render: () => html`<ogp-agreements .forum=${emptyForum} now="2022-04-01"></ogp-agreements>`,
    ready: '[part~=empty], [part~=summary]',
  },
  {
    name: 'agreements: none open',
    render: () => html`<ogp-agreements .forum=${openForum} open-only now="2030-01-01"></ogp-agreements>`,
    ready: '[part~=summary], [part~=empty]',
  },
  {
    name: 'progress bar, known and unknown, with milestones',
    render: () =>
      html`<ogp-progress-bar value="45" .segments=${[{ state: 'completed' }, { state: 'overdue' }]}></ogp-progress-bar>`,
    ready: '[part~=value]',
  },
  { name: 'progress bar unknown', render: () => html`<ogp-progress-bar></ogp-progress-bar>`, ready: '[part~=value]' },
];

const BADGES: [string, string][] = [
  ['commitment', 'not-started'],
  ['commitment', 'in-progress'],
  ['commitment', 'delayed'],
  ['commitment', 'completed'],
  ['commitment', 'withdrawn'],
  ['commitment', 'unknown'],
  ['milestone', 'overdue'],
  ['milestone', 'unreported'],
  ['milestone', 'due-soon'],
  ['milestone', 'upcoming'],
  ['milestone', 'undated'],
  ['milestone', 'cancelled'],
  ['agreement', 'pending'],
  ['agreement', 'done'],
  ['phase', 'planned'],
  ['phase', 'completed'],
];

for (const locale of ['pt-BR', 'pt-PT', 'fr', 'fr-CA']) {
  describe(`every element in every state on a ${locale} page`, () => {
    let server: TestFeedServer;
    before(async () => {
      server = await startFeedServer();
      await server.reply({ hang: true });
    });
    after(() => server.close());

    for (const state of STATES) {
      it(`${state.name}: only ${locale}'s words, and no axe violation`, async () => {
        const wrapper = await fixture(html`<div lang=${locale}>${state.render(server)}</div>`);
        const el = wrapper.firstElementChild as OgpDataElement<unknown>;
        await until(shows(el, state.ready), `${state.name} shown`);
        await el.updateComplete;
        expect(otherLanguageIn(el, locale)).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }

    it('status badges of every vocabulary: only its words', async () => {
      const wrapper = await fixture(
        html`<div lang=${locale}>${BADGES.map(([kind, status]) => html`<ogp-status-badge kind=${kind} status=${status}></ogp-status-badge>`)}</div>`,
      );
      const badges = [...wrapper.children] as HTMLElement[];
      await Promise.all(
        badges.map((badge) => (badge as unknown as { updateComplete: Promise<unknown> }).updateComplete),
      );
      for (const badge of badges) {
        expect(badge.shadowRoot!.textContent!.trim()).to.not.equal('');
        expect(otherLanguageIn(badge, locale)).to.deep.equal([]);
      }
      await expect(wrapper).to.be.accessible();
    });

    it('stale data after a failed refresh: only its words', async () => {
      const live = await startFeedServer();
      try {
        await live.reply({ body: feedWith([cl0069()]), etag: '"v1"' });
        const wrapper = await fixture(
          html`<div lang=${locale}><ogp-commitment src=${live.url} commitment="CL0069" refresh="1" .now=${NOW}></ogp-commitment></div>`,
        );
        const el = wrapper.firstElementChild as HTMLElement;
        await until(shows(el, '[part~=card]'), 'card');
        await live.reply({ status: 503, body: 'down' });
        await until(shows(el, '[part~=footer] [part~=error]'), 'stale notice', 6000);
        expect(otherLanguageIn(el, locale)).to.deep.equal([]);
        await expect(el).to.be.accessible();
      } finally {
        await live.close();
      }
    });
  });
}

describe('the check itself', () => {
  it('finds a sentence of another language in the shadow DOM or in ARIA', async () => {
    const el = await fixture(html`<ogp-progress-bar lang="en"></ogp-progress-bar>`);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    // An English bar read as if the page were Portuguese: its English words are found.
    const problems = otherLanguageIn(el, 'pt-BR');
    expect(problems.some((p) => p.includes('"Unknown"'))).to.equal(true);
    expect(problems.some((p) => p.includes('"Progress unknown"'))).to.equal(true);
  });
});
