/**
 * The base of every element that shows feed data: the `src` / `live` / `refresh` / `.feed` inputs,
 * the data controller, and the states every such element has (skeleton while the first data comes,
 * an error that names the problem, the light-DOM fallback until there is data, and a footer that
 * says when the data was fetched and whether it is stale).
 */
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { findInstitution, formatDateTime, formatPartialDate, NotFoundError, OgpError } from '@ogp-embed/sdk';
import type { Feed, LocalizedText, MisuseProblem, NotFoundKind } from '@ogp-embed/sdk';
import { emit } from './events/emit.js';
import type { OgpErrorDetail } from './events/ogp-error.js';
import { FeedController } from './feed-controller.js';
import type { DataSlice, Selection } from './feed-controller.js';
import { ShownData } from './shown-data.js';
import { feedText } from './feed-text.js';
import type { FeedText } from './feed-text.js';
import { OgpElement } from './ogp-element.js';

let ids = 0;

/**
 * `now="2022-03-28"` in HTML; an invalid date is ignored. Read only: `now` is not reflected, so
 * Lit never writes it back to the attribute.
 */
const dateAttribute = {
  fromAttribute(value: string | null): Date | undefined {
    const date = value ? new Date(value) : undefined;
    return date && !Number.isNaN(date.getTime()) ? date : undefined;
  },
};

export abstract class OgpDataElement<T> extends OgpElement {
  static override properties: PropertyDeclarations = {
    src: {},
    live: { type: Boolean },
    refresh: { type: Number },
    feed: { attribute: false },
    now: { converter: dateAttribute },
  };

  /** URL of the feed (absolute, or relative to the page). Inside `<ogp-feed>` it may be left out. */
  declare src: string | undefined;
  /** Keep the data up to date: poll the feed every `refresh` seconds (default 60). */
  declare live: boolean;
  /** Seconds between polls; setting it turns `live` on. */
  declare refresh: number | undefined;
  /** A feed the page already holds: used instead of fetching `src`. */
  declare feed: Feed | undefined;
  /** The date the figures are computed for (overdue, due soon, today marker); default: now. */
  declare now: Date | undefined;

  /** Where the feed comes from and where it stands. */
  protected readonly feedData: FeedController;
  /** What the element shows of it, and the events that say so. */
  protected readonly shown = new ShownData<T>();
  /** Unique in the page: ids inside the shadow root that ARIA attributes point to. */
  protected readonly uid = `ogp${++ids}`;
  #misuse: { key: string; error: OgpError } | undefined;

  constructor() {
    super();
    this.live = false;
    // `slices="none"` (the snippet writes it for a host without slices): the whole feed, no 404 looked for.
    this.feedData = new FeedController(this, {
      slice: () => (this.getAttribute('slices') === 'none' ? undefined : this.dataSlice()),
    });
    // Readers see plain words; whoever builds the page gets the cause, one console line per error.
    this.addEventListener('ogp-error', (event) => console.warn(`ogp-embed: ${event.detail.error.message}`));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // No `src`, no `.feed`, no `<ogp-feed>` around it and no data given by property (`.commitment`…)
    // once the page has had a turn to set them: the element can show nothing but its fallback, and says so.
    // One written with its snapshot shows that (the cards inside a plan's snapshot have no src of their own).
    setTimeout(() => {
      if (
        this.isConnected &&
        !this.feed &&
        !this.feedData.src &&
        !this.feedData.feed &&
        this.shown.data === undefined &&
        !this.hasAttribute('snapshot')
      ) {
        this.misused('no-src', 'src');
      }
    });
  }

