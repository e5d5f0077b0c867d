import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { AS_SOON_AS_POSSIBLE, findForum, NotFoundError, openAgreements } from '@ogp-embed/sdk';
import type { Agreement, Feed, Forum, Meeting, OpenAgreement } from '@ogp-embed/sdk';
import { baseStyles } from '../shared/base.styles.js';
import { count } from '../i18n/plural.js';
import { hostStyles } from '../shared/host.styles.js';
import { OgpDataElement } from '../shared/data-element.js';
import type { DataSlice, Selection } from '../shared/feed-controller.js';
import { forumSlice } from '../shared/data-slices.js';
import { safeHref } from '../shared/safe-url.js';
import { statusStyles } from '../shared/status.styles.js';
import { badge, empty, heading, inLang } from '../shared/templates.js';
import { agreementsStyles } from './agreements.styles.js';

/**
 * @summary What a multi-stakeholder forum agreed: each agreement with who is responsible, by
 * when and its status, meeting by meeting (newest first). Agreements due "as soon as possible"
 * and overdue ones are marked in words, not only in colour.
 *
 * Data: `src` + `forum="mesa-gobierno-abierto"` (the feed's first forum when left out), or the
 * `.forum` property with the forum object.
 *
 * @attr {string} forum - The forum's id in the feed (as a property: the object itself).
 * @attr {string} meeting - Show only this meeting (its id, or its date).
 * @attr {boolean} open-only - Start with only the open agreements shown (the reader can change it).
 * @attr {number} heading-level - The level of the forum's heading (default 2).
 *
 * @slot - Fallback content, shown until the element has data (and when scripts are off).
 *
 * @csspart base - The whole list.
 * @csspart title - The forum's name.
 * @csspart summary - "4 open agreements, 1 overdue".
 * @csspart filter - The "only open agreements" switch.
 * @csspart meeting - One meeting; `meeting-title` is its heading.
 * @csspart table - A meeting's agreements.
 * @csspart due - A due date; `asap` marks "as soon as possible".
 * @csspart status - A status badge.
 * @csspart empty - The message when there is nothing to list.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The error message.
 * @csspart footer - When the data was updated, and whether it is stale.
 *
 * @cssproperty --ogp-agreements-title-size - Default 1.25em.
 *
 * @event ogp-load - The forum is shown for the first time. `detail: { data: Forum, feed, src, fetchedAt }`.
 * @event ogp-change - A refresh changed the forum. `detail: { data, previous, feed, src, fetchedAt }`.
 * @event ogp-error - Loading failed, or the forum is not in the feed. `detail: { error, code, message, stale, src }`.
 */
export class OgpAgreements extends OgpDataElement<Forum> {
  static override styles = [hostStyles, baseStyles, statusStyles, agreementsStyles];

  static override properties: PropertyDeclarations = {
    forum: {},
    meeting: {},
    openOnly: { type: Boolean, attribute: 'open-only' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The forum's id (attribute), or the forum itself (property). */
  declare forum: string | Forum | undefined;
  declare meeting: string | undefined;
  declare openOnly: boolean;
  declare headingLevel: number;

  constructor() {
    super();
    this.openOnly = false;
    this.headingLevel = 2;
  }

  protected override dataSlice(): DataSlice | undefined {
    return forumSlice((name) => this[name as keyof this]);
  }

  protected override select(feed: Feed | undefined): Selection<Forum> {
    const { forum } = this;
    if (forum || !feed) return this.pick(forum, feed, 'forum', findForum);
    // No forum named: the feed's first.
    const first = feed.forums[0];
    return first ? { data: first } : { error: new NotFoundError('forum', '') };
  }

  protected override renderData(forum: Forum): TemplateResult {
    const t = this.t.agreements;
    const meetings = forum.meetings
      .filter((m) => !this.meeting || m.id === this.meeting || m.date === this.meeting)
      .sort((a, b) => b.date.localeCompare(a.date));
    // The open agreements of the meetings shown.
    const open = new Map(
      openAgreements(forum, this.clock).flatMap((entry) =>
        meetings.includes(entry.meeting) ? [[entry.agreement, entry]] : [],
      ),
    );
    const overdue = [...open.values()].filter((entry) => entry.overdue).length;
    const total = meetings.reduce((n, m) => n + m.agreements.length, 0);
    return html`<section part="base" aria-labelledby="${this.uid}-title">
      ${heading('title', this.headingLevel, html`${inLang(this.text(forum.name))}${this.t.shared.colon}${t.agreements}`, `${this.uid}-title`)}
      ${
        total === 0
          ? empty(t.none)
          : html`<p part="summary">${count(t.open, open.size, this.locale)}${overdue ? `, ${count(t.overdue, overdue, this.locale)}` : ''}</p>
            <label part="filter"><input type="checkbox" .checked=${this.openOnly} @change=${this.#onToggle} />${t.openOnly}</label>
            ${this.openOnly && !open.size ? empty(t.noneOpen) : nothing} ${meetings.map((meeting) => this.#renderMeeting(meeting, open))}`
      }
      ${this.renderFooter()}
    </section>`;
  }

  #onToggle(event: Event): void {
    this.openOnly = (event.target as HTMLInputElement).checked;
  }

  #renderMeeting(meeting: Meeting, open: Map<Agreement, OpenAgreement>) {
    const agreements = meeting.agreements.filter((a) => !this.openOnly || open.has(a));
    if (agreements.length === 0) return nothing;
    const t = this.t.agreements;
    const status = this.t.shared.status;
    // A stacked row's labels (agreements.styles.ts), each with its language's colon.
    const { colon } = this.t.shared;
    const title = t.meeting(this.date(meeting.date));
    const minutes = safeHref(meeting.minutesUrl);
    return html`<section part="meeting">
      ${heading('meeting-title', this.headingLevel + 1, html`${title}${meeting.place ? html` <span class="muted">· ${meeting.place}</span>` : nothing}`)}
      <table part="table">
        <caption class="vh">${t.agreements}${this.t.shared.colon}${title}</caption>
        <thead><tr><th scope="col">${t.agreement}</th><th scope="col">${t.responsible}</th><th scope="col">${t.due}</th><th scope="col">${status}</th></tr></thead>
        <tbody>${agreements.map((agreement) => {
          const overdue = open.get(agreement)?.overdue;
          return html`<tr data-status=${overdue ? 'overdue' : agreement.status}><td>${inLang(this.text(agreement.text))}</td>
            <td data-label=${t.responsible + colon}>${inLang(this.text(agreement.responsible))}</td>
            <td data-label=${t.due + colon}><span part=${agreement.due === AS_SOON_AS_POSSIBLE ? 'due asap' : 'due'}>${agreement.due ? this.date(agreement.due) : t.noDue}</span>
              ${overdue ? badge('overdue', 'milestone') : nothing}</td>
            <td data-label=${status + colon}>${badge(agreement.status, 'agreement')}</td></tr>`;
        })}</tbody>
      </table>
      ${minutes ? html`<p><a href=${minutes}>${t.minutes}</a></p>` : nothing}
    </section>`;
  }
}
