/**
 * The baseline of the render benchmark: the same markup `<ogp-plan>` and `<ogp-progress-bar>`
 * render (the same shadow roots, the same stylesheets, the same text, computed with the same
 * SDK functions and words), built without a framework: `<template>` clones filled through
 * `textContent` and `setAttribute`. `composedText()` lets the benchmark check that both sides
 * show the same thing, so the baseline cannot win by doing less.
 */
import {
  bestKnown,
  commitmentProgress,
  commitmentStatus,
  endedOn,
  findCommitment,
  findInstitution,
  formatPartialDate,
  formatPercent,
  isCommitmentOverdue,
  milestoneState,
  nextMilestone,
  OGP_VALUES,
  summarizeVerdicts,
  VERDICT_KEYS,
  verdictLabel,
} from '@ogp-embed/sdk';
import { byNumberOrder } from '@ogp-embed/sdk/internal';
import type {
  ActionPlan,
  BestKnown,
  Commitment,
  Feed,
  IrmVerdict,
  LabelKind,
  Labels,
  LabelValues,
  VerdictKey,
} from '@ogp-embed/sdk';
import type { CSSResultOrNative, SVGTemplateResult } from 'lit';
import { feedText } from '../../src/shared/feed-text.js';
import type { FeedText } from '../../src/shared/feed-text.js';
import { safeHref } from '../../src/shared/safe-url.js';
import { illustrative } from '../../src/shared/templates.js';
import { verdictTone } from '../../src/shared/verdict.js';
import { OgpCommitment } from '../../src/commitment/commitment.js';
import { OgpPlan, SORTS } from '../../src/plan/plan.js';
import { OgpProgressBar } from '../../src/progress-bar/progress-bar.js';
import type { ProgressSegment } from '../../src/progress-bar/progress-bar.js';
import en from '../../src/i18n/en.js';
import es from '../../src/i18n/es.js';
import { count } from '../../src/i18n/plural.js';
import type { Strings } from '../../src/i18n/strings.js';
import { OgpStatusBadge, VOCABULARIES } from '../../src/status-badge/status-badge.js';
import { SHAPES, shapeOf } from '../../src/shared/status-icon.js';

/** The words the elements speak for `lang` (the benchmark's pages are Spanish or English). */
const words = (lang: string): Strings => (lang.startsWith('es') ? es : en);

/** A value of the feed's vocabularies in words; one the words do not know, as it is (`OgpElement.labelOf`). */
function labelOf<K extends LabelKind>(labels: Labels, kind: K, value: LabelValues[K]): string {
  const known: Readonly<Record<string, string>> = labels[kind];
  return Object.hasOwn(known, value) ? known[value]! : String(value);
}

/** An institution's name, its id when the feed has none (`OgpDataElement.nameOf`). */
function nameOf(feed: Feed | undefined, id: string, lang: string): FeedText {
  const institution = feed && findInstitution(feed, id);
  const name = institution && feedText(institution.name, lang, feed.defaultLanguage);
  return name?.text ? name : { text: id };
}

const sheets = (styles: CSSResultOrNative[]) =>
  styles.map((s) => (s instanceof CSSStyleSheet ? s : (s as { styleSheet: CSSStyleSheet }).styleSheet));

function template(html: string): HTMLTemplateElement {
  const t = document.createElement('template');
  t.innerHTML = html;
  return t;
}

const clone = <T extends Element>(t: HTMLTemplateElement) => t.content.firstElementChild!.cloneNode(true) as T;