  /** Says in one console line (and an `ogp-error`) how the element is misused, and what to write instead. */
  protected misused(problem: MisuseProblem, attribute: string, given?: string, value?: string): OgpError {
    // The same misuse is the same error on every update: said once, not once per render.
    const key = problem + attribute + value;
    if (this.#misuse?.key === key) return this.#misuse.error;
    const error = new OgpError('element-misuse', { element: this.localName, problem, attribute, given, value });
    this.#misuse = { key, error };
    if (problem === 'no-src')
      emit<OgpErrorDetail>(this, 'ogp-error', { error, code: error.code, message: error.message, stale: false });
    return error;
  }

  /** After the controller has followed the feed (its `hostUpdate`), before rendering: what to show of it. */
  protected override update(changed: PropertyValues): void {
    this.shown.pick(this.feedData, this.select(this.feedData.feed));
    // Written with its snapshot, the element keeps it until it has its words and its own data to
    // show (a feed that fails keeps it: the last good data), then replaces it in this one task.
    if (this.strings && this.shown.data !== undefined && this.hasAttribute('snapshot')) {
      this.removeAttribute('snapshot');
      this.renderRoot.replaceChildren();
      // Lit renders before the first node it found in the shadow root (LitElement's `renderBefore`): gone now.
      this.renderOptions.renderBefore = null;
    }
    super.update(changed);
  }

  /**
   * Once what is shown is on the page in the reader's language (not while the words load), the
   * page hears of it: a listener finds the data on the page.
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.strings) this.shown.report(this, this.feedData, this.errorMessage);
  }

  /** The error shown, in the reader's words; `undefined` while the words load. */
  protected get errorMessage(): string | undefined {
    const { error } = this.shown;
    return error && this.strings ? this.describe(error) : undefined;
  }

  /**
   * The cards, timelines and indicators an element renders inside itself are its own business:
   * their events stop at its shadow root, so a page hears one `ogp-load` from a plan, not one
   * per card.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    const contain = (event: Event) => event.stopPropagation();
    for (const name of ['ogp-load', 'ogp-change', 'ogp-error']) root.addEventListener(name, contain);
    return root;
  }

  /**
   * Moved with `moveBefore` (a plan re-sorting its cards): the element never left the page, so it
   * keeps its focus, its state and its subscriptions, where without this callback the browser
   * would disconnect and connect it again. Its surroundings may differ: it asks for its context
   * again, and an update re-reads its language.
   */
  connectedMoveCallback(): void {
    this.feedData.moved();
    this.requestUpdate();
  }

  protected get clock(): Date {
    return this.now ?? new Date();
  }

  /**
   * The published part of the feed that holds what the element shows (one commitment's, one
   * plan's), asked for instead of the whole feed; `undefined` when none does. The loader's
   * `prefetch` (loader/prefetch.ts) must ask for the same part before the element is defined.
   */
  protected dataSlice(): DataSlice | undefined {
    return undefined;
  }

  /** Picks what the element shows from the feed (or from its own properties). */
  protected abstract select(feed: Feed | undefined): Selection<T>;

  /** The entity asked for: the object itself (a property), or the one with that id in the feed. */
  protected pick<D extends { id?: string }>(
    value: string | D | undefined,
    feed: Feed | undefined,
    kind: NotFoundKind,
    find: (feed: Feed, id: string) => D | undefined,
  ): Selection<D> {
    if (typeof value === 'object' && value) return { data: value, id: value.id };
    if (!value && feed) {
      // `id="CL0081"` names the element, not what it shows: the commonest slip.
      const { id } = this;
      const error =
        id && find(feed, id) ? this.misused('wrong-attribute', kind, 'id', id) : this.misused('no-id', kind);
      return { error, id: value };
    }
    if (!value || !feed) return { id: value };
    const data = find(feed, value);
    return data ? { data, id: value } : { error: new NotFoundError(kind, value), id: value };
  }

  /** Text from the feed in the reader's language (see feed-text.ts). */
  protected text(value: LocalizedText | undefined) {
    return feedText(value, this.locale, this.feedData.feed?.defaultLanguage);
  }

  protected date(value: string | undefined): string {
    return formatPartialDate(value, this.locale);
  }

  /**
   * An institution's name in the reader's language, marked with its own when it is in another
   * (as any feed text); its id when there is no feed to look it up in.
   */
  protected nameOf(id: string, feed = this.feedData.feed): FeedText {
    const institution = feed && findInstitution(feed, id);
    const name = institution && this.text(institution.name);
    return name?.text ? name : { text: id };
  }

  protected abstract renderData(data: T): TemplateResult;

  /**
   * What a reader is told of an error: plain words (the cause goes to the console and `ogp-error`);
   * what is not in the data is named, since a wrong id is the one mistake a reader can report.
   */
  protected describe(error: Error): string {
    const t = this.t.shared;
    if (!(error instanceof NotFoundError) || !error.id) return t.unavailable;
    return t.notFound(error.id);
  }

  protected override render(): TemplateResult {
    const { data, error } = this.shown;
    const pending = this.feedData.status === 'loading' && data === undefined;
    const words = this.strings;
    // Until the words of its language arrive, the element shows its skeleton, never other words.
    if (!words && (pending || data !== undefined))
      return html`<div class="skeleton" part="skeleton" aria-busy="true"></div>`;
    if (!words) return html`<slot></slot>`;
    if (data !== undefined) return this.renderData(data);
    if (pending) {
      return html`<div class="skeleton" part="skeleton" role="status" aria-busy="true"><span class="vh">${words.shared.loading}</span></div>`;
    }
    return html`${error ? html`<p part="error" role="alert">${this.errorMessage}</p>` : nothing}<slot></slot>`;
  }

  /**
   * When what the element shows last changed, as a partial date (`2025-06`): by default the day the
   * feed was generated; an element with a dated report of its own (a commitment) says that instead.
   */
  protected changedOn(_data: T): string | undefined {
    return this.feedData.feed?.generatedAt.slice(0, 10);
  }

  /**
   * When the data last changed (never when the page fetched it); a live element adds when it last
   * checked, named as such; after a failed refresh, why it may be old, unless the element `told`
   * it elsewhere (a card's details that could not come).
   */
  protected renderFooter(told?: boolean): TemplateResult | typeof nothing {
    const { data } = this.shown;
    const { fetchedAt } = this.feedData;
    const error = !told && this.shown.error;
    const stale = !told && this.feedData.status === 'stale';
    const t = this.t.shared;
    const when = fetchedAt ? formatDateTime(fetchedAt, this.locale) : '';
    const changed = data === undefined ? undefined : this.changedOn(data);
    const live = this.live || this.refresh !== undefined;
    if (!error && !changed && !(live && when)) return nothing;
    // A <div>, not a <footer>: in a shadow root a footer is a page-level contentinfo landmark,
    // and two cards on one page would then duplicate it.
    return html`<div part="footer">${
      error
        ? html`<p part="error notice" role="status">${stale && when ? t.stale(when) : this.errorMessage}</p>`
        : stale
          ? html`<p part="notice" role="status">${t.outdated}</p>`
          : nothing
    }${changed ? html`<p part="updated"><time datetime=${changed}>${t.updated(this.date(changed))}</time></p>` : nothing}${
      live && when
        ? html`<p part="checked"><time datetime=${fetchedAt!.toISOString()}>${t.checked(when)}</time></p>`
        : nothing
    }</div>`;
  }
}
