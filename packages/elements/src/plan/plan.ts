import { html, isServer, nothing, svg } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { findPlan, formatPercent, OGP_VALUES, summarizeVerdicts, VERDICT_KEYS, verdictLabel } from '@ogp-embed/sdk';
import type { ActionPlan, Feed, OgpValue, VerdictCount, VerdictKey } from '@ogp-embed/sdk';
import type { OgpCommitment } from '../commitment/commitment.js';
import { baseStyles } from '../shared/base.styles.js';
import { hostStyles } from '../shared/host.styles.js';
import { OgpDataElement } from '../shared/data-element.js';
import { emit } from '../shared/events/emit.js';
import type { OgpFilterDetail } from '../shared/events/ogp-filter.js';
import type { DataSlice, Selection } from '../shared/feed-controller.js';
import { planSlice, startsOnDigest, type ReadInput } from '../shared/data-slices.js';
import { placeChildren } from '../shared/place-children.js';
import { shapeOf, SHAPES, statusIcon, statusIconStyles } from '../shared/status-icon.js';
import { statusStyles } from '../shared/status.styles.js';
import { empty, heading, inLang } from '../shared/templates.js';
import { verdictTone } from '../shared/verdict.js';
import type { PlanSort } from '../i18n/strings.js';
import { count } from '../i18n/plural.js';
import { planStyles } from './plan.styles.js';
import { DEFAULT_PAGE_SIZE, DigestReader } from './digest.js';
import { FacetCounts, type Facet } from './facets.js';
import { RowModel, type Row } from './rows.js';
import { choicesKey, choicesOf, FILTERS, VisibleRows } from './visible.js';

/** The orders the reader may choose, as the form lists them. */
export const SORTS: PlanSort[] = ['number', 'title', 'progress', 'status', 'due'];
/**
 * An option of a `<select>`: its value, what the reader sees, and its language when it is the
 * feed's text in another (an institution's name).
 */
type Choice = [value: string, shown: string, lang?: string];

/**
 * @summary An action plan at a glance: how many commitments, how they stand (counts by
 * best-known verdict as a stacked bar with a text legend: the government's statuses, else the
 * IRM's ratings, named as the IRM's, and how many come from each source), average reported
 * progress when some is known, then its commitments as cards, with
 * filters by status, lead institution, OGP value and theme, a text search, sorting and pages,
 * so a plan of a thousand commitments stays fast and usable.
 *
 * Data: `src` + `plan="AP_CHL05"` (or inside `<ogp-feed>`), or the `.plan` property with the
 * plan object (and `.feed` for institution names). From a feed published by parts it reads the
 * plan's digest first (every commitment's figures, the first page's texts), and its list once the
 * reader searches, filters, sorts or turns a page; it emits `ogp-load` again when the list comes.
 *
 * @attr {string} plan - The plan's id in the feed (as a property: the object itself).
 * @attr {number} page-size - Commitments per page; default 20.
 * @attr {'card' | 'compact'} card-variant - How each commitment is shown; default `card`.
 * @attr {number} heading-level - The level of the plan's heading (default 2); cards use the next.
 * @attr {string} status - Start filtered to one verdict: a status (`delayed`...), an IRM rating
 *   (`irmCompletion:limited`) or `unknown`; the reader can change it.
 * @attr {string} institution - Start filtered to one lead institution id.
 * @attr {string} value - Start filtered to one OGP value (`civic-participation`...).
 * @attr {string} theme - Start filtered to one theme.
 * @attr {string} query - Start with this search text.
 * @attr {'number' | 'title' | 'progress' | 'status' | 'due'} sort - The first order; default `number`.
 *
 * @slot - Fallback content, shown until the element has data (and when scripts are off).
 *
 * @csspart base - The whole plan.
 * @csspart title - The plan's title.
 * @csspart period - Its period and phase.
 * @csspart summary - Totals, average progress and the status chart.
 * @csspart chart - How far the commitments got, by verdict, as a stacked bar: each segment with its
 *   legend's shape (its text is the legend).
 * @csspart legend - Counts by verdict, in words: how far they got, then (a list of its own) the IRM's
 *   early results, another measure.
 * @csspart sources - How many verdicts come from the government, the IRM, or neither.
 * @csspart controls - The search, filter and sort form.
 * @csspart results - "Showing 1–20 of 134".
 * @csspart list - The list of commitments; each is an `<ogp-commitment>` with part `commitment`.
 * @csspart pager - Previous and next page.
 * @csspart empty - The message when there is nothing to list.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The error message.
 * @csspart footer - When the data was updated, and whether it is stale.
 *
 * @cssproperty --ogp-plan-title-size - Default 1.375em.
 * @cssproperty --ogp-plan-chart-height - Default 0.875rem.
 *
 * @event ogp-load - The plan is shown for the first time. `detail: { data: ActionPlan, feed, src, fetchedAt }`.
 * @event ogp-change - A refresh changed the plan. `detail: { data, previous, feed, src, fetchedAt }`.
 * @event ogp-error - Loading failed, or the plan is not in the feed. `detail: { error, code, message, stale, src }`.
 * @event ogp-filter - The reader changed the search, a filter or the order. `detail: { query, status, institution, value, theme, sort }`.
 */