const PROGRESS = template(
  '<div part="base" role="progressbar" aria-valuemin="0" aria-valuemax="100"><svg part="track" aria-hidden="true" preserveAspectRatio="none"></svg><span part="value" aria-hidden="true"></span></div>',
);
const MILESTONES = template(
  '<p part="milestones"><svg part="segments" aria-hidden="true" preserveAspectRatio="none"></svg></p>',
);
const BADGE = template('<span part="base"><span part="label"></span></span>');
const IRM_BADGE = template('<span part="irm-verdict"></span>');
const IRM_REPORT = template('<a part="irm-report"></a>');
const CARD = template(
  '<article part="card"><div part="header"><div><p part="eyebrow"></p><div part="title" role="heading"></div></div><div part="verdicts"></div></div><dl part="facts"></dl><button part="toggle" type="button" aria-expanded="false"></button><div part="details" hidden></div></article>',
);
const FACT = template('<div><dt></dt><dd></dd></div>');
const VALUES = template('<ul part="values"></ul>');
const VALUE = template('<li part="value"></li>');
const PLAN = template(
  '<section part="base"><div part="title" role="heading"></div><p part="period"></p><div part="summary"><p part="total"><strong></strong></p><svg part="chart" aria-hidden="true" preserveAspectRatio="none"></svg><ul part="legend"></ul><p part="sources"></p></div><form part="controls" role="search"><label><input name="query" type="search"></label></form><p part="results" role="status" tabindex="-1"></p><ul part="list"></ul></section>',
);
const AVERAGE = template('<p class="muted"></p>');
const LEGEND_ITEM = template('<li></li>');
const PAGER = template(
  '<nav part="pager"><button type="button" disabled></button><span></span><button type="button"></button></nav>',
);
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A shape of shared/status-icon.ts as markup: its template's text, with the shapes it nests
 * (the ring) written in. The baseline builds from text what the element renders with Lit.
 */
function markup(shape: SVGTemplateResult): string {
  return shape.strings.reduce(
    (text, piece, i) => text + (i > 0 ? markup(shape.values[i - 1] as SVGTemplateResult) : '') + piece,
    '',
  );
}

/** One template per shape, made when first needed, as Lit keeps one per `svg` literal. */
const ICONS = new Map<string, HTMLTemplateElement>();

function statusIcon(status: string): SVGElement {
  const shape = shapeOf(status);
  let icon = ICONS.get(shape);
  if (!icon) {
    icon = template(
      `<svg class="icon" part="icon" viewBox="0 0 16 16" aria-hidden="true" data-shape="${shape}">${markup(SHAPES[shape]!)}</svg>`,
    );
    ICONS.set(shape, icon);
  }
  return clone(icon);
}

let ids = 0;

/** One shadow host with the element's own stylesheets. */
function host(tag: string, styles: CSSResultOrNative[]): { host: HTMLElement; root: ShadowRoot } {
  const el = document.createElement(tag);
  const root = el.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets(styles);
  return { host: el, root };
}

/** Feed text in a span, marked with its language when it is not the reader's (templates.ts `inLang`). */
function inLang({ text, lang }: FeedText): HTMLSpanElement {
  const span = document.createElement('span');
  if (lang) span.lang = lang;
  span.textContent = text;
  return span;
}

/** Rectangles side by side, each as wide as its share (the progress bar's milestones row). */
function stackedRects(svg: Element, shares: Array<[status: string, percent: number]>, part?: string): void {
  let x = 0;
  for (const [status, width] of shares) {
    const rect = document.createElementNS(SVG_NS, 'rect');
    if (part) rect.setAttribute('part', part);
    rect.setAttribute('data-status', status);
    rect.setAttribute('x', `${x}%`);
    rect.setAttribute('width', `${width}%`);
    rect.setAttribute('height', '100%');
    svg.append(rect);
    x += width;
  }
}

/** Weights that are not positive numbers count as 1 (as the element's). */
const weightOf = ({ weight }: ProgressSegment) => (Number.isFinite(weight) && weight! > 0 ? weight! : 1);

export function rawProgressBar(
  value: number | undefined,
  status: string | undefined,
  lang: string,
  label?: string,
  segments?: ProgressSegment[],
): HTMLElement {
  const t = words(lang).progressBar;
  const { host: el, root } = host('raw-progress-bar', OgpProgressBar.elementStyles);
  if (status) el.setAttribute('status', status);
  if (label) el.setAttribute('label', label);
  const base = clone<HTMLElement>(PROGRESS);
  // Out of the default max of 100: the value, kept within 0–100.
  const percent = value === undefined || !Number.isFinite(value) ? undefined : Math.min(100, Math.max(0, value));
  const shown = percent === undefined ? t.unknown : formatPercent(percent, lang);
  const parts = segments?.length ? segments : undefined;
  if (percent === undefined) base.className = 'unknown';
  base.dataset.status = status || 'in-progress';
  base.setAttribute('aria-label', label || words(lang).shared.progress);
  if (percent !== undefined) base.setAttribute('aria-valuenow', String(Math.round(percent)));
  base.setAttribute('aria-valuetext', percent === undefined ? t.unknownText : shown);
  if (percent !== undefined) {
    const fill = document.createElementNS(SVG_NS, 'rect');
    fill.setAttribute('part', 'fill');
    fill.setAttribute('height', '100%');
    fill.setAttribute('width', `${percent}%`);
    base.firstElementChild!.append(fill);
  }
  if (parts) {
    // The milestones in a row of their own, as the element's.
    const row = clone<HTMLElement>(MILESTONES);
    const weights = parts.map(weightOf);
    const total = weights.reduce((sum, w) => sum + w, 0);
    stackedRects(
      row.firstElementChild!,
      parts.map((s, i) => [s.state, (weights[i]! / total) * 100]),
      'segment',
    );
    const done = parts.filter((s) => s.state === 'completed' || s.state === 'done').length;
    row.append(t.milestones(done, parts.length));
    root.append(row);
  }
  base.lastElementChild!.textContent = shown;
  root.prepend(base);
  return el;
}

