import { html, nothing, svg } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  commitmentProgress,
  commitmentStatus,
  DISPLAY_STATUSES,
  earliestDay,
  findPlan,
  formatPartialDate,
  formatPercent,
  institutionName,
  label,
  nextMilestone,
  NotFoundError,
  OGP_VALUES,
  planSummary,
  dayOf,
} from '@ogp-embed/sdk';
import type { ActionPlan, Commitment, DisplayStatus, Feed, OgpValue } from '@ogp-embed/sdk';
import { baseStyles } from '../shared/base.styles.js';
import { hostStyles } from '../shared/host.styles.js';
import { OgpDataElement } from '../shared/data-element.js';
import type { Selection } from '../shared/feed-controller.js';
import { feedText } from '../shared/feed-text.js';
import { statusIcon, statusIconStyles } from '../shared/status-icon.js';
import { statusStyles } from '../shared/status.styles.js';
import { PLAN_STRINGS } from './plan.strings.js';
import type { PlanSort } from './plan.strings.js';
import { planStyles } from './plan.styles.js';

/** A commitment with what filtering and sorting need, computed once per plan, language and day. */
interface Row {
  commitment: Commitment;
  status: DisplayStatus;
  progress?: number;
  title: string;
  /** Lower-case, accents removed: what the search matches. */
  haystack: string;
  lead?: string;
  due?: string;
}

const SORTS: PlanSort[] = ['number', 'title', 'progress', 'status', 'due'];
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const numeric = new Intl.Collator(undefined, { numeric: true });

let ids = 0;