export class OgpPlan extends OgpDataElement<ActionPlan> {
  static override styles = [hostStyles, baseStyles, statusStyles, statusIconStyles, planStyles];

  static override properties: PropertyDeclarations = {
    plan: {},
    pageSize: { type: Number, attribute: 'page-size' },
    cardVariant: { attribute: 'card-variant' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    query: {},
    status: {},
    institution: {},
    value: {},
    theme: {},
    sort: {},
    // `attribute: false` is Lit's default for state; said here for custom-elements.json's analyzer.
    _page: { state: true, attribute: false },
  };

  /** The plan's id (attribute), or the plan itself (property). */
  declare plan: string | ActionPlan | undefined;
  declare pageSize: number;
  declare cardVariant: 'card' | 'compact';
  declare headingLevel: number;
  /** The search text (the reader types it; a page may set a first one). */
  declare query: string;
  /** Show only commitments with this verdict (`delayed`, `irmCompletion:limited`, `unknown`...); '' for any. */
  declare status: string;
  /** Show only commitments led by this institution id; '' for any. */
  declare institution: string;
  /** Show only commitments relevant to this OGP value; '' for any. */
  declare value: string;
  /** Show only commitments with this theme; '' for any. */
  declare theme: string;
  /** The order: `number` (default), `title`, `progress`, `status` or `due`. */
  declare sort: PlanSort;
  /** The page shown, from 0; back to the first whenever a filter changes. Reactive state, not public. */
  declare private _page: number;

  /** The rows model, the list the choices show and the filters' counts: each kept for live updates. */
  readonly #rowModel = new RowModel();
  readonly #visible = new VisibleRows();
  readonly #facets = new FacetCounts();
  /** The search, filter and sort form, and what it was made from (see `renderControls`). */
  #form?: { from: unknown[]; template: TemplateResult };
  /** The commitments of the page shown, in order; `placeCards` puts their cards in the list. */
  #pageRows: Row[] = [];
  /**
   * The card of each commitment shown, by id, each in its list item: a card stays the same
   * element while its commitment is listed, so it keeps its state (expanded, focus) when the list
   * is filtered or re-sorted, or a live update changes another commitment.
   */
  #cards = new Map<string, OgpCommitment>();
  /** What the cards were last placed from: when nothing of it changed, they stay as they are. */
  #placed: unknown[] = [];
  /**
   * Once the reader (or the page) leaves the first page as the plan starts, its whole list is read
   * (the plan's part) rather than its digest, which holds only the first page's texts.
   */
  #wholeList = false;
  readonly #digests = new DigestReader();

  constructor() {
    super();
    this.pageSize = DEFAULT_PAGE_SIZE;
    this.cardVariant = 'card';
    this.headingLevel = 2;
    this.query = this.status = this.institution = this.value = this.theme = '';
    this.sort = 'number';
    this._page = 0;
  }

  /** Asked by the controller in each update, after `willUpdate` has decided `#wholeList`. */
  protected override dataSlice(): DataSlice | undefined {
    return planSlice(this.#read, this.#wholeList);
  }

  /** The element's inputs under their attributes' names, as `planSlice` reads them. */
  readonly #read: ReadInput = (name) => (name === 'page-size' ? this.pageSize : this[name as keyof this]);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Before the controller asks `dataSlice()`: a search, a filter, another order or page needs every row's text.
    if (!this.#wholeList && (!startsOnDigest(this.#read) || this._page > 0)) this.#wholeList = true;
  }

  /** From the next update on, the plan's part (every row whole) instead of its digest. */
  #readWholeList(): void {
    if (this.#wholeList) return;
    this.#wholeList = true;
    queueMicrotask(() => this.requestUpdate());
  }

  protected override select(feed: Feed | undefined): Selection<ActionPlan> {
    return this.pick(this.plan, feed, 'plan', findPlan);
  }

  protected override renderData(plan: ActionPlan): TemplateResult {
    const t = this.t.plan;
    const feed = this.feedData.feed;
    const digest = this.#digests.read(feed, plan, () => this.#readWholeList());
    const commitments = digest?.commitments ?? plan.commitments;
    const rows = commitments.length
      ? this.#rowModel.rows(commitments, { feed, locale: this.locale, now: this.clock })
      : undefined;
    return html`<section part="base" aria-labelledby="${this.uid}-title">
      ${heading('title', this.headingLevel, inLang(this.text(plan.title)), `${this.uid}-title`)}
      <p part="period">${this.date(plan.period.start)} – ${this.date(plan.period.end)} · ${t.phase}${this.t.shared.colon}${this.labelOf('planPhase', plan.phase)}</p>
      ${rows ? html`${this.#renderSummary(rows)} ${this.#renderList(rows, digest?.texted)}` : empty(t.empty)} ${this.renderFooter()}
    </section>`;
  }

  /**
   * The figures of `planSummary`, from the rows already computed (see `rows`), by best-known
   * verdict: the government's statuses, the IRM's ratings (named as the IRM's), and how many of
   * each source; average progress only when some is known (the IRM gives no percent).
   */
  #renderSummary(rows: Row[]) {
    const t = this.t.plan;
    const total = rows.length;
    const verdicts = summarizeVerdicts(rows.map((row) => row.known));
    let known = 0;
    let sum = 0;
    let overdue = 0;
    for (const row of rows) {
      if (row.progress !== undefined) {
        known++;
        sum += row.progress;
      }
      if (row.overdue) overdue++;
    }
    const sources = (['government', 'irm', 'unknown'] as const).filter((source) => verdicts.bySource[source]);
    const { colon } = this.t.shared;
    // How far the commitments got (the government's statuses, the IRM's completion, or nothing
    // known) in the bar, each segment with its legend's shape, so it reads without colour; the
    // IRM's early results, another measure, in a list of their own. Then the average with its own
    // bar: a figure never sits between two bars, where it was read as the other bar's.
    const extent = verdicts.counts.filter((v) => verdictTone(v) !== 'irm');
    const shown = extent.reduce((sum, v) => sum + v.count, 0);
    let x = 0;
    const legend = (list: VerdictCount[], label?: string) =>
      list.length
        ? html`<ul part="legend" aria-label=${label ?? nothing}>
        ${list.map((v) => html`<li data-status=${verdictTone(v)}>${statusIcon(verdictTone(v))}${verdictLabel(v, this.t.labels)}${colon}${v.count}</li>`)}
      </ul>`
        : nothing;
    return html`<div part="summary">
      <p part="total"><strong>${count(t.commitments, total, this.locale)}</strong>${overdue ? ` · ${count(t.overdue, overdue, this.locale)}` : ''}</p>
      ${
        shown
          ? html`<svg part="chart" aria-hidden="true">${extent.map((v) => {
              const tone = verdictTone(v);
              const width = (v.count / shown) * 100;
              return svg`<svg x="${(x += width) - width}%" width="${width}%" data-status=${tone}><rect/><svg viewBox="0 0 16 16">${SHAPES[shapeOf(tone)]}</svg></svg>`;
            })}</svg>`
          : nothing
      }
      ${legend(extent, t.byStatus)}${legend(verdicts.counts.filter((v) => !extent.includes(v)))}
      <p part="sources">${[
        ...sources.map((source) => count(t.sources[source], verdicts.bySource[source], this.locale)),
        ...(verdicts.disagreements ? [count(t.disagreements, verdicts.disagreements, this.locale)] : []),
      ].join(' · ')}</p>
      ${
        known
          ? html`<p class="muted">${t.average}${colon}${formatPercent(sum / known, this.locale)} (${t.knownFor(known, total)})</p>
            <ogp-progress-bar label=${t.average} .value=${sum / known}></ogp-progress-bar>`
          : nothing
      }
    </div>`;
  }

  /**
   * The list's controls, results line, cards and pager. `texted`: the commitments whose texts the
   * data holds, when it is a digest; a search, the title's order or a page with other commitments
   * waits for the whole list (asked for by then), saying so where the results go.
   */
  #renderList(rows: Row[], texted?: ReadonlySet<string>) {
    const t = this.t.plan;
    /** The list is on its way (or failed to come): the form stays, and the pager when the pages are known. */
    const waiting = (pager: TemplateResult | typeof nothing = nothing) => {
      this.#readWholeList();
      this.#pageRows = [];
      const failed = this.feedData.error !== undefined;
      return html`${this.#renderControls(rows)}
        <p part="results" role="status" tabindex="-1" aria-busy=${failed ? 'false' : 'true'}>${failed ? t.listUnavailable : this.t.shared.loading}</p>
        <ul part="list"></ul>
        ${pager}`;
    };
    if (texted && (this.query || this.sort === 'title')) return waiting();
    const shown = this.#visible.shown(rows, this, this.locale, this.#rowModel.changes);
    const size = Math.max(1, Math.floor(this.pageSize) || DEFAULT_PAGE_SIZE);
    const pages = Math.max(1, Math.ceil(shown.length / size));
    const page = Math.min(Math.max(0, this._page), pages - 1);
    const first = page * size;
    const slice = shown.slice(first, first + size);
    const pager =
      pages > 1
        ? html`<nav part="pager" aria-label=${t.pages}>
            <button type="button" ?disabled=${page === 0} @click=${() => this.#goTo(page - 1)}>${t.previous}</button>
            <span>${t.page(page + 1, pages)}</span>
            <button type="button" ?disabled=${page >= pages - 1} @click=${() => this.#goTo(page + 1)}>${t.next}</button>
          </nav>`
        : nothing;
    if (texted && slice.some((row) => !texted.has(row.commitment.id))) return waiting(pager);
    const filtered = this.query || FILTERS.some((name) => this[name]);
    this.#pageRows = slice;
    return html`${this.#renderControls(rows)}
      <p part="results" role="status" tabindex="-1">${shown.length ? t.showing(first + 1, first + slice.length, shown.length) : t.noMatch}</p>
      ${filtered && !shown.length ? html`<button part="clear" type="button" @click=${this.#clearFilters}>${t.clear}</button>` : nothing}
      ${
        isServer
          ? // On the server (a snapshot, snapshot/render.ts) no update puts the cards in the list: they
            // are written in it, the same elements with the values #placeCards gives them.
            html`<ul part="list">${slice.map(
              ({
                commitment,
              }) => html`<li><ogp-commitment part="commitment" variant=${this.cardVariant} heading-level=${this.headingLevel + 1}
              .commitment=${commitment} .feed=${this.feedData.feed} .now=${this.now}></ogp-commitment></li>`,
            )}</ul>`
          : html`<ul part="list"></ul>`
      }
      ${pager}`;
  }

  /** Renders, then puts the cards in the list: they are there when the plan's `ogp-load` goes out. */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    // While the plan keeps the snapshot it was written with, the list is the snapshot's: left as it is.
    if (!this.hasAttribute('snapshot')) this.#placeCards();
  }

  /** The cards of the page shown, in the list just rendered (see `cards`). */
  #placeCards(): void {
    const list = this.renderRoot.querySelector('[part~=list]');
    // The same cards as last time (a live update elsewhere in the plan): nothing to do.
    const from = [list, this.cardVariant, this.headingLevel, this.feedData.feed, this.now, ...this.#pageRows];
    if (from.length === this.#placed.length && from.every((part, i) => part === this.#placed[i])) return;
    this.#placed = from;
    const cards = new Map<string, OgpCommitment>();
    for (const { commitment } of list ? this.#pageRows : []) {
      let card = this.#cards.get(commitment.id);
      if (!card) {
        card = document.createElement('ogp-commitment');
        card.setAttribute('part', 'commitment');
        document.createElement('li').append(card);
      }
      // A card ignores values that did not change: a live update elsewhere in the plan costs nothing here.
      Object.assign(card, {
        variant: this.cardVariant,
        headingLevel: this.headingLevel + 1,
        commitment,
        feed: this.feedData.feed,
        now: this.now,
        listedFrom: this.feedData.feedClient,
      });
      cards.set(commitment.id, card);
    }
    this.#cards = cards;
    if (list)
      placeChildren(
        list,
        [...cards.values()].map((card) => card.parentElement!),
      );
  }

  /**
   * The search, filter and sort form. Its options come from every commitment; it is made again
   * only when they or the choices change, not on every live update (given the same template
   * again, Lit leaves the form as it is).
   */
  #renderControls(rows: Row[]): TemplateResult {
    const { offered, key } = this.#facets.offered(rows, this.#rowModel.changes);
    const from = [this.feedData.feed, key, choicesKey(this, this.locale)];
    if (!this.#form?.from.every((part, i) => part === from[i]))
      this.#form = { from, template: this.#renderForm(offered) };
    return this.#form.template;
  }

  #renderForm(offered: Record<Facet, string[]>): TemplateResult {
    const t = this.t.plan;
    const words = this.t.shared;
    const pairs = (values: Iterable<string>, name: (value: string) => string) =>
      [...values].map((value): Choice => [value, name(value)]);
    const options: Record<(typeof FILTERS)[number], Choice[]> = {
      status: pairs(
        VERDICT_KEYS.filter((key) => offered.statuses.includes(key)),
        (key) =>
          verdictLabel({ key: key as VerdictKey, source: key.startsWith('irm') ? 'irm' : 'government' }, this.t.labels),
      ),
      institution: [...offered.leads]
        .map((id): Choice => {
          const name = this.nameOf(id);
          return [id, name.text, name.lang];
        })
        .sort((a, b) => a[1].localeCompare(b[1], this.locale)),
      value: pairs(
        OGP_VALUES.filter((v) => offered.values.includes(v)),
        (v) => this.labelOf('ogpValue', v as OgpValue),
      ),
      theme: pairs(offered.themes, (theme) => theme),
    };
    const names = { status: words.status, institution: words.lead, value: t.value, theme: t.theme };
    const select = (name: string, text: string, choices: Choice[], chosen: string) =>
      html`<label>${text} <select name=${name} .value=${chosen} @change=${this.#onFilter}>
        ${choices.map(([value, shown, lang]) => html`<option value=${value} lang=${lang ?? nothing} ?selected=${chosen === value}>${shown}</option>`)}
      </select></label>`;
    return html`<form part="controls" role="search" aria-label=${t.filters} @submit=${(e: Event) => e.preventDefault()}>
      <label>${t.search} <input name="query" type="search" .value=${this.query} @input=${this.#onFilter} /></label>
      ${FILTERS.map((name) =>
        options[name].length ? select(name, names[name], [['', t.any], ...options[name]], this[name]) : nothing,
      )}
      ${select(
        'sort',
        t.sort,
        SORTS.map((sort) => [sort, t.sorts[sort]]),
        this.sort,
      )}
    </form>`;
  }

  #onFilter(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    (this as unknown as Record<string, string>)[control.name] = control.value;
    this.#filtered();
  }

  #clearFilters(): void {
    this.query = this.status = this.institution = this.value = this.theme = '';
    this.#filtered();
  }

  /** The reader changed the choices: back to the first page, and the page hears it (`ogp-filter`). */
  #filtered(): void {
    this._page = 0;
    emit<OgpFilterDetail>(this, 'ogp-filter', choicesOf(this));
  }

  /** After a page change, focus moves to the "Showing 21–40 of 134" line, which is read out. */
  async #goTo(page: number): Promise<void> {
    this._page = page;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('[part~="results"]')?.focus();
  }
}
