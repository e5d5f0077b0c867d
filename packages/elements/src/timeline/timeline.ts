import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { commitmentTimeline, dayOf, earliestDay, findPlan } from '@ogp-embed/sdk';
import type { ActionPlan, Commitment, EvidenceLink, Feed } from '@ogp-embed/sdk';
import { baseStyles } from '../shared/base.styles.js';
import { hostStyles } from '../shared/host.styles.js';
import { OgpDataElement } from '../shared/data-element.js';
import type { DataSlice, Selection } from '../shared/feed-controller.js';
import { timelineSlice } from '../shared/data-slices.js';
import type { FeedText } from '../shared/feed-text.js';
import { evidenceLinks } from '../shared/links.js';
import { commitmentById } from '../shared/lookups.js';
import { statusIcon, statusIconStyles } from '../shared/status-icon.js';
import { statusStyles } from '../shared/status.styles.js';
import { badge, empty, inLang } from '../shared/templates.js';
import type { StatusKind } from '../status-badge/status-badge.js';
import { timelineStyles } from './timeline.styles.js';

/** What a timeline shows: a commitment's story, or a plan's co-creation phases. */
export type TimelineSubject = { commitment: Commitment } | { plan: ActionPlan };

/** One entry as shown. */
interface Item {
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

/** The line's mark for an entry without a status, and for today. */
const DOT = html`<span class="dot"></span>`;

/**
 * @summary A commitment's milestones and progress updates, or an action plan's co-creation
 * phases, in date order, with a "today" marker and overdue items marked. Dates known only to
 * the month are shown as months. Vertical in a narrow container, in rows in a wide one: every
 * entry is in view, none hidden behind a scroll.
 *
 * Data: `src` + `commitment="CL0069"` (or `plan="AP_CHL06"` for co-creation phases), or the
 * `.commitment` / `.plan` properties with the objects.
 *
 * @attr {string} commitment - Id of the commitment whose milestones and updates are shown.
 * @attr {string} plan - Id of the action plan whose co-creation phases are shown.
 *
 * @slot - Fallback content, shown until the element has data (and when scripts are off).
 *
 * @csspart scroller - The named region around the list (the name is kept from when it scrolled).
 * @csspart list - The ordered list of entries.
 * @csspart item - One entry (with `data-kind` and `data-status`).
 * @csspart today - The "today" entry.
 * @csspart marker - An entry's status shape on the line.
 * @csspart date - An entry's date.
 * @csspart status - An entry's status badge.
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
export class OgpTimeline extends OgpDataElement<TimelineSubject> {
  static override styles = [hostStyles, baseStyles, statusStyles, statusIconStyles, timelineStyles];

  static override properties: PropertyDeclarations = {
    commitment: {},
    plan: {},
  };

  /** The commitment's id (attribute), or the commitment itself (property). */
  declare commitment: string | Commitment | undefined;
  /** The plan's id (attribute), or the plan itself (property): its co-creation phases. */
  declare plan: string | ActionPlan | undefined;

  protected override dataSlice(): DataSlice | undefined {
    return timelineSlice((name) => this[name as keyof this]);
  }

  protected override select(feed: Feed | undefined): Selection<TimelineSubject> {
    const { commitment, plan } = this;
    // An object given as a property comes before an id; a commitment before a plan.
    const isCommitment = typeof commitment === 'object' || (!!commitment && typeof plan !== 'object');
    const selection: Selection<Commitment | ActionPlan> = isCommitment
      ? this.pick(commitment, feed, 'commitment', commitmentById)
      : this.pick(plan, feed, 'plan', findPlan);
    const data = selection.data as (Commitment & ActionPlan) | undefined;
    return data
      ? { ...selection, data: isCommitment ? { commitment: data } : { plan: data } }
      : (selection as Selection<never>);
  }

  #items(source: TimelineSubject): Item[] {
    const t = this.t.timeline;
    const detail = (text: Commitment['description']) => (text ? this.text(text) : undefined);
    if ('plan' in source) {
      return source.plan.cocreation.map((phase) => ({
        kind: 'phase',
        date: phase.start ?? phase.end,
        when: [this.date(phase.start), this.date(phase.end)].filter(Boolean).join(' – '),
        title: this.text(phase.title),
        detail: detail(phase.description),
        status: phase.status,
        statusKind: 'phase',
      }));
    }
    return commitmentTimeline(source.commitment, this.clock).map((entry): Item => {
      const item = { kind: entry.kind, date: entry.date, when: this.date(entry.date) };
      if (entry.kind === 'milestone') {
        const m = entry.milestone;
        return {
          ...item,
          when: m.due ? t.due(this.date(m.due)) : m.completedOn ? t.done(this.date(m.completedOn)) : '',
          title: this.text(m.title),
          detail: detail(m.description),
          status: entry.state,
          statusKind: 'milestone',
          evidence: m.evidence,
        };
      }
      if (entry.kind === 'update') {
        const { author, text, evidence } = entry.update;
        return {
          ...item,
          title: { text: author ? `${t.update} (${t.by(author)})` : t.update },
          detail: this.text(text),
          evidence,
        };
      }
      const overdue = entry.kind === 'end' && entry.overdue;
      return {
        ...item,
        title: { text: entry.kind === 'start' ? t.start : t.end },
        status: overdue ? 'overdue' : undefined,
        statusKind: 'milestone',
      };
    });
  }

  protected override renderData(source: TimelineSubject): TemplateResult {
    const t = this.t.timeline;
    const items = this.#items(source);
    if (items.length === 0) return html`${empty(t.empty)}${this.renderFooter()}`;
    // Today goes before the first entry that starts after today; none when nothing is dated.
    const today = dayOf(this.clock);
    const rows: Array<Item | 'today'> = [...items];
    if (items.some((item) => item.date)) {
      const at = items.findIndex((item) => !item.date || earliestDay(item.date) > today);
      rows.splice(at < 0 ? items.length : at, 0, 'today');
    }
    // Entries hold no state of their own (unlike the plan's cards): a plain list, updated in place.
    return html`<div part="scroller" role="region" aria-label=${t.label}>
        <ol part="list">
          ${rows.map((row) =>
            row === 'today'
              ? html`<li part="item today" aria-current="date">
                  <span part="marker" aria-hidden="true">${DOT}</span><p><time datetime=${today}>${t.today(this.date(today))}</time></p>
                </li>`
              : this.#renderItem(row),
          )}
        </ol>
      </div>
      ${this.renderFooter()}`;
  }

  #renderItem(item: Item) {
    return html`<li part="item" data-kind=${item.kind} data-status=${item.status ?? nothing}>
      <span part="marker" aria-hidden="true">${item.status ? statusIcon(item.status) : DOT}</span>
      ${item.when ? html`<p part="date"><time datetime=${item.date ?? nothing}>${item.when}</time></p>` : nothing}
      <p part="item-title">${inLang(item.title)}</p>
      ${item.status ? badge(item.status, item.statusKind) : nothing}
      ${item.detail?.text ? html`<p part="detail">${inLang(item.detail)}</p>` : nothing}
      ${evidenceLinks(item.evidence, (link) => this.text(link))}
    </li>`;
  }
}
