import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import {
  bestKnown,
  commitmentProgress,
  commitmentStatus,
  endedOn,
  findCommitment,
  milestoneState,
  nextMilestone,
  verdictLabel,
} from '@ogp-embed/sdk';
import type {
  BestKnown,
  Commitment,
  Feed,
  FeedClient,
  FeedSlice,
  IrmAssessment,
  LabelKind,
  LocalizedText,
} from '@ogp-embed/sdk';
import { baseStyles } from '../shared/base.styles.js';
import { hostStyles } from '../shared/host.styles.js';
import { OgpDataElement } from '../shared/data-element.js';
import { emit } from '../shared/events/emit.js';
import type { OgpToggleDetail } from '../shared/events/ogp-toggle.js';
import type { DataSlice, Selection } from '../shared/feed-controller.js';
import { commitmentSlice } from '../shared/data-slices.js';
import { commitmentById } from '../shared/lookups.js';
import { safeHref } from '../shared/safe-url.js';
import { statusIconStyles } from '../shared/status-icon.js';
import { statusStyles } from '../shared/status.styles.js';
import { badge, fact, heading, illustrative, inLang } from '../shared/templates.js';
import { verdictBadges, verdictStyles, verdictTone } from '../shared/verdict.js';
import { commitmentStyles } from './commitment.styles.js';
import { defineDetailsElements } from './details-elements.js';

export type CommitmentVariant = 'card' | 'compact' | 'full';

/**
 * True when `feed` is a plan's published slice or digest: its commitments are rows, without the
 * texts, updates, indicators and IRM assessment a card's details show.
 */
const listsRows = (feed: Feed | undefined): boolean => {
  const kind = (feed as FeedSlice | undefined)?.part?.kind;
  return kind === 'plan' || kind === 'plan-digest';
};

/** The label kind of an IRM rating's scale, from its name: `potentialImpact` → `irmPotentialImpact`. */
const irmScale = (field: string) =>
  (field.startsWith('completion') ? 'irmCompletion' : `irm${field[0]!.toUpperCase()}${field.slice(1)}`) as LabelKind;

/**
 * @summary One OGP commitment: number and title, lead institution, its best-known verdict
 * (the government's status, else the IRM's assessment, labelled as the IRM's, with its report;
 * both when they disagree), progress, period, OGP values, the next milestone and its due date
 * (or, once it has ended, when and how), and the date of the last report. Its details
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
 * @csspart card - The card (`card` and `full` variants), with `data-status` (the verdict's colour).
 * @csspart compact - The one-line layout.
 * @csspart header - Number, title and status.
 * @csspart eyebrow - "Commitment 9".
 * @csspart title - The title (a link when the feed gives the commitment's page).
 * @csspart verdicts - The status badge and the IRM's verdict.
 * @csspart status - The status badge (the government's status, or "No information").
 * @csspart irm-verdict - The IRM's verdict ("Limited completion (IRM, end of term)"), with `data-status`.
 * @csspart irm-report - The link to the IRM's report.
 * @csspart progress - The progress bar.
 * @csspart facts - The list of facts (lead, period, values, next milestone or end, last report).
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
 * @event ogp-toggle - The reader showed or hid the details. `detail: { expanded }`.
 */
export class OgpCommitment extends OgpDataElement<Commitment> {
  static override styles = [hostStyles, baseStyles, statusStyles, statusIconStyles, verdictStyles, commitmentStyles];

  static override properties: PropertyDeclarations = {
    commitment: {},
    variant: { reflect: true },
    expanded: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    listedFrom: { attribute: false },
  };

  /** The commitment's id (attribute), or the commitment itself (property). */
  declare commitment: string | Commitment | undefined;
  /**
   * Set by `<ogp-plan>`: the client of the feed its list comes from. A commitment given as a row
   * of a plan's published slice has no texts or updates: opened, the card asks this feed for its
   * commitment's slice, as a card with `src` does (`dataSlice`), and shows the row until it comes.
   */
  declare listedFrom: FeedClient | undefined;
  declare variant: CommitmentVariant;
  declare expanded: boolean;
  declare headingLevel: number;
  /** The row whose whole commitment the card asks for, once opened (and kept, closed again). */
  #wantsWhole?: string;

  constructor() {
    super();
    this.variant = 'card';
    this.expanded = false;
    this.headingLevel = 3;
  }

