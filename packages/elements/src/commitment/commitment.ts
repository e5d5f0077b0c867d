import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import {
  commitmentProgress,
  commitmentStatus,
  findCommitment,
  institutionName,
  label,
  milestoneState,
  nextMilestone,
  NotFoundError,
} from '@ogp-embed/sdk';
import { formatDate } from '../shared/formats.js';
import type { Commitment, Feed, IrmAssessment } from '@ogp-embed/sdk';
import { baseStyles } from '../shared/base.styles.js';
import { hostStyles } from '../shared/host.styles.js';
import { OgpDataElement } from '../shared/data-element.js';
import type { Selection } from '../shared/feed-controller.js';
import { feedText } from '../shared/feed-text.js';
import { safeHref } from '../shared/safe-url.js';
import { statusStyles } from '../shared/status.styles.js';
import { COMMITMENT_STRINGS } from './commitment.strings.js';
import { commitmentStyles } from './commitment.styles.js';

export type CommitmentVariant = 'card' | 'compact' | 'full';

/** The IRM ratings shown, each with the label kind of its scale (booleans have none). */
const IRM_FIELDS = [
  ['specificity', 'irmSpecificity'],
  ['verifiable', ''],
  ['relevant', ''],
  ['potentialImpact', 'irmPotentialImpact'],
  ['potentialForResults', 'irmPotentialForResults'],
  ['completionMidTerm', 'irmCompletion'],
  ['completionEndOfTerm', 'irmCompletion'],
  ['earlyResults', 'irmEarlyResults'],
  ['didItOpenGovernment', 'irmDidItOpenGovernment'],
  ['starred', ''],
] as const;

let ids = 0;

/**
 * @summary One OGP commitment: number and title, lead institution, status, progress, period,
 * OGP values, next milestone and its due date, and the date of the last report. Its details
 * (description, milestones and updates) expand in place; the `full` variant also shows its
 * indicators, the IRM assessment and the earlier commitment it carries forward.
 *
 * Data: `src` + `commitment="CL0069"` (or inside `<ogp-feed>`), or the `.commitment` property
 * with a commitment object (and `.feed` for institution names).
 *
 * @attr {string} commitment - The commitment's id in the feed (as a property: the object itself).
 * @attr {'card' | 'compact' | 'full'} variant - `card` (default), `compact` (one line), `full`.
 * @attr {boolean} expanded - Whether the card's details are shown.
 * @attr {number} heading-level - The level of the title's heading (default 3).
 *
 * @slot - Fallback content (e.g. a link to the commitment), shown until the element has data
 *   and when scripts are off.
 *
 * @csspart card - The card (`card` and `full` variants), with `data-status`.
 * @csspart compact - The one-line layout.
 * @csspart header - Number, title and status.
 * @csspart eyebrow - "Commitment 9".
 * @csspart title - The title (a link when the feed gives the commitment's page).
 * @csspart status - The status badge.
 * @csspart progress - The progress bar.
 * @csspart facts - The list of facts (lead, period, values, next milestone, last report).
 * @csspart values - The OGP values list; each is a `value` part.
 * @csspart toggle - The button that shows and hides the details.
 * @csspart details - The details.
 * @csspart section-title - A heading inside the details.
 * @csspart irm - The IRM assessment.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The error message.
 * @csspart footer - When the data was updated, and whether it is stale.
 *
 * @cssproperty --ogp-card-padding - Default 1rem.
 * @cssproperty --ogp-title-size - Default 1.125em.
 * @cssproperty --ogp-color-border - Borders; default a tint of the text colour.
 * @cssproperty --ogp-color-surface - The card's background; default transparent.
 * @cssproperty --ogp-radius - Corner radius; default 0.5rem.
 *
 * @event ogp-load - The commitment is shown for the first time. `detail: { data: Commitment, feed, src, fetchedAt }`.
 * @event ogp-change - A refresh changed the commitment. `detail: { data, previous, feed, src, fetchedAt }`.
 * @event ogp-error - Loading failed, or the commitment is not in the feed. `detail: { error, code, message, stale, src }`.
 */
