/**
 * The baseline of the render benchmark: the same markup `<ogp-plan>` and `<ogp-progress-bar>`
 * render (the same shadow roots, the same stylesheets, the same text, computed with the same
 * SDK functions and words), built without a framework: `<template>` clones filled through
 * `textContent` and `setAttribute`. `composedText()` lets the benchmark check that both sides
 * show the same thing, so the baseline cannot win by doing less.
 */
import {
  commitmentProgress,
  commitmentStatus,
  DISPLAY_STATUSES,
  formatPercent,
  institutionName,
  label,
  milestoneState,
  nextMilestone,
  OGP_VALUES,
  planSummary,
  resolveText,
} from '@ogp-embed/sdk';
import type { ActionPlan, Commitment, Feed } from '@ogp-embed/sdk';
import type { CSSResultOrNative } from 'lit';
import { formatDate as formatPartialDate } from '../../src/shared/formats.js';
import { OgpCommitment } from '../../src/commitment/commitment.js';
import { OgpPlan } from '../../src/plan/plan.js';
import { OgpProgressBar } from '../../src/progress-bar/progress-bar.js';
import en from '../../src/i18n/en.js';
import es from '../../src/i18n/es.js';
import { count } from '../../src/i18n/plural.js';
import { OgpStatusBadge } from '../../src/status-badge/status-badge.js';

/** The words the elements speak for `lang` (the benchmark's pages are Spanish or English). */
const words = (lang: string) => (lang.startsWith('es') ? es : en);

const sheets = (styles: CSSResultOrNative[]) =>
  styles.map((s) => (s instanceof CSSStyleSheet ? s : (s as { styleSheet: CSSStyleSheet }).styleSheet));

function template(html: string): HTMLTemplateElement {
  const t = document.createElement('template');
  t.innerHTML = html;
  return t;
}

const PROGRESS = template(
  '<div part="base" role="progressbar" aria-valuemin="0" aria-valuemax="100"><svg part="track" aria-hidden="true" preserveAspectRatio="none"></svg><span part="value" aria-hidden="true"></span></div>',
);
const BADGE = template('<span part="base"><svg class="icon" part="icon" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/></svg><span part="label"></span></span>');
const CARD = template(
  '<article part="card"><div part="header"><div><p part="eyebrow"></p><div part="title" role="heading" aria-level="3"></div></div></div><dl part="facts"></dl><button part="toggle" type="button" aria-expanded="false"></button><div part="details" hidden></div></article>',
);
const FACT = template('<div><dt></dt><dd></dd></div>');
const SVG_NS = 'http://www.w3.org/2000/svg';

/** One shadow host with the element's own stylesheets. */
function host(tag: string, styles: CSSResultOrNative[]): { host: HTMLElement; root: ShadowRoot } {
  const el = document.createElement(tag);
  const root = el.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets(styles);
  return { host: el, root };
}

export function rawProgressBar(value: number | undefined, status: string | undefined, lang: string, label?: string, segments?: string[]): HTMLElement {
  const t = words(lang).progressBar;
  const { host: el, root } = host('raw-progress-bar', OgpProgressBar.elementStyles);
  root.append(PROGRESS.content.cloneNode(true));
  const base = root.firstElementChild as HTMLElement;
  const shown = value === undefined ? t.unknown : formatPercent(value, lang);
  const done = segments?.filter((s) => s === 'completed').length ?? 0;
  base.className = value === undefined && !segments?.length ? 'unknown' : 'known';
  if (status) base.dataset.status = status;
  base.setAttribute('aria-label', label || t.label);
  if (value !== undefined) base.setAttribute('aria-valuenow', String(Math.round(value)));
  base.setAttribute('aria-valuetext', [value === undefined ? t.unknownText : shown, segments?.length ? t.milestones(done, segments.length) : ''].filter(Boolean).join('; '));
  const track = base.firstElementChild!;
  const add = (attrs: Record<string, string>) => {
    const rect = document.createElementNS(SVG_NS, 'rect');
    for (const [k, v] of Object.entries(attrs)) rect.setAttribute(k, v);
    track.append(rect);
  };
  if (segments?.length) {
    segments.forEach((state, i) => add({ part: 'segment', 'data-status': state, x: `${(i / segments.length) * 100}%`, width: `${100 / segments.length}%`, height: '100%' }));
  } else if (value !== undefined) add({ part: 'fill', height: '100%', width: `${value}%` });
  base.lastElementChild!.textContent = shown;
  return el;
}

function rawBadge(status: string, lang: string): HTMLElement {
  const { host: el, root } = host('raw-status-badge', OgpStatusBadge.elementStyles);
  root.append(BADGE.content.cloneNode(true));
  const base = root.firstElementChild as HTMLElement;
  base.dataset.status = status;
  base.lastElementChild!.textContent = label('commitmentStatus', status as 'unknown', lang);
  return el;
}