/** `<ogp-status-badge>` as templates.ts `badge()` puts it: its words by kind, as the element finds them. */
function rawBadge(status: string, labels: Labels, kind: keyof typeof VOCABULARIES = 'commitment'): HTMLElement {
  const { host: el, root } = host('raw-status-badge', OgpStatusBadge.elementStyles);
  el.setAttribute('part', 'status');
  el.setAttribute('kind', kind);
  el.setAttribute('status', status);
  const base = clone<HTMLElement>(BADGE);
  base.dataset.status = status;
  base.prepend(statusIcon(status));
  const vocabulary = VOCABULARIES[kind].find((name) => Object.hasOwn(labels[name], status));
  base.lastElementChild!.textContent = vocabulary
    ? (labels[vocabulary] as Record<string, string>)[status]!
    : labels.commitmentStatus.unknown;
  root.append(base);
  return el;
}

/** The IRM's verdict, and its report when the feed links a safe one (verdict.ts `irmBadge`). */
function irmBadge(verdict: IrmVerdict, labels: Labels, reportText: string): Node[] {
  const tone = verdictTone(verdict);
  const badge = clone<HTMLElement>(IRM_BADGE);
  badge.dataset.status = tone;
  badge.append(statusIcon(tone), verdictLabel(verdict, labels));
  const href = safeHref(verdict.reportUrl);
  if (!href) return [badge];
  const report = clone<HTMLAnchorElement>(IRM_REPORT);
  report.href = href;
  report.textContent = reportText;
  return [badge, report];
}

/** The status badge, and the IRM's verdict beside it when they disagree or instead of it when the IRM alone rated. */
function verdictBadges({ verdict, disagreement }: BestKnown, labels: Labels, reportText: string): Node[] {
  if (verdict.source === 'irm') return irmBadge(verdict, labels, reportText);
  return [rawBadge(verdict.key, labels), ...(disagreement ? irmBadge(disagreement, labels, reportText) : [])];
}

/** One term and its value in a `<dl>` (templates.ts `fact`). */
function addFact(facts: Element, term: string, ...value: Array<Node | string>): void {
  const row = clone<HTMLElement>(FACT);
  row.firstElementChild!.textContent = term;
  row.lastElementChild!.append(...value);
  facts.append(row);
}

/** The facts of a card (`#renderFacts`): once it has ended, when and how instead of a next milestone. */
function addFacts(
  facts: Element,
  c: Commitment,
  known: BestKnown,
  feed: Feed | undefined,
  lang: string,
  now: Date,
): void {
  const w = words(lang);
  const t = w.commitment;
  const date = (d?: string) => formatPartialDate(d, lang);
  const ended = endedOn(c, now, feed && findCommitment(feed, c.id)?.plan);
  const next = ended ? undefined : nextMilestone(c, now);
  if (c.lead) addFact(facts, w.shared.lead, inLang(nameOf(feed, c.lead, lang)));
  if (c.start || c.end) addFact(facts, t.period, `${date(c.start) || '…'} – ${date(c.end) || '…'}`);
  if (c.values.length) {
    const list = clone<HTMLUListElement>(VALUES);
    for (const value of c.values) {
      const item = clone<HTMLLIElement>(VALUE);
      item.textContent = labelOf(w.labels, 'ogpValue', value);
      list.append(item);
    }
    addFact(facts, t.values, list);
  }
  if (next) {
    const title = inLang(feedText(next.title, lang, feed?.defaultLanguage));
    const due = next.due ? ` (${t.due(date(next.due))})` : '';
    const state = milestoneState(next, now);
    const overdue = state === 'overdue' || state === 'unreported' ? [rawBadge(state, w.labels, 'milestone')] : [];
    addFact(facts, t.next, title, due, ...overdue);
  }
  if (ended) addFact(facts, t.ended, t.endedWith(date(ended), verdictLabel(known.verdict, w.labels)));
  if (c.reported) addFact(facts, t.asOf, date(c.reported.asOf));
}