/**
 * @summary An action plan at a glance: how many commitments, how they stand (counts by status
 * as a stacked bar with a text legend), average progress, then its commitments as cards, with
 * filters by status, lead institution, OGP value and theme, a text search, sorting and pages,
 * so a plan of a thousand commitments stays fast and usable.
 *
 * Data: `src` + `plan="AP_CHL05"` (or inside `<ogp-feed>`), or the `.plan` property with the
 * plan object (and `.feed` for institution names).
 *
 * @attr {string} plan - The plan's id in the feed (as a property: the object itself).
 * @attr {number} page-size - Commitments per page; default 20.
 * @attr {'card' | 'compact'} card-variant - How each commitment is shown; default `card`.
 * @attr {number} heading-level - The level of the plan's heading (default 2); cards use the next.
 * @attr {string} status - Start filtered to one status (`delayed`...); the reader can change it.
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
 * @csspart chart - The stacked bar of commitments by status (its text is the legend).
 * @csspart legend - Counts by status, in words.
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
  };

  /** The plan's id (attribute), or the plan itself (property). */
  declare plan: string | ActionPlan | undefined;
  declare pageSize: number;
  declare cardVariant: 'card' | 'compact';
  declare headingLevel: number;
  /** The search text (the reader types it; a page may set a first one). */
  declare query: string;
  /** Show only commitments with this status (`delayed`...); '' for any. */
  declare status: string;
  /** Show only commitments led by this institution id; '' for any. */
  declare institution: string;
  /** Show only commitments relevant to this OGP value; '' for any. */
  declare value: string;
  /** Show only commitments with this theme; '' for any. */
  declare theme: string;
  /** The order: `number` (default), `title`, `progress`, `status` or `due`. */
  declare sort: PlanSort;

  private readonly uid = `p${++ids}`;
  /** The page shown, from 0; back to the first whenever a filter changes. */
  private page = 0;
  private cache?: { key: unknown[]; rows: Row[] };

  constructor() {
    super();
    this.pageSize = 20;
    this.cardVariant = 'card';
    this.headingLevel = 2;
    this.query = '';
    this.status = '';
    this.institution = '';
    this.value = '';
    this.theme = '';
    this.sort = 'number';
  }

  protected override select(feed: Feed | undefined): Selection<ActionPlan> {
    const { plan } = this;
    if (typeof plan === 'object' && plan) return { data: plan, id: plan.id };
    if (!plan || !feed) return { id: plan };
    const found = findPlan(feed, plan);
    return found ? { data: found, id: plan } : { error: new NotFoundError('plan', plan), id: plan };
  }

  /** Status, progress and texts of every commitment: recomputed only when the plan, language or day changes. */
  private rows(plan: ActionPlan): Row[] {
    const now = this.clock;
    const feed = this.source.feed;
    const key = [plan, feed, this.locale, dayOf(now)];
    if (this.cache && this.cache.key.every((part, i) => part === key[i])) return this.cache.rows;
    const rows = plan.commitments.map((commitment): Row => {
      const progress = commitmentProgress(commitment);
      const title = feedText(commitment.title, this.locale, feed?.defaultLanguage).text;
      const lead = commitment.lead && (feed ? institutionName(feed, commitment.lead, this.locale) : commitment.lead);
      return {
        commitment,
        status: commitmentStatus(commitment, now),
        progress: progress.kind === 'unknown' ? undefined : progress.percent,
        title,
        haystack: fold([commitment.number, commitment.id, title, lead].join(' ')),
        lead: lead || undefined,
        due: nextMilestone(commitment, now)?.due ?? commitment.end,
      };
    });
    this.cache = { key, rows };
    return rows;
  }

  private visible(rows: Row[]): Row[] {
    const words = fold(this.query).split(/\s+/).filter(Boolean);
    const matches = rows.filter(
      ({ commitment: c, status, haystack }) =>
        (!this.status || status === this.status) &&
        (!this.institution || c.lead === this.institution) &&
        (!this.value || c.values.includes(this.value as OgpValue)) &&
        (!this.theme || c.themes.includes(this.theme)) &&
        words.every((word) => haystack.includes(word)),
    );
    const order = new Map(DISPLAY_STATUSES.map((s, i) => [s, i]));
    const compare: Record<PlanSort, (a: Row, b: Row) => number> = {
      number: (a, b) => numeric.compare(a.commitment.number ?? a.commitment.id, b.commitment.number ?? b.commitment.id),
      title: (a, b) => a.title.localeCompare(b.title, this.locale),
      progress: (a, b) => (b.progress ?? -1) - (a.progress ?? -1),
      status: (a, b) => order.get(a.status)! - order.get(b.status)!,
      due: (a, b) => (a.due ? earliestDay(a.due) : '9').localeCompare(b.due ? earliestDay(b.due) : '9'),
    };
    return matches.sort(compare[this.sort] ?? compare.number);
  }

  protected override renderData(plan: ActionPlan): TemplateResult {
    const t = PLAN_STRINGS[this.ui];
    const feed = this.source.feed;
    const title = feedText(plan.title, this.locale, feed?.defaultLanguage);
    const date = (d: string) => formatPartialDate(d, this.locale);
    return html`<section part="base" aria-labelledby="${this.uid}-title">
      <div part="title" role="heading" aria-level=${this.headingLevel} id="${this.uid}-title" lang=${title.lang ?? nothing}>
        ${title.text}
      </div>
      <p part="period">
        ${date(plan.period.start)} – ${date(plan.period.end)} · ${t.phase}: ${label('planPhase', plan.phase, this.ui)}
      </p>
      ${plan.commitments.length
        ? html`${this.renderSummary(plan)} ${this.renderList(this.rows(plan))}`
        : html`<p part="empty" class="muted">${t.empty}</p>`}
      ${this.renderFooter()}
    </section>`;
  }

  private renderSummary(plan: ActionPlan) {
    const t = PLAN_STRINGS[this.ui];
    const summary = planSummary(plan, this.clock);
    const present = DISPLAY_STATUSES.filter((s) => summary.byStatus[s] > 0);
    let x = 0;
    return html`<div part="summary">
      <p part="total">
        <strong>${t.commitments(summary.total)}</strong>${summary.overdue ? ` · ${t.overdue(summary.overdue)}` : ''}
      </p>
      <ogp-progress-bar
        lang=${this.locale}
        label=${t.average}
        .value=${summary.averageProgress}
      ></ogp-progress-bar>
      <p class="muted">
        ${t.average}${summary.averageProgress === undefined
          ? ''
          : `: ${formatPercent(summary.averageProgress, this.locale)}`}
        (${t.knownFor(summary.withKnownProgress, summary.total)})
      </p>
      <svg part="chart" aria-hidden="true" preserveAspectRatio="none">
        ${present.map((status) => {
          const width = (summary.byStatus[status] / summary.total) * 100;
          const rect = svg`<rect data-status=${status} x="${x}%" width="${width}%" height="100%"></rect>`;
          x += width;
          return rect;
        })}
      </svg>
      <ul part="legend" aria-label=${t.byStatus}>
        ${present.map(
          (status) =>
            html`<li data-status=${status}>${statusIcon(status)}${label('commitmentStatus', status, this.ui)}: ${summary.byStatus[status]}</li>`,
        )}
      </ul>
    </div>`;
  }

  private renderList(rows: Row[]) {
    const t = PLAN_STRINGS[this.ui];
    const shown = this.visible(rows);
    const size = Math.max(1, Math.floor(this.pageSize) || 20);
    const pages = Math.max(1, Math.ceil(shown.length / size));
    const page = Math.min(Math.max(0, this.page), pages - 1);
    const slice = shown.slice(page * size, page * size + size);
    const filtered = this.query || this.status || this.institution || this.value || this.theme;
    return html`${this.renderControls(rows)}
      <p part="results" role="status" tabindex="-1">
        ${shown.length ? t.showing(page * size + 1, page * size + slice.length, shown.length) : t.noMatch}
      </p>
      ${filtered && !shown.length ? html`<button part="clear" type="button" @click=${this.clearFilters}>${t.clear}</button>` : nothing}
      <ul part="list">
        ${repeat(
          slice,
          (row) => row.commitment.id,
          (row) => html`<li>
            <ogp-commitment
              part="commitment"
              lang=${this.locale}
              variant=${this.cardVariant}
              heading-level=${this.headingLevel + 1}
              .commitment=${row.commitment}
              .feed=${this.source.feed}
              .now=${this.now}
            ></ogp-commitment>
          </li>`,
        )}
      </ul>
      ${pages > 1
        ? html`<nav part="pager" aria-label=${t.pages}>
            <button type="button" ?disabled=${page === 0} @click=${() => this.goTo(page - 1)}>${t.previous}</button>
            <span>${t.page(page + 1, pages)}</span>
            <button type="button" ?disabled=${page >= pages - 1} @click=${() => this.goTo(page + 1)}>${t.next}</button>
          </nav>`
        : nothing}`;
  }

  private renderControls(rows: Row[]) {
    const t = PLAN_STRINGS[this.ui];
    const leads = new Map<string, string>();
    const themes = new Set<string>();
    const values = new Set<string>();
    const statuses = new Set<string>();
    for (const row of rows) {
      if (row.commitment.lead) leads.set(row.commitment.lead, row.lead ?? row.commitment.lead);
      row.commitment.themes.forEach((theme) => themes.add(theme));
      row.commitment.values.forEach((value) => values.add(value));
      statuses.add(row.status);
    }
    const select = (name: 'status' | 'institution' | 'value' | 'theme', text: string, options: Array<[string, string]>) =>
      options.length
        ? html`<label
            >${text}
            <select name=${name} .value=${this[name]} @change=${this.onFilter}>
              <option value="">${t.any}</option>
              ${options.map(([value, shown]) => html`<option value=${value} ?selected=${this[name] === value}>${shown}</option>`)}
            </select>
          </label>`
        : nothing;
    return html`<form part="controls" role="search" aria-label=${t.filters} @submit=${(e: Event) => e.preventDefault()}>
      <label>${t.search} <input name="query" type="search" .value=${this.query} @input=${this.onFilter} /></label>
      ${select('status', t.status, DISPLAY_STATUSES.filter((s) => statuses.has(s)).map((s) => [s, label('commitmentStatus', s, this.ui)]))}
      ${select('institution', t.institution, [...leads].sort((a, b) => a[1].localeCompare(b[1], this.locale)))}
      ${select('value', t.value, OGP_VALUES.filter((v) => values.has(v)).map((v) => [v, label('ogpValue', v, this.ui)]))}
      ${select('theme', t.theme, [...themes].sort().map((theme) => [theme, theme]))}
      <label
        >${t.sort}
        <select name="sort" .value=${this.sort} @change=${this.onFilter}>
          ${SORTS.map((sort) => html`<option value=${sort} ?selected=${this.sort === sort}>${t.sorts[sort]}</option>`)}
        </select>
      </label>
    </form>`;
  }

  private onFilter(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    (this as unknown as Record<string, string>)[control.name] = control.value;
    this.page = 0;
  }

  private clearFilters(): void {
    this.query = this.status = this.institution = this.value = this.theme = '';
    this.page = 0;
  }

  /** After a page change, focus moves to the "Showing 21–40 of 134" line, which is read out. */
  private async goTo(page: number): Promise<void> {
    this.page = page;
    this.requestUpdate();
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('[part~="results"]')?.focus();
  }
}