function rawCard(c: Commitment, feed: Feed | undefined, lang: string, now: Date): HTMLElement {
  const t = { ...words(lang).shared, ...words(lang).commitment };
  const { host: el, root } = host('raw-commitment', OgpCommitment.elementStyles);
  root.append(CARD.content.cloneNode(true));
  const card = root.firstElementChild as HTMLElement;
  const status = commitmentStatus(c, now);
  card.dataset.status = status;
  const [eyebrow, title] = card.querySelectorAll('p, [role="heading"]');
  if (c.number) eyebrow!.textContent = t.commitment(c.number);
  else eyebrow!.remove();
  title!.textContent = resolveText(c.title, lang, feed?.defaultLanguage);
  card.firstElementChild!.append(rawBadge(status, lang));
  const progress = commitmentProgress(c);
  const facts = card.querySelector('dl')!;
  facts.before(rawProgressBar(progress.kind === 'unknown' ? undefined : progress.percent, status, lang, t.progress, c.milestones.map((m) => milestoneState(m, now))));
  const fact = (term: string, value: string) => {
    const row = FACT.content.cloneNode(true) as DocumentFragment;
    row.querySelector('dt')!.textContent = term;
    row.querySelector('dd')!.textContent = value;
    facts.append(row);
  };
  const date = (d?: string) => formatPartialDate(d, lang);
  if (c.lead) fact(t.lead, feed ? institutionName(feed, c.lead, lang) : c.lead);
  if (c.start || c.end) fact(t.period, `${date(c.start) || '…'} – ${date(c.end) || '…'}`);
  if (c.values.length) fact(t.values, c.values.map((v) => label('ogpValue', v, lang)).join(' '));
  const next = nextMilestone(c, now);
  if (next) {
    const overdue = milestoneState(next, now) === 'overdue' ? ` ${label('milestoneState', 'overdue', lang)}` : '';
    fact(t.next, `${resolveText(next.title, lang, feed?.defaultLanguage)}${next.due ? ` (${t.due(date(next.due))})` : ''}${overdue}`);
  }
  if (c.reported) fact(t.asOf, date(c.reported.asOf));
  card.querySelector('button')!.textContent = t.show;
  return el;
}

/** The plan as `<ogp-plan>` shows it (first page, no filters, sorted by number). */
export function rawPlan(plan: ActionPlan, feed: Feed, lang: string, now: Date, pageSize = 20): HTMLElement {
  const t = { ...words(lang).shared, ...words(lang).plan };
  const { host: el, root } = host('raw-plan', OgpPlan.elementStyles);
  const section = document.createElement('section');
  section.setAttribute('part', 'base');
  const text = (tag: string, part: string, value: string) => {
    const node = document.createElement(tag);
    node.setAttribute('part', part);
    node.textContent = value;
    section.append(node);
    return node;
  };
  text('div', 'title', resolveText(plan.title, lang, feed.defaultLanguage)).setAttribute('role', 'heading');
  text('p', 'period', `${formatPartialDate(plan.period.start, lang)} – ${formatPartialDate(plan.period.end, lang)} · ${t.phase}: ${label('planPhase', plan.phase, lang)}`);
  const summary = planSummary(plan, now);
  text('p', 'total', `${count(t.commitments, summary.total, lang)}${summary.overdue ? ` · ${count(t.overdue, summary.overdue, lang)}` : ''}`);
  section.append(rawProgressBar(summary.averageProgress, undefined, lang, t.average));
  text('p', 'average', `${t.average}${summary.averageProgress === undefined ? '' : `: ${formatPercent(summary.averageProgress, lang)}`} (${t.knownFor(summary.withKnownProgress, summary.total)})`);
  const present = DISPLAY_STATUSES.filter((s) => summary.byStatus[s] > 0);
  const chart = document.createElementNS(SVG_NS, 'svg');
  let x = 0;
  for (const s of present) {
    const rect = document.createElementNS(SVG_NS, 'rect');
    const width = (summary.byStatus[s] / summary.total) * 100;
    rect.setAttribute('x', `${x}%`);
    rect.setAttribute('width', `${width}%`);
    x += width;
    chart.append(rect);
  }
  section.append(chart);
  text('p', 'legend', present.map((s) => `${label('commitmentStatus', s, lang)}: ${summary.byStatus[s]}`).join(' '));
  // The filter form: every option the element offers, from every commitment.
  const statuses = new Set<string>();
  const leads = new Map<string, string>();
  const values = new Set<string>();
  const themes = new Set<string>();
  for (const c of plan.commitments) {
    statuses.add(commitmentStatus(c, now));
    if (c.lead) leads.set(c.lead, institutionName(feed, c.lead, lang));
    c.values.forEach((v) => values.add(v));
    c.themes.forEach((theme) => themes.add(theme));
  }
  const form = document.createElement('form');
  const select = (name: string, options: string[]) => {
    const labelled = document.createElement('label');
    labelled.append(name);
    const control = document.createElement('select');
    for (const option of options) control.append(new Option(option));
    labelled.append(control);
    form.append(labelled);
  };
  const search = document.createElement('label');
  search.append(t.search, document.createElement('input'));
  form.append(search);
  select(t.status, [t.any, ...DISPLAY_STATUSES.filter((s) => statuses.has(s)).map((s) => label('commitmentStatus', s, lang))]);
  select(t.lead, [t.any, ...[...leads.values()].sort((a, b) => a.localeCompare(b, lang))]);
  select(t.value, [t.any, ...OGP_VALUES.filter((v) => values.has(v)).map((v) => label('ogpValue', v, lang))]);
  if (themes.size) select(t.theme, [t.any, ...[...themes].sort()]);
  select(t.sort, Object.values(t.sorts));
  section.append(form);
  const numeric = new Intl.Collator(undefined, { numeric: true });
  const sorted = [...plan.commitments].sort((a, b) => numeric.compare(a.number ?? a.id, b.number ?? b.id));
  const page = sorted.slice(0, pageSize);
  text('p', 'results', t.showing(1, page.length, sorted.length));
  const list = document.createElement('ul');
  for (const c of page) {
    const item = document.createElement('li');
    item.append(rawCard(c, feed, lang, now));
    list.append(item);
  }
  section.append(list);
  const pages = Math.ceil(sorted.length / pageSize);
  if (pages > 1) text('nav', 'pager', `${t.previous} ${t.page(1, pages)} ${t.next}`);
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
