import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { AS_SOON_AS_POSSIBLE, findForum, NotFoundError, openAgreements } from '@ogp-embed/sdk';
import { formatDate } from '../shared/formats.js';
import type { Agreement, Feed, Forum, Meeting } from '@ogp-embed/sdk';
import { baseStyles } from '../shared/base.styles.js';
import { hostStyles } from '../shared/host.styles.js';
import { OgpDataElement } from '../shared/data-element.js';
import type { Selection } from '../shared/feed-controller.js';
import { feedText } from '../shared/feed-text.js';
import { safeHref } from '../shared/safe-url.js';
import { statusStyles } from '../shared/status.styles.js';
import { AGREEMENTS_STRINGS } from './agreements.strings.js';
import { agreementsStyles } from './agreements.styles.js';

let ids = 0;

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

  private readonly uid = `a${++ids}`;

  constructor() {
    super();
    this.openOnly = false;
    this.headingLevel = 2;
  }

  protected override select(feed: Feed | undefined): Selection<Forum> {
    const { forum } = this;
    if (typeof forum === 'object' && forum) return { data: forum, id: forum.id };
    if (!feed) return { id: forum };
    const found = forum ? findForum(feed, forum) : feed.forums[0];
    return found ? { data: found, id: forum } : { error: new NotFoundError('forum', forum ?? ''), id: forum };
  }

  protected override renderData(forum: Forum): TemplateResult {
    const t = AGREEMENTS_STRINGS[this.ui];
    const feedLang = this.source.feed?.defaultLanguage;
    const name = feedText(forum.name, this.locale, feedLang);
    const open = openAgreements(forum, this.clock);
    const flags = new Map<Agreement, { overdue: boolean }>(open.map((entry) => [entry.agreement, entry]));
    const meetings = forum.meetings
      .filter((m) => !this.meeting || m.id === this.meeting || m.date === this.meeting)
      .sort((a, b) => b.date.localeCompare(a.date));
    const total = meetings.reduce((n, m) => n + m.agreements.length, 0);
    const overdue = open.filter((entry) => entry.overdue && meetings.includes(entry.meeting)).length;
    const openCount = open.filter((entry) => meetings.includes(entry.meeting)).length;
    return html`<section part="base" aria-labelledby="${this.uid}-title">
      <div part="title" role="heading" aria-level=${this.headingLevel} id="${this.uid}-title">
        <span lang=${name.lang ?? nothing}>${name.text}</span>: ${t.agreements}
      </div>
      ${total === 0
        ? html`<p part="empty" class="muted">${t.none}</p>`
        : html`<p part="summary">${t.summary(openCount, overdue)}</p>
            <label part="filter">
              <input type="checkbox" .checked=${this.openOnly} @change=${this.onToggle} />${t.openOnly}
            </label>
            ${this.openOnly && openCount === 0 ? html`<p part="empty" class="muted">${t.noneOpen}</p>` : nothing}
            ${meetings.map((meeting) => this.renderMeeting(meeting, flags))}`}
      ${this.renderFooter()}
    </section>`;
  }

  private onToggle(event: Event): void {
    this.openOnly = (event.target as HTMLInputElement).checked;
  }

  private renderMeeting(meeting: Meeting, flags: Map<Agreement, { overdue: boolean }>) {
    const agreements = meeting.agreements.filter((a) => !this.openOnly || flags.has(a));
    if (agreements.length === 0) return nothing;
    const t = AGREEMENTS_STRINGS[this.ui];
    const feedLang = this.source.feed?.defaultLanguage;
    const title = t.meeting(formatDate(meeting.date, this.locale));
    const minutes = safeHref(meeting.minutesUrl);
    return html`<section part="meeting">
      <div part="meeting-title" role="heading" aria-level=${this.headingLevel + 1}>
        ${title}${meeting.place ? html` <span class="muted">· ${meeting.place}</span>` : nothing}
      </div>
      <table part="table">
        <caption class="vh">${t.agreements}: ${title}</caption>
        <thead>
          <tr>
            <th scope="col">${t.agreement}</th>
            <th scope="col">${t.responsible}</th>
            <th scope="col">${t.due}</th>
            <th scope="col">${t.status}</th>
          </tr>
        </thead>
        <tbody>
          ${agreements.map((agreement) => {
            const text = feedText(agreement.text, this.locale, feedLang);
            const who = feedText(agreement.responsible, this.locale, feedLang);
            const overdue = flags.get(agreement)?.overdue ?? false;
            const asap = agreement.due === AS_SOON_AS_POSSIBLE;
            return html`<tr data-status=${overdue ? 'overdue' : agreement.status}>
              <td lang=${text.lang ?? nothing}>${text.text}</td>
              <td data-label=${t.responsible} lang=${who.lang ?? nothing}>${who.text}</td>
              <td data-label=${t.due}>
                <span part=${asap ? 'due asap' : 'due'}>${agreement.due ? formatDate(agreement.due, this.locale) : t.noDue}</span>
                ${overdue
                  ? html` <ogp-status-badge part="status" kind="milestone" status="overdue" lang=${this.locale}></ogp-status-badge>`
                  : nothing}
              </td>
              <td data-label=${t.status}>
                <ogp-status-badge part="status" kind="agreement" status=${agreement.status} lang=${this.locale}></ogp-status-badge>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${minutes ? html`<p><a href=${minutes}>${t.minutes}</a></p>` : nothing}
    </section>`;
  }
}