export class OgpCommitment extends OgpDataElement<Commitment> {
  static override styles = [hostStyles, baseStyles, statusStyles, commitmentStyles];

  static override properties: PropertyDeclarations = {
    commitment: {},
    variant: { reflect: true },
    expanded: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The commitment's id (attribute), or the commitment itself (property). */
  declare commitment: string | Commitment | undefined;
  declare variant: CommitmentVariant;
  declare expanded: boolean;
  declare headingLevel: number;

  private readonly uid = `c${++ids}`;

  constructor() {
    super();
    this.variant = 'card';
    this.expanded = false;
    this.headingLevel = 3;
  }

  protected override select(feed: Feed | undefined): Selection<Commitment> {
    const { commitment } = this;
    if (typeof commitment === 'object' && commitment) return { data: commitment, id: commitment.id };
    if (!commitment || !feed) return { id: commitment };
    const found = findCommitment(feed, commitment);
    return found ? { data: found.commitment, id: commitment } : { error: new NotFoundError('commitment', commitment), id: commitment };
  }

  private text(value: Parameters<typeof feedText>[0]) {
    return feedText(value, this.locale, this.source.feed?.defaultLanguage);
  }

  private institution(id: string): string {
    const feed = this.source.feed;
    return feed ? institutionName(feed, id, this.locale) : id;
  }

  private renderTitle(c: Commitment, level: number) {
    const title = this.text(c.title);
    const href = safeHref(c.url);
    return html`<div part="title" role="heading" aria-level=${level} id="${this.uid}-title" lang=${title.lang ?? nothing}>
      ${href ? html`<a href=${href}>${title.text}</a>` : title.text}
    </div>`;
  }

  private renderProgress(c: Commitment, status: string) {
    const progress = commitmentProgress(c);
    const segments = c.milestones.map((m) => ({ state: milestoneState(m, this.clock), weight: m.weight }));
    return html`<ogp-progress-bar
      part="progress"
      lang=${this.locale}
      status=${status}
      label=${COMMITMENT_STRINGS[this.ui].progress}
      .value=${progress.kind === 'unknown' ? undefined : progress.percent}
      .segments=${segments}
    ></ogp-progress-bar>`;
  }

  protected override renderData(c: Commitment): TemplateResult {
    const status = commitmentStatus(c, this.clock);
    if (this.variant === 'compact') {
      return html`<div part="compact" data-status=${status}>
          ${this.renderTitle(c, this.headingLevel)}
          <ogp-status-badge part="status" status=${status} lang=${this.locale}></ogp-status-badge>
          ${this.renderProgress(c, status)}
        </div>
        ${this.renderFooter()}`;
    }
    const t = COMMITMENT_STRINGS[this.ui];
    const full = this.variant === 'full';
    const open = full || this.expanded;
    return html`<article part="card" data-status=${status} aria-labelledby="${this.uid}-title">
      <div part="header">
        <div>
          ${c.number ? html`<p part="eyebrow">${t.commitment(c.number)}</p>` : nothing} ${this.renderTitle(c, this.headingLevel)}
        </div>
        <ogp-status-badge part="status" status=${status} lang=${this.locale}></ogp-status-badge>
      </div>
      ${this.renderProgress(c, status)} ${this.renderFacts(c)}
      ${full
        ? nothing
        : html`<button
            part="toggle"
            type="button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="${this.uid}-details"
            @click=${this.toggle}
          >
            ${open ? t.hide : t.show}
          </button>`}
      <div part="details" id="${this.uid}-details" ?hidden=${!open}>${open ? this.renderDetails(c, full) : nothing}</div>
      ${this.renderFooter()}
    </article>`;
  }

  private toggle(): void {
    this.expanded = !this.expanded;
  }

  private renderFacts(c: Commitment) {
    const t = COMMITMENT_STRINGS[this.ui];
    const date = (value?: string) => formatDate(value, this.locale);
    const next = nextMilestone(c, this.clock);
    const fact = (term: string, value: unknown) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
    const nextTitle = next ? this.text(next.title) : undefined;
    return html`<dl part="facts">
      ${c.lead ? fact(t.lead, this.institution(c.lead)) : nothing}
      ${c.start || c.end ? fact(t.period, `${date(c.start) || '…'} – ${date(c.end) || '…'}`) : nothing}
      ${c.values.length
        ? fact(
            t.values,
            html`<ul part="values">
              ${c.values.map((value) => html`<li part="value">${label('ogpValue', value, this.ui)}</li>`)}
            </ul>`,
          )
        : nothing}
      ${next && nextTitle
        ? fact(
            t.next,
            html`<span lang=${nextTitle.lang ?? nothing}>${nextTitle.text}</span>${next.due ? ` (${t.due(date(next.due))})` : ''}
              ${milestoneState(next, this.clock) === 'overdue'
                ? html`<ogp-status-badge kind="milestone" status="overdue" lang=${this.locale}></ogp-status-badge>`
                : nothing}`,
          )
        : nothing}
      ${c.reported ? fact(t.asOf, date(c.reported.asOf)) : nothing}
    </dl>`;
  }

  private section(title: string, content: unknown) {
    return html`<section>
      <div part="section-title" role="heading" aria-level=${this.headingLevel + 1}>${title}</div>
      ${content}
    </section>`;
  }

  private renderDetails(c: Commitment, full: boolean) {
    const t = COMMITMENT_STRINGS[this.ui];
    const paragraph = (value: Commitment['description']) => {
      const text = this.text(value);
      return html`<p lang=${text.lang ?? nothing}>${text.text}</p>`;
    };
    const hasStory = c.milestones.length > 0 || c.updates.length > 0;
    return html`
      ${c.description ? this.section(t.description, paragraph(c.description)) : nothing}
      ${c.problem ? this.section(t.problem, paragraph(c.problem)) : nothing}
      ${c.objective ? this.section(t.objective, paragraph(c.objective)) : nothing}
      ${c.supporting.length ? this.section(t.supporting, html`<p>${c.supporting.map((id) => this.institution(id)).join(', ')}</p>`) : nothing}
      ${this.section(
        t.timeline,
        hasStory
          ? html`<ogp-timeline .commitment=${c} .feed=${this.source.feed} .now=${this.now} lang=${this.locale}></ogp-timeline>`
          : html`<p class="muted">${t.noMilestones}</p>`,
      )}
      ${full && c.indicators.length
        ? this.section(
            t.indicators,
            c.indicators.map(
              (indicator) =>
                html`<ogp-indicator .indicator=${indicator} .feed=${this.source.feed} .now=${this.now} lang=${this.locale}></ogp-indicator>`,
            ),
          )
        : nothing}
      ${full && c.irm ? this.section(t.irm, this.renderIrm(c.irm)) : nothing}
      ${full && c.carriesForward.length ? this.section(t.carriesForward, this.renderCarried(c.carriesForward)) : nothing}
    `;
  }

  private renderIrm(irm: IrmAssessment) {
    const t = COMMITMENT_STRINGS[this.ui];
    const rows = IRM_FIELDS.flatMap(([field, kind]) => {
      const value = irm[field];
      if (value === undefined) return [];
      const shown =
        typeof value === 'boolean' ? (value ? t.yes : t.no) : label(kind as 'irmCompletion', value as 'limited', this.ui);
      return [html`<div><dt>${t.irmFields[field]}</dt><dd>${shown}</dd></div>`];
    });
    const report = safeHref(irm.reportUrl);
    return html`<dl part="facts irm">${rows}</dl>
      ${report ? html`<p><a href=${report}>${t.irmReport}</a></p>` : nothing}`;
  }

  private renderCarried(ids: string[]) {
    const feed = this.source.feed;
    return html`<ul>
      ${ids.map((id) => {
        const found = feed && findCommitment(feed, id);
        const title = found ? this.text(found.commitment.title) : undefined;
        return html`<li>${id}${title ? html`: <span lang=${title.lang ?? nothing}>${title.text}</span>` : nothing}</li>`;
      })}
    </ul>`;
  }
}
