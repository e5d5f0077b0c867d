import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  commitmentTimeline,
  dayOf,
  earliestDay,
  findCommitment,
  findPlan,
  NotFoundError,
} from '@ogp-embed/sdk';
import { formatDate } from '../shared/formats.js';
import type { ActionPlan, Commitment, EvidenceLink, Feed } from '@ogp-embed/sdk';
import { baseStyles } from '../shared/base.styles.js';
import { hostStyles } from '../shared/host.styles.js';
import { OgpDataElement } from '../shared/data-element.js';
import type { Selection } from '../shared/feed-controller.js';
import { feedText } from '../shared/feed-text.js';
import type { FeedText } from '../shared/feed-text.js';
import { evidenceLinks } from '../shared/links.js';
import { statusIcon, statusIconStyles } from '../shared/status-icon.js';
import { statusStyles } from '../shared/status.styles.js';
import type { StatusKind } from '../status-badge/status-badge.js';
import { TIMELINE_STRINGS } from './timeline.strings.js';
import { timelineStyles } from './timeline.styles.js';

/** What a timeline shows: a commitment's story, or a plan's co-creation phases. */
export type TimelineSource = { commitment: Commitment } | { plan: ActionPlan };

/** One entry as shown. */
interface Item {
  key: string;
  kind: 'start' | 'end' | 'milestone' | 'update' | 'phase';
  /** The partial date it is placed by. */
  date?: string;
  when: string;
  title: FeedText;
  detail?: FeedText;
  status?: string;
  statusKind?: StatusKind;
  evidence?: EvidenceLink[];
}

/**
 * @summary A commitment's milestones and progress updates, or an action plan's co-creation
 * phases, in date order, with a "today" marker and overdue items marked. Dates known only to
 * the month are shown as months. Vertical in a narrow container, horizontal in a wide one.
 *
 * Data: `src` + `commitment="CL0069"` (or `plan="AP_CHL06"` for co-creation phases), or the
 * `.commitment` / `.plan` properties with the objects.
 *
 * @attr {string} commitment - Id of the commitment whose milestones and updates are shown.
 * @attr {string} plan - Id of the action plan whose co-creation phases are shown.
 *
 * @slot - Fallback content, shown until the element has data (and when scripts are off).
 *
 * @csspart scroller - The scrollable region around the list (horizontal layout).
 * @csspart list - The ordered list of entries.
 * @csspart item - One entry (with `data-kind` and `data-status`).
 * @csspart today - The "today" entry.
 * @csspart marker - An entry's status shape on the line.
 * @csspart date - An entry's date.
 * @csspart item-title - An entry's title.
 * @csspart detail - An entry's description or update text.
 * @csspart evidence - An entry's evidence links.
 * @csspart empty - The message shown when there is nothing to list.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The error message.
 * @csspart footer - When the data was updated, and whether it is stale.
 *
 * @cssproperty --ogp-timeline-line-color - The line joining entries.
 * @cssproperty --ogp-timeline-today-color - The "today" marker; default the accent colour.
 * @cssproperty --ogp-color-accent - Links and accents.
 *
 * @event ogp-load - The data is shown for the first time. `detail: { data, feed, src, fetchedAt }`.
 * @event ogp-change - A refresh changed the data. `detail: { data, previous, feed, src, fetchedAt }`.
 * @event ogp-error - Loading failed or the id is not in the feed. `detail: { error, code, message, stale, src }`.
 */
export class OgpTimeline extends OgpDataElement<TimelineSource> {
  static override styles = [hostStyles, baseStyles, statusStyles, statusIconStyles, timelineStyles];

  static override properties: PropertyDeclarations = {
    commitment: {},
    plan: {},
  };

  /** The commitment's id (attribute), or the commitment itself (property). */
  declare commitment: string | Commitment | undefined;
  /** The plan's id (attribute), or the plan itself (property): its co-creation phases. */
  declare plan: string | ActionPlan | undefined;

  protected override select(feed: Feed | undefined): Selection<TimelineSource> {
    const { commitment, plan } = this;
    if (typeof commitment === 'object') return { data: { commitment }, id: commitment.id };
    if (typeof plan === 'object') return { data: { plan }, id: plan.id };
    const id = commitment ?? plan;
    if (!id || !feed) return { id };
    if (commitment) {
      const found = findCommitment(feed, commitment);
      return found ? { data: { commitment: found.commitment }, id } : { error: new NotFoundError('commitment', id), id };
    }
    const found = findPlan(feed, id);
    return found ? { data: { plan: found }, id } : { error: new NotFoundError('plan', id), id };
  }