function rawCard(c: Commitment, feed: Feed | undefined, lang: string, now: Date, headingLevel: number): HTMLElement {
  const w = words(lang);
  const t = w.commitment;
  const uid = `raw${++ids}`;
  const { host: el, root } = host('raw-commitment', OgpCommitment.elementStyles);
  el.setAttribute('part', 'commitment');
  el.setAttribute('variant', 'card'); // reflected by the element
  const card = clone<HTMLElement>(CARD);
  const status = commitmentStatus(c, now);
  const known = bestKnown(c, now);
  card.dataset.status = verdictTone(known.verdict);
  card.setAttribute('aria-labelledby', `${uid}-title`);
  const [header, facts, toggle, details] = card.children as unknown as [
    HTMLElement,
    HTMLElement,
    HTMLElement,
    HTMLElement,
  ];
  const [heading, verdicts] = header.children as unknown as [HTMLElement, HTMLElement];
  const [eyebrow, title] = heading.children as unknown as [HTMLElement, HTMLElement];
  eyebrow.textContent = t.reference(c.number ?? '', c.id);
  title.setAttribute('aria-level', String(headingLevel));
  title.id = `${uid}-title`;
  const text = inLang(feedText(c.title, lang, feed?.defaultLanguage));
  const href = safeHref(c.url);
  if (href) {
    const link = document.createElement('a');
    link.href = href;
    link.append(text);
    title.append(link);
  } else title.append(text);
  verdicts.append(...verdictBadges(known, w.labels, t.irmReport));
  if (known.verdict.source === 'government') {
    const source = document.createElement('span');
    source.setAttribute('part', 'source');
    source.className = 'muted';
    source.textContent = t.byGovernment;
    verdicts.append(source);
  }
  const progress = commitmentProgress(c);
  const segments = c.milestones.map((m) => ({ state: milestoneState(m, now), weight: m.weight }));
  const bar = rawProgressBar(
    progress.kind === 'unknown' ? undefined : progress.percent,
    status,
    lang,
    undefined,
    segments,
  );
  bar.setAttribute('part', 'progress');
  facts.before(bar);
  if (illustrative(c.reported)) {
    const note = document.createElement('p');
    note.setAttribute('part', 'illustrative');
    note.textContent = t.illustrative;
    facts.before(note);
  }
  addFacts(facts, c, known, feed, lang, now);
  toggle.setAttribute('aria-controls', `${uid}-details`);
  toggle.textContent = t.show;
  details.id = `${uid}-details`;
  const changed = footer(c.reported?.asOf ?? feed?.generatedAt.slice(0, 10), lang);
  if (changed) card.append(changed);
  root.append(card);
  return el;
}