  protected override dataSlice(): DataSlice | undefined {
    const c = this.commitment;
    // A plan's row with its details open needs the whole commitment: its slice, as for an id.
    if (typeof c === 'object' && (this.variant === 'full' || this.expanded) && listsRows(this.feed))
      this.#wantsWhole = c.id;
    return commitmentSlice((name) =>
      name === 'commitment' && typeof c === 'object' && c.id === this.#wantsWhole ? c.id : this[name as keyof this],
    );
  }

  /** The last report's date, else the feed's generation: when what the card says last changed. */
  protected override changedOn(c: Commitment): string | undefined {
    return c.reported?.asOf ?? super.changedOn(c);
  }

  protected override select(feed: Feed | undefined): Selection<Commitment> {
    return this.pick(this.commitment, feed, 'commitment', commitmentById);
  }

  /**
   * Opened details need their elements' code: asked for once rendered, never by rendering (before,
   * in willUpdate, the data just arrived is not picked yet).
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.shown.data && (this.variant === 'full' || this.expanded)) defineDetailsElements();
  }

  protected override renderData(c: Commitment): TemplateResult {
    const status = commitmentStatus(c, this.clock);
    const known = bestKnown(c, this.clock);
    const tone = verdictTone(known.verdict);
    const t = this.t.commitment;
    // Whose status it is, on the card itself: the IRM's verdict names the IRM; the government's says
    // so (not on the compact line, which a plan's summary attributes).
    const verdicts = (source: unknown = nothing) =>
      html`<div part="verdicts">${verdictBadges(known, this.t.labels, t.irmReport)}${source}</div>`;
    const href = safeHref(c.url);
    const text = inLang(this.text(c.title));
    const title = heading(
      'title',
      this.headingLevel,
      href ? html`<a href=${href}>${text}</a>` : text,
      `${this.uid}-title`,
    );
    const progress = commitmentProgress(c);
    const compact = this.variant === 'compact';
    // The compact line keeps to one line: the percentage, without the milestones' row.
    const bar = html`<ogp-progress-bar part="progress" status=${status}
      .value=${progress.kind === 'unknown' ? undefined : progress.percent}
      .segments=${compact ? [] : c.milestones.map((m) => ({ state: milestoneState(m, this.clock), weight: m.weight }))}></ogp-progress-bar>`;
    const full = this.variant === 'full';
    const open = full || this.expanded;
    // Every layout leads somewhere: the title links to the commitment's page when the feed gives
    // one, and the details open in place (the compact line too), by keyboard as by pointer.
    const toggle = full
      ? nothing
      : html`<button part="toggle" type="button" aria-expanded=${open} aria-controls="${this.uid}-details" @click=${this.#toggle}>${open ? t.hide : t.show}</button>`;
    const details = html`<div part="details" id="${this.uid}-details" ?hidden=${!open}>${open ? this.#renderOpen(c, full) : nothing}</div>`;
    // A row whose details could not come says so in them, not again below.
    const footer = this.renderFooter(listsRows(this.feedData.feed));
    if (compact) {
      return html`<div part="compact" data-status=${tone}>${title}${verdicts()}${bar}${toggle}</div>${details}${footer}`;
    }
    return html`<article part="card" data-status=${tone} aria-labelledby="${this.uid}-title">
      <div part="header"><div><p part="eyebrow">${t.reference(c.number ?? '', c.id)}</p> ${title}</div>${verdicts(known.verdict.source === 'government' ? html`<span part="source" class="muted">${t.byGovernment}</span>` : nothing)}</div>
      ${bar}${illustrative(c.reported) ? html`<p part="illustrative">${t.illustrative}</p>` : nothing}${this.#renderFacts(c, known)}
      ${toggle}${details}
      ${footer}
    </article>`;
  }

  /** The reader's click: the property changes, and the page hears it (`ogp-toggle`). */
  #toggle(): void {
    this.expanded = !this.expanded;
    // After a failure, opening asks again (a server back up, a connection restored).
    if (this.expanded && this.feedData.error) this.feedData.retry();
    emit<OgpToggleDetail>(this, 'ogp-toggle', { expanded: this.expanded });
  }

  /**
   * Facts; once the commitment has ended (its end date past, or its plan closed), when it ended
   * and its final state instead of a next milestone that will never come.
   */
  #renderFacts(c: Commitment, known: BestKnown) {
    const t = this.t.commitment;
    const { feed } = this.feedData;
    const ended = endedOn(c, this.clock, feed && findCommitment(feed, c.id)?.plan);
    const next = ended ? undefined : nextMilestone(c, this.clock);
    // Past its due date: reported not done (overdue), or with no report since (unreported).
    const state = next && milestoneState(next, this.clock);
    return html`<dl part="facts">
      ${c.lead ? fact(this.t.shared.lead, inLang(this.nameOf(c.lead))) : nothing}
      ${c.start || c.end ? fact(t.period, `${this.date(c.start) || '…'} – ${this.date(c.end) || '…'}`) : nothing}
      ${
        c.values.length
          ? fact(
              t.values,
              html`<ul part="values">${c.values.map((value) => html`<li part="value">${this.labelOf('ogpValue', value)}</li>`)}</ul>`,
            )
          : nothing
      }
      ${
        next
          ? fact(
              t.next,
              html`${inLang(this.text(next.title))}${next.due ? ` (${t.due(this.date(next.due))})` : ''}
            ${state === 'overdue' || state === 'unreported' ? badge(state, 'milestone') : nothing}`,
            )
          : nothing
      }
      ${ended ? fact(t.ended, t.endedWith(this.date(ended), verdictLabel(known.verdict, this.t.labels))) : nothing}
      ${c.reported ? fact(t.asOf, this.date(c.reported.asOf)) : nothing}
    </dl>`;
  }

  #section(title: string, content: unknown) {
    return html`<section>${heading('section-title', this.headingLevel + 1, title)} ${content}</section>`;
  }

  /**
   * The details of `c`; of a plan's row, those of its whole commitment, once the slice asked for it
   * has come (until then the feed is the row's, which lists rows).
   */
  #renderOpen(c: Commitment, full: boolean) {
    const { feed, error } = this.feedData;
    if (!this.listedFrom || !listsRows(feed))
      return this.#renderDetails((this.listedFrom && feed && commitmentById(feed, c.id)) || c, full, feed);
    if (error) return html`<p part="error" role="alert">${this.describe(error)}</p>`;
    return html`<div class="skeleton" part="skeleton" role="status" aria-busy="true"><span class="vh">${this.t.shared.loading}</span></div>`;
  }

  #renderDetails(c: Commitment, full: boolean, feed: Feed | undefined) {
    const t = this.t.commitment;
    const paragraph = (title: string, value: LocalizedText | undefined) =>
      value ? this.#section(title, html`<p>${inLang(this.text(value))}</p>`) : nothing;
    const shown = (list: unknown[]) => full && list.length;
    return html`${paragraph(t.description, c.description)} ${paragraph(t.problem, c.problem)} ${paragraph(t.objective, c.objective)}
      ${c.supporting.length ? this.#section(t.supporting, html`<p>${c.supporting.map((id, i) => html`${i ? ', ' : ''}${inLang(this.nameOf(id, feed))}`)}</p>`) : nothing}
      ${this.#section(
        t.timeline,
        c.milestones.length || c.updates.length
          ? html`<ogp-timeline .commitment=${c} .feed=${feed} .now=${this.now}></ogp-timeline>`
          : html`<p class="muted">${t.noMilestones}</p>`,
      )}
      ${
        shown(c.indicators)
          ? this.#section(
              t.indicators,
              c.indicators.map(
                (indicator) =>
                  html`<ogp-indicator .indicator=${indicator} .feed=${feed} .now=${this.now}></ogp-indicator>`,
              ),
            )
          : nothing
      }
      ${full && c.irm ? this.#section(t.irm, this.#renderIrm(c.irm)) : nothing}
      ${
        shown(c.carriesForward)
          ? this.#section(
              t.carriesForward,
              html`<ul>
              ${c.carriesForward.map((id) => {
                const earlier = feed && commitmentById(feed, id);
                return html`<li>${id}${earlier ? html`${this.t.shared.colon}${inLang(this.text(earlier.title))}` : nothing}</li>`;
              })}
            </ul>`,
            )
          : nothing
      }`;
  }

  #renderIrm(irm: IrmAssessment) {
    const t = this.t.commitment;
    const report = safeHref(irm.reportUrl);
    return html`<dl part="facts irm">
        ${Object.entries(t.irmFields).map(([field, name]) => {
          const value = irm[field];
          if (value === undefined) return nothing;
          return fact(
            name,
            typeof value === 'boolean' ? (value ? t.yes : t.no) : this.labelOf(irmScale(field), value as never),
          );
        })}
      </dl>
      ${report ? html`<p><a href=${report}>${t.irmReport}</a></p>` : nothing}`;
  }
}