  private items(source: TimelineSource): Item[] {
    const t = TIMELINE_STRINGS[this.ui];
    const { locale } = this;
    const feedLang = this.source.feed?.defaultLanguage;
    const text = (value: Parameters<typeof feedText>[0]) => feedText(value, locale, feedLang);
    const date = (value: string | undefined) => formatDate(value, locale);
    if ('plan' in source) {
      return source.plan.cocreation.map((phase, index) => ({
        key: phase.id ?? `phase-${index}`,
        kind: 'phase',
        date: phase.start ?? phase.end,
        when: [date(phase.start), date(phase.end)].filter(Boolean).join(' – '),
        title: text(phase.title),
        detail: phase.description ? text(phase.description) : undefined,
        status: phase.status,
        statusKind: 'phase',
      }));
    }
    return commitmentTimeline(source.commitment, this.clock).map((entry): Item => {
      switch (entry.kind) {
        case 'start':
          return { key: 'start', kind: 'start', date: entry.date, when: date(entry.date), title: { text: t.start } };
        case 'end':
          return {
            key: 'end',
            kind: 'end',
            date: entry.date,
            when: date(entry.date),
            title: { text: t.end },
            status: entry.overdue ? 'overdue' : undefined,
            statusKind: 'milestone',
          };
        case 'milestone': {
          const m = entry.milestone;
          return {
            key: m.id ?? `m-${entry.index}`,
            kind: 'milestone',
            date: entry.date,
            when: m.due ? t.due(date(m.due)) : m.completedOn ? t.done(date(m.completedOn)) : '',
            title: text(m.title),
            detail: m.description ? text(m.description) : undefined,
            status: entry.state,
            statusKind: 'milestone',
            evidence: m.evidence,
          };
        }
        case 'update':
          return {
            key: `u-${entry.index}`,
            kind: 'update',
            date: entry.date,
            when: date(entry.date),
            title: { text: entry.update.author ? `${t.update} (${t.by(entry.update.author)})` : t.update },
            detail: text(entry.update.text),
            evidence: entry.update.evidence,
          };
      }
    });
  }

  protected override renderData(source: TimelineSource): TemplateResult {
    const t = TIMELINE_STRINGS[this.ui];
    const items = this.items(source);
    if (items.length === 0) return html`<p part="empty" class="muted">${t.empty}</p>${this.renderFooter()}`;
    // Today goes before the first entry that starts after today; none when nothing is dated.
    const today = dayOf(this.clock);
    const dated = items.filter((item) => item.date);
    const at = dated.length ? items.findIndex((item) => !item.date || earliestDay(item.date) > today) : -1;
    const position = at === -1 && dated.length ? items.length : at;
    const rows: Array<Item | 'today'> = [...items];
    if (position >= 0) rows.splice(position, 0, 'today');
    return html`<div part="scroller" role="region" aria-label=${t.label} tabindex="0">
        <ol part="list">
          ${repeat(
            rows,
            (row) => (row === 'today' ? 'today' : row.key),
            (row) => (row === 'today' ? this.renderToday(today) : this.renderItem(row)),
          )}
        </ol>
      </div>
      ${this.renderFooter()}`;
  }

  private renderToday(today: string) {
    const t = TIMELINE_STRINGS[this.ui];
    return html`<li part="item today" aria-current="date">
      <span part="marker" aria-hidden="true"><span class="dot"></span></span>
      <p><time datetime=${today}>${t.today(formatDate(today, this.locale))}</time></p>
    </li>`;
  }

  private renderItem(item: Item) {
    return html`<li part="item" data-kind=${item.kind} data-status=${item.status ?? nothing}>
      <span part="marker" aria-hidden="true">${item.status ? statusIcon(item.status) : html`<span class="dot"></span>`}</span>
      ${item.when ? html`<p part="date"><time datetime=${item.date ?? nothing}>${item.when}</time></p>` : nothing}
      <p part="item-title" lang=${item.title.lang ?? nothing}>${item.title.text}</p>
      ${item.status
        ? html`<ogp-status-badge kind=${item.statusKind ?? 'milestone'} status=${item.status} lang=${this.locale}></ogp-status-badge>`
        : nothing}
      ${item.detail?.text ? html`<p part="detail" lang=${item.detail.lang ?? nothing}>${item.detail.text}</p>` : nothing}
      ${evidenceLinks(item.evidence, this.locale, this.source.feed?.defaultLanguage)}
    </li>`;
  }
}