/** The summary (`#renderSummary`): totals, verdicts as chart and legends, their sources, average progress when known. */
function fillSummary(
  summary: Element,
  commitments: readonly Commitment[],
  known: BestKnown[],
  lang: string,
  now: Date,
): void {
  const w = words(lang);
  const t = w.plan;
  const total = commitments.length;
  const verdicts = summarizeVerdicts(known);
  let withProgress = 0;
  let sum = 0;
  let overdue = 0;
  for (const c of commitments) {
    const progress = commitmentProgress(c);
    if (progress.kind !== 'unknown') {
      withProgress++;
      sum += progress.percent;
    }
    if (isCommitmentOverdue(c, now)) overdue++;
  }
  const [totals, chart, legend, sources] = summary.children as unknown as [
    HTMLElement,
    SVGElement,
    HTMLElement,
    HTMLElement,
  ];
  totals.firstElementChild!.textContent = count(t.commitments, total, lang);
  if (overdue) totals.append(` · ${count(t.overdue, overdue, lang)}`);
  // How far they got, each segment with its shape (the plan's chart); the IRM's early results are not in it.
  const extent = verdicts.counts.filter((v) => verdictTone(v) !== 'irm');
  const shown = extent.reduce((n, v) => n + v.count, 0);
  let x = 0;
  for (const v of extent) {
    const tone = verdictTone(v);
    const width = (v.count / shown) * 100;
    const segment = document.createElementNS(SVG_NS, 'svg');
    segment.setAttribute('x', `${x}%`);
    segment.setAttribute('width', `${width}%`);
    segment.dataset.status = tone;
    const shape = statusIcon(tone);
    shape.removeAttribute('class');
    segment.append(document.createElementNS(SVG_NS, 'rect'), shape);
    chart.append(segment);
    x += width;
  }
  // The legend of how far they got, then the IRM's early results in a list of their own.
  const { colon } = w.shared;
  const item = (v: (typeof extent)[number]) => {
    const li = clone<HTMLLIElement>(LEGEND_ITEM);
    const tone = verdictTone(v);
    li.dataset.status = tone;
    li.append(statusIcon(tone), `${verdictLabel(v, w.labels)}${colon}${v.count}`);
    return li;
  };
  legend.setAttribute('aria-label', t.byStatus);
  legend.append(...extent.map(item));
  const others = verdicts.counts.filter((v) => !extent.includes(v));
  if (others.length) {
    const more = legend.cloneNode() as HTMLElement;
    more.removeAttribute('aria-label');
    more.append(...others.map(item));
    legend.after(more);
  }
  const said = (['government', 'irm', 'unknown'] as const).filter((source) => verdicts.bySource[source]);
  sources.textContent = [
    ...said.map((source) => count(t.sources[source], verdicts.bySource[source], lang)),
    ...(verdicts.disagreements ? [count(t.disagreements, verdicts.disagreements, lang)] : []),
  ].join(' · ');
  // The average after the sources, with its own bar (never between two bars).
  if (withProgress) {
    const average = clone<HTMLElement>(AVERAGE);
    average.textContent = `${t.average}${colon}${formatPercent(sum / withProgress, lang)} (${t.knownFor(withProgress, total)})`;
    sources.after(average, rawProgressBar(sum / withProgress, undefined, lang, t.average));
  }
}

/** An option: its value, what the reader sees, and its language when the feed's text is in another. */
type Choice = [value: string, shown: string, lang?: string];

/** The filter form (`#renderForm`): each filter's options from every commitment, none chosen. */
function fillForm(form: HTMLFormElement, plan: ActionPlan, known: BestKnown[], feed: Feed, lang: string): void {
  const w = words(lang);
  const t = w.plan;
  const statuses = new Set<string>(known.map(({ verdict }) => verdict.key));
  const leads = new Set<string>();
  const values = new Set<string>();
  const themes = new Set<string>();
  for (const c of plan.commitments) {
    if (c.lead) leads.add(c.lead);
    c.values.forEach((v) => values.add(v));
    c.themes.forEach((theme) => themes.add(theme));
  }
  const pairs = (list: Iterable<string>, name: (value: string) => string) =>
    [...list].map((value): Choice => [value, name(value)]);
  const filters: Array<[name: string, text: string, choices: Choice[]]> = [
    [
      'status',
      w.shared.status,
      pairs(
        VERDICT_KEYS.filter((key) => statuses.has(key)),
        (key) =>
          verdictLabel({ key: key as VerdictKey, source: key.startsWith('irm') ? 'irm' : 'government' }, w.labels),
      ),
    ],
    [
      'institution',
      w.shared.lead,
      [...leads]
        .map((id): Choice => {
          const name = nameOf(feed, id, lang);
          return [id, name.text, name.lang];
        })
        .sort((a, b) => a[1].localeCompare(b[1], lang)),
    ],
    [
      'value',
      t.value,
      pairs(
        OGP_VALUES.filter((v) => values.has(v)),
        (v) => labelOf(w.labels, 'ogpValue', v as LabelValues['ogpValue']),
      ),
    ],
    ['theme', t.theme, pairs([...themes].sort(), (theme) => theme)],
  ];
  const select = (name: string, text: string, choices: Choice[], chosen: string) => {
    const labelled = document.createElement('label');
    const control = document.createElement('select');
    control.name = name;
    for (const [value, shown, language] of choices) {
      // The element marks the chosen option with the `selected` attribute.
      const option = new Option(shown, value, value === chosen, value === chosen);
      if (language) option.lang = language;
      control.append(option);
    }
    labelled.append(`${text} `, control);
    form.append(labelled);
  };
  form.setAttribute('aria-label', t.filters);
  form.firstElementChild!.prepend(`${t.search} `);
  for (const [name, text, choices] of filters) if (choices.length) select(name, text, [['', t.any], ...choices], '');
  select(
    'sort',
    t.sort,
    SORTS.map((sort) => [sort, t.sorts[sort]]),
    'number',
  );
}

/** The footer a data element shows (`OgpDataElement.renderFooter`, not live, no error): when its data changed. */
function footer(changed: string | undefined, lang: string): HTMLElement | undefined {
  if (!changed) return undefined;
  const div = document.createElement('div');
  div.setAttribute('part', 'footer');
  const p = document.createElement('p');
  p.setAttribute('part', 'updated');
  const time = document.createElement('time');
  time.setAttribute('datetime', changed);
  time.textContent = words(lang).shared.updated(formatPartialDate(changed, lang));
  p.append(time);
  div.append(p);
  return div;
}

/** A plan with commitments as `<ogp-plan>` shows it (first page, no filters, sorted by number). */
export function rawPlan(
  plan: ActionPlan,
  feed: Feed,
  lang: string,
  now: Date,
  pageSize = 20,
  headingLevel = 2,
): HTMLElement {
  const w = words(lang);
  const t = w.plan;
  const uid = `raw${++ids}`;
  const { host: el, root } = host('raw-plan', OgpPlan.elementStyles);
  el.lang = lang;
  const section = clone<HTMLElement>(PLAN);
  section.setAttribute('aria-labelledby', `${uid}-title`);
  const [title, period, summary, form, results, list] = section.children as unknown as [
    HTMLElement,
    HTMLElement,
    HTMLElement,
    HTMLFormElement,
    HTMLElement,
    HTMLElement,
  ];
  title.setAttribute('aria-level', String(headingLevel));
  title.id = `${uid}-title`;
  title.append(inLang(feedText(plan.title, lang, feed.defaultLanguage)));
  const date = (d?: string) => formatPartialDate(d, lang);
  period.textContent = `${date(plan.period.start)} – ${date(plan.period.end)} · ${t.phase}: ${labelOf(w.labels, 'planPhase', plan.phase)}`;
  // One verdict per commitment, shared by the summary and the status filter, as the element's rows.
  const known = plan.commitments.map((c) => bestKnown(c, now));
  fillSummary(summary, plan.commitments, known, lang, now);
  fillForm(form, plan, known, feed, lang);
  const sorted = byNumberOrder(plan.commitments);
  const page = sorted.slice(0, pageSize);
  results.textContent = t.showing(1, page.length, sorted.length);
  for (const c of page) {
    const item = document.createElement('li');
    item.append(rawCard(c, feed, lang, now, headingLevel + 1));
    list.append(item);
  }
  const pages = Math.max(1, Math.ceil(sorted.length / pageSize));
  if (pages > 1) {
    const pager = clone<HTMLElement>(PAGER);
    const [previous, where, next] = pager.children as unknown as [HTMLElement, HTMLElement, HTMLElement];
    pager.setAttribute('aria-label', t.pages);
    previous.textContent = t.previous;
    where.textContent = t.page(1, pages);
    next.textContent = t.next;
    section.append(pager);
  }
  const changed = footer(feed.generatedAt.slice(0, 10), lang);
  if (changed) section.append(changed);
  root.append(section);
  return el;
}

/**
 * Every character of text in composed order (shadow roots first), whitespace left out: the two
 * sides split text into nodes differently, but must show the same characters in the same order.
 */
export function composedText(node: Node): string {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out.push(n.textContent!);
    if (n instanceof HTMLSelectElement) {
      for (const option of n.options) out.push(option.text);
      return;
    }
    if (n instanceof HTMLStyleElement) return;
    if (n instanceof Element && n.shadowRoot) return walk(n.shadowRoot);
    n.childNodes.forEach(walk);
  };
  walk(node);
  return out.join('').replace(/\s+/g, '');
}
