/**
 * `<ogp-studio>`: the publisher's studio. Open files → their problems at their cells → a preview
 * of every plan, commitment and forum with the real elements → the embed code → the folder to
 * upload as one .zip. Reading and zipping happen in a worker; nothing leaves the browser.
 *
 * Rendered in the light DOM: the page's own stylesheet styles it, and it is one document for
 * assistive technology. Data is only ever put in as text or attribute values (Lit escapes both).
 */
import { html, LitElement, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { languageText, issueMessage } from '@ogp-embed/sdk';
import type { Feed } from '@ogp-embed/sdk';
import { MESSAGES } from '@ogp-embed/cli/core';
import type { ChildSheet } from '@ogp-embed/cli/core';
import { DEFAULT_SCRIPT_URL, embedCode, FEED_URL_PLACEHOLDER, VARIANTS } from './embed-code.js';
import type { EmbedCode, EmbedOptions } from './embed-code.js';
import type { ImportOptions, SheetProblem, StudioResult } from './import-files.js';
import type { Catalog } from './preview-feed.js';
import type { FromWorker, ToWorker } from './worker.js';
import { LANGUAGE_NAMES, LANGUAGES, pickStudioLanguage, WORDS } from './words.js';
import type { EntityKind, Stage, StudioLanguage, StudioWords } from './words.js';

/** Problems listed per severity; the rest are counted. Thousands of rows would bury the first. */
const SHOWN_PROBLEMS = 200;
/** Items listed to pick from; the filter finds the others. */
const SHOWN_ITEMS = 100;
const STAGES: readonly Stage[] = ['reading', 'building', 'checking', 'done'];
/** Where the reading options live: this tab's session only (gone when it closes), never sent. */
const OPTIONS_KEY = 'ogp-studio-import-options';
const TEXT_OPTIONS = ['publisher', 'country', 'language', 'plan', 'title'] as const;

/** The options remembered in this tab, each checked (storage is the user's, and may hold anything). */
function rememberedOptions(): ImportOptions {
  let stored: unknown;
  try {
    stored = JSON.parse(sessionStorage.getItem(OPTIONS_KEY) ?? '{}');
  } catch {
    return {};
  }
  if (!stored || typeof stored !== 'object') return {};
  const values = stored as Record<string, unknown>;
  const options: ImportOptions = {};
  if (values.dateOrder === 'dmy' || values.dateOrder === 'mdy') options.dateOrder = values.dateOrder;
  for (const key of TEXT_OPTIONS) {
    const value = values[key];
    if (typeof value === 'string' && value.trim()) options[key] = value.trim();
  }
  return options;
}

function remember(options: ImportOptions): void {
  try {
    sessionStorage.setItem(OPTIONS_KEY, JSON.stringify(options));
  } catch {
    // Storage refused (private mode, full): the options still hold until the page is left.
  }
}

interface Item {
  kind: EntityKind;
  id: string;
  title: string;
}

/** The title of an entity in the studio's language, else the feed's. */
function titleOf(value: unknown, lang: string, fallback: string): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const texts = value as Record<string, string>;
    return texts[lang] ?? texts[fallback] ?? Object.values(texts)[0] ?? '';
  }
  return '';
}

const LISTS = { plan: 'plans', commitment: 'commitments', forum: 'forums' } as const;

/** Each list once per catalogue and language: a plan of 50,000 commitments is not listed again on every keystroke. */
const listed = new WeakMap<Catalog, Map<string, Item[]>>();

function itemsOf(catalog: Catalog, kind: EntityKind, lang: string): Item[] {
  let lists = listed.get(catalog);
  if (!lists) listed.set(catalog, (lists = new Map()));
  const key = `${kind} ${lang}`;
  let items = lists.get(key);
  if (!items) {
    items = catalog[LISTS[kind]].map((item) => ({
      kind,
      id: item.id,
      title: titleOf(item.title, lang, catalog.defaultLanguage),
    }));
    lists.set(key, items);
  }
  return items;
}

export class OgpStudio extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    _result: { state: true },
    _progress: { state: true },
    _failure: { state: true },
    _kind: { state: true },
    _query: { state: true },
    _selected: { state: true },
    _preview: { state: true },
    _options: { state: true },
    _copied: { state: true },
    _confirmLoss: { state: true },
    _zip: { state: true },
    _importOptions: { state: true },
  };

  declare lang: StudioLanguage;
  declare _result: StudioResult | undefined;
  declare _progress: { stage: Stage; done: number; total: number; file?: string } | undefined;
  declare _failure: string | undefined;
  declare _kind: EntityKind;
  declare _query: string;
  declare _selected: Item | undefined;
  /** The feed of the item picked, cut by the worker (`preview-feed.ts`). */
  declare _preview: { kind: EntityKind; id: string; feed?: Feed } | undefined;
  declare _options: EmbedOptions;
  declare _copied: { which: keyof EmbedCode; ok: boolean } | undefined;
  declare _confirmLoss: boolean;
  declare _zip: { busy: boolean; note?: string };
  /** How to read what is opened: the CLI's `--date-order`, `--publisher`, `--country`… */
  declare _importOptions: ImportOptions;

  #worker: Worker | undefined;
  /** The files last opened, read again when an option changes. */
  #opened: File[] = [];

  constructor() {
    super();
    this.lang = pickStudioLanguage(navigator.languages ?? [navigator.language]);
    this._kind = 'commitment';
    this._query = '';
    this._options = { feedUrl: '', scriptUrl: DEFAULT_SCRIPT_URL, variant: 'card', lang: '', live: false };
    this._confirmLoss = false;
    this._zip = { busy: false };
    this._importOptions = rememberedOptions();
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private get t(): StudioWords {
    return WORDS[this.lang];
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('lang')) {
      document.documentElement.lang = this.lang;
      document.title = this.t.title;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#worker?.terminate();
    this.#worker = undefined;
  }

  /** One worker for the page's life: started on first use. */
  private worker(): Worker {
    if (!this.#worker) {
      this.#worker = new Worker(new URL('./studio-worker.js', import.meta.url), { type: 'module' });
      this.#worker.addEventListener('message', (event: MessageEvent<FromWorker>) => this.heard(event.data));
      this.#worker.addEventListener('error', (event) => this.failed(event.message || 'worker'));
    }
    return this.#worker;
  }

  private send(message: ToWorker): void {
    this.worker().postMessage(message);
  }

  private heard(message: FromWorker): void {
    if (message.type === 'progress') this._progress = message;
    else if (message.type === 'result') this.showResult(message.result);
    else if (message.type === 'preview') this._preview = message;
    else if (message.type === 'zip') this.save(message.bytes, message.files);
    else if (message.type === 'template')
      this.download(
        message.bytes,
        this.t.templateFile,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
    else this.failed(message.message);
  }

  private failed(message: string): void {
    this._failure = message;
    this._progress = undefined;
    this._zip = { busy: false };
  }

  private open(files: File[]): void {
    if (files.length === 0) return;
    this.#opened = files;
    this._result = undefined;
    this._failure = undefined;
    this.select(undefined);
    this._confirmLoss = false;
    this._zip = { busy: false };
    this._progress = { stage: 'reading', done: 0, total: files.length };
    this.send({ type: 'import', files, options: this._importOptions });
  }

  /** An option changed: remembered for the session, and what is open read again with it. */
  private setImportOption<K extends keyof ImportOptions>(key: K, value: ImportOptions[K] | ''): void {
    const options = { ...this._importOptions };
    if (value === '' || value === undefined) delete options[key];
    else options[key] = value;
    this._importOptions = options;
    remember(options);
    this.open(this.#opened);
  }

  private showResult(result: StudioResult): void {
    this._result = result;
    this._progress = { stage: 'done', done: 1, total: 1 };
    const catalog = result.catalog;
    if (!catalog) return;
    // The first commitment, else the first plan, else the first forum: a preview at once.
    const kind: EntityKind = catalog.commitments.length ? 'commitment' : catalog.plans.length ? 'plan' : 'forum';
    this._kind = kind;
    this.select(itemsOf(catalog, kind, this.lang)[0]);
  }

  /** Picks the item to preview, and asks the worker for its feed. */
  private select(item: Item | undefined): void {
    this._selected = item;
    if (item) this.send({ type: 'preview', kind: item.kind, id: item.id });
  }

  /** Hands the browser a file made here, as a download. */
  private download(bytes: Uint8Array, name: string, type: string): void {
    const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  private save(bytes: Uint8Array, files: number): void {
    this.download(bytes, 'ogp-feed.zip', 'application/zip');
    const kb = (bytes.length / 1000).toLocaleString(this.lang, { maximumFractionDigits: 1 });
    this._zip = { busy: false, note: this.t.zipped(files, kb) };
  }

  private async copy(which: keyof EmbedCode, text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this._copied = { which, ok: true };
    } catch {
      this._copied = { which, ok: false };
    }
  }

  protected override render(): TemplateResult {
    const t = this.t;
    return html`
      <header class="studio-header">
        <h1>${t.title}</h1>
        <label class="language">
          ${t.language}
          <select @change=${(e: Event) => (this.lang = (e.target as HTMLSelectElement).value as StudioLanguage)}>
            ${LANGUAGES.map((lang) => html`<option value=${lang} lang=${lang} ?selected=${lang === this.lang}>${LANGUAGE_NAMES[lang]}</option>`)}
          </select>
        </label>
      </header>
      <main>
        <p class="intro">${t.intro}</p>
        ${this.renderOpen()} ${this._result ? this.renderProblems(this._result) : nothing}
        ${this._result?.catalog ? this.renderPreview(this._result.catalog) : nothing}
        ${this._result?.hasFeed ? this.renderDownload(this._result) : nothing}
      </main>
    `;
  }

  private renderOpen(): TemplateResult {
    const t = this.t;
    const files = (e: Event) => {
      const input = e.target as HTMLInputElement;
      this.open([...(input.files ?? [])]);
      input.value = '';
    };
    const drop = (e: DragEvent) => {
      e.preventDefault();
      this.open([...(e.dataTransfer?.files ?? [])]);
    };
    const progress = this._progress;
    const step = progress ? STAGES.indexOf(progress.stage) + (progress.total ? progress.done / progress.total : 0) : 0;
    return html`
      <section aria-labelledby="open-heading" class="open" @dragover=${(e: DragEvent) => e.preventDefault()} @drop=${drop}>
        <h2 id="open-heading">${t.openHeading}</h2>
        <p id="accepted">${t.accepted}</p>
        <div class="pickers">
          <label class="button">${t.openFiles}<input type="file" name="files" multiple accept=".xlsx,.xlsm,.xls,.ods,.csv,.tsv,.txt,.json" aria-describedby="accepted" @change=${files} /></label>
          <label class="button">${t.openFolder}<input type="file" name="folder" webkitdirectory @change=${files} /></label>
          <span class="drop">${t.dropHere}</span>
        </div>
        <p class="template">
          ${t.templateLine}
          <button type="button" @click=${() => this.send({ type: 'template', lang: this.lang })}>${t.templateDownload}</button>
        </p>
        ${this.renderImportOptions()}
        <div class="status" role="status">
          ${
            progress
              ? html`<label
                  >${t.stage[progress.stage]}${progress.file ? `: ${progress.file}` : ''}
                  <progress max=${STAGES.length - 1} .value=${Math.min(step, STAGES.length - 1)}></progress></label
                >`
              : nothing
          }
          ${this._failure ? html`<p class="error">${t.failed(this._failure)}</p>` : nothing}
        </div>
      </section>
    `;
  }

  private renderImportOptions(): TemplateResult {
    const t = this.t;
    const options = this._importOptions;
    const text = (key: (typeof TEXT_OPTIONS)[number], label: string, hint: string) => html`<label
        >${label}
        <input type="text" name=${`option-${key}`} autocomplete="off" aria-describedby=${`option-${key}-hint`} .value=${options[key] ?? ''}
          @change=${(e: Event) => this.setImportOption(key, (e.target as HTMLInputElement).value.trim())} /></label
      ><p id=${`option-${key}-hint`} class="hint">${hint}</p>`;
    return html`<fieldset class="options">
      <legend>${t.optionsLegend}</legend>
      <p class="hint">${t.optionsIntro}</p>
      <label
        >${t.dateOrder}
        <select name="option-date-order" aria-describedby="option-date-order-hint"
          @change=${(e: Event) => this.setImportOption('dateOrder', (e.target as HTMLSelectElement).value as ImportOptions['dateOrder'] | '')}>
          ${(['', 'dmy', 'mdy'] as const).map((order) => html`<option value=${order} ?selected=${(options.dateOrder ?? '') === order}>${t.dateOrders[order || 'ask']}</option>`)}
        </select></label
      ><p id="option-date-order-hint" class="hint">${t.dateOrderHint}</p>
      ${text('publisher', t.publisher, t.publisherHint)} ${text('country', t.country, t.countryHint)} ${text('language', t.feedLanguage, t.feedLanguageHint)}
      ${text('plan', t.plan, t.planHint)} ${text('title', t.planTitle, t.planTitleHint)}
    </fieldset>`;
  }

  private where(problem: SheetProblem): TemplateResult {
    return html`<td>${problem.file}</td>
      <td>${problem.row ?? ''}</td>
      <td>${problem.column ?? ''}</td>
      <td>${problem.value ?? ''}</td>`;
  }

  private problemTable(caption: string, problems: readonly SheetProblem[], empty: string): TemplateResult {
    const t = this.t;
    if (problems.length === 0) return html`<p>${empty}</p>`;
    return html`<table>
        <caption>${caption}</caption>
        <thead>
          <tr><th scope="col">${t.file}</th><th scope="col">${t.row}</th><th scope="col">${t.column}</th><th scope="col">${t.value}</th><th scope="col">${t.problem}</th></tr>
        </thead>
        <tbody>
          ${problems.slice(0, SHOWN_PROBLEMS).map((p) => html`<tr>${this.where(p)}<td>${languageText(p.text, this.lang)}</td></tr>`)}
        </tbody>
      </table>
      ${problems.length > SHOWN_PROBLEMS ? html`<p>${t.more(problems.length - SHOWN_PROBLEMS)}</p>` : nothing}`;
  }

  private renderProblems(result: StudioResult): TemplateResult {
    const t = this.t;
    const said = MESSAGES[this.lang];
    const problems = result.fatal ? [result.fatal, ...result.sheetProblems] : result.sheetProblems;
    const errors = problems.filter((p) => p.severity === 'error');
    const warnings = problems.filter((p) => p.severity === 'warning');
    const feedErrors = result.feedProblems.filter((p) => p.severity === 'error');
    const feedWarnings = result.feedProblems.filter((p) => p.severity === 'warning');
    const { rows, cells, columns, files } = result.leftOut;
    const lostByFeed = result.feedProblems.filter((p) => p.dropped);
    const nothingLost = rows + cells + columns + files === 0 && lostByFeed.length === 0 && !result.fatal;
    const catalog = result.catalog;
    return html`
      <section aria-labelledby="problems-heading" class="problems">
        <h2 id="problems-heading">${t.problemsHeading}</h2>
        <p>${result.kind ? t.readAsLine(t.readAs[result.kind]) : nothing} ${t.opened(result.opened.join(', '))}</p>
        ${result.unknown.map((name) => html`<p class="error">${t.unknownFile(name)}</p>`)}
        <h3 id="errors-heading">${t.errors(errors.length + feedErrors.length)}</h3>
        ${this.problemTable(t.errors(errors.length), errors, t.noErrors)}
        ${feedErrors.length ? html`<ul class="feed-problems">${feedErrors.map((p) => html`<li>${issueMessage(p, this.lang)}${p.dropped ? ` ${said.dropped(p.dropped)}` : ''}</li>`)}</ul>` : nothing}
        <h3 id="warnings-heading">${t.warnings(warnings.length + feedWarnings.length)}</h3>
        ${this.problemTable(t.warnings(warnings.length), warnings, t.noWarnings)}
        ${feedWarnings.length ? html`<ul class="feed-problems">${feedWarnings.map((p) => html`<li>${issueMessage(p, this.lang)}</li>`)}</ul>` : nothing}
        <h3>${t.lostHeading}</h3>
        ${
          nothingLost
            ? html`<p>${t.nothingLost}</p>`
            : html`<ul class="lost">
              ${result.dropped.map((row) => {
                const children = Object.entries(row.children).filter(([, count]) => count > 0) as [
                  ChildSheet,
                  number,
                ][];
                return html`<li>${said.droppedRow(row.file, row.row, row.id, children)}</li>`;
              })}
              ${rows + cells + columns + files ? html`<li>${said.leftOutTotals(rows, cells, columns, files)}</li>` : nothing}
              ${result.tableNotRead ? html`<li class="error">${said.tableNotRead()}</li>` : nothing}
              ${result.stillTheExample ? html`<li class="error">${said.stillTheExample()}</li>` : nothing}
              ${lostByFeed.map((p) => html`<li>${said.dropped(p.dropped!)}</li>`)}
            </ul>`
        }
        <p class=${catalog ? '' : 'error'}>
          ${catalog ? t.summary(catalog.plans.length, catalog.commitments.length, catalog.forums.length) : t.noFeed}
        </p>
      </section>
    `;
  }

  private renderPreview(catalog: Catalog): TemplateResult {
    const t = this.t;
    const all = itemsOf(catalog, this._kind, this.lang);
    const query = this._query.trim().toLowerCase();
    const found = query
      ? all.filter((item) => item.id.toLowerCase().includes(query) || item.title.toLowerCase().includes(query))
      : all;
    const shown = found.slice(0, SHOWN_ITEMS);
    const kinds: [EntityKind, string, number][] = [
      ['plan', t.plans, catalog.plans.length],
      ['commitment', t.commitments, catalog.commitments.length],
      ['forum', t.forums, catalog.forums.length],
    ];
    const pickKind = (kind: EntityKind) => {
      this._kind = kind;
      this._query = '';
      this.select(itemsOf(catalog, kind, this.lang)[0]);
    };
    return html`
      <section aria-labelledby="preview-heading" class="preview">
        <h2 id="preview-heading">${t.previewHeading}</h2>
        <div class="chooser">
          <fieldset>
            <legend>${t.pick}</legend>
            ${kinds.map(
              ([kind, label, count]) =>
                html`<label><input type="radio" name="kind" value=${kind} ?checked=${this._kind === kind} ?disabled=${count === 0} @change=${() => pickKind(kind)} /> ${label} (${count})</label>`,
            )}
          </fieldset>
          <label>${t.filter} <input type="search" .value=${this._query} @input=${(e: Event) => (this._query = (e.target as HTMLInputElement).value)} /></label>
          ${
            shown.length
              ? html`<ul class="items">
                ${shown.map(
                  (item) =>
                    html`<li><button type="button" aria-pressed=${String(this._selected?.id === item.id && this._selected.kind === item.kind)} @click=${() => this.select(item)}>
                      <span class="id">${item.id}</span> ${item.title}
                    </button></li>`,
                )}
              </ul>`
              : html`<p>${t.noMatch}</p>`
          }
          ${found.length > shown.length ? html`<p>${t.shown(shown.length, found.length)}</p>` : nothing}
        </div>
        ${this._selected ? this.renderSelected(this._selected) : nothing}
      </section>
    `;
  }

  private renderElement(item: Item): TemplateResult | typeof nothing {
    const preview = this._preview;
    // Until the worker sends the item's feed: nothing (the element would say "not found").
    if (preview?.kind !== item.kind || preview.id !== item.id || !preview.feed) return nothing;
    const feed = preview.feed;
    const { variant, lang } = this._options;
    const language = lang || this.lang;
    if (item.kind === 'plan') {
      return html`<ogp-plan .feed=${feed} plan=${item.id} card-variant=${VARIANTS.plan.includes(variant) ? variant : 'card'} lang=${language}></ogp-plan>`;
    }
    if (item.kind === 'forum')
      return html`<ogp-agreements .feed=${feed} forum=${item.id} lang=${language}></ogp-agreements>`;
    return html`<ogp-commitment .feed=${feed} commitment=${item.id} variant=${VARIANTS.commitment.includes(variant) ? variant : 'card'} lang=${language}></ogp-commitment>`;
  }

  private renderSelected(item: Item): TemplateResult {
    const t = this.t;
    const options = this._options;
    const set = (change: Partial<EmbedOptions>) => {
      this._options = { ...options, ...change };
      this._copied = undefined;
    };
    const code = embedCode(item.kind, item.id, options);
    const variants = VARIANTS[item.kind];
    const codeBlock = (which: keyof EmbedCode, label: string) => html`<div class="code">
      <label for=${`code-${which}`}>${label}</label>
      <textarea id=${`code-${which}`} readonly rows=${which === 'html' ? 3 : 2} .value=${code[which]}></textarea>
      <button type="button" @click=${() => this.copy(which, code[which])} aria-describedby=${`copied-${which}`}>${t.copy}</button>
      <span id=${`copied-${which}`} role="status">${this._copied?.which === which ? (this._copied.ok ? t.copied : t.copyFailed) : ''}</span>
    </div>`;
    return html`
      <div class="selected">
        <div class="card-preview">${this.renderElement(item)}</div>
        <div class="embed">
          <h3>${t.codeHeading}</h3>
          <label>${t.feedUrl}
            <input type="url" name="feed-url" placeholder=${FEED_URL_PLACEHOLDER} aria-describedby="feed-url-hint" .value=${options.feedUrl} @input=${(e: Event) => set({ feedUrl: (e.target as HTMLInputElement).value })} />
          </label>
          <p id="feed-url-hint" class="hint">${t.feedUrlHint}</p>
          <label>${t.scriptUrl}
            <input type="url" name="script-url" .value=${options.scriptUrl} @input=${(e: Event) => set({ scriptUrl: (e.target as HTMLInputElement).value })} />
          </label>
          ${
            variants.length
              ? html`<label>${t.variant}
                <select name="variant" @change=${(e: Event) => set({ variant: (e.target as HTMLSelectElement).value })}>
                  ${variants.map((v) => html`<option value=${v} ?selected=${v === options.variant}>${t.variants[v as keyof StudioWords['variants']] ?? v}</option>`)}
                </select>
              </label>`
              : nothing
          }
          <label>${t.readerLanguage}
            <select name="card-lang" @change=${(e: Event) => set({ lang: (e.target as HTMLSelectElement).value })}>
              <option value="" ?selected=${options.lang === ''}>${t.pageLanguage}</option>
              ${LANGUAGES.map((lang) => html`<option value=${lang} lang=${lang} ?selected=${lang === options.lang}>${LANGUAGE_NAMES[lang]}</option>`)}
            </select>
          </label>
          <label class="check"><input type="checkbox" name="live" .checked=${options.live} @change=${(e: Event) => set({ live: (e.target as HTMLInputElement).checked })} /> ${t.live}</label>
          ${codeBlock('html', t.htmlCode)} ${codeBlock('block', t.blockCode)} ${codeBlock('shortcode', t.shortcode)}
        </div>
      </div>
    `;
  }

  private renderDownload(result: StudioResult): TemplateResult {
    const t = this.t;
    const { rows, cells, columns, files } = result.leftOut;
    const lossy = rows + cells + columns + files > 0 || result.dropped.length > 0;
    const publishable = result.valid && !result.tableNotRead && !result.stillTheExample;
    const blocked = !publishable || (lossy && !this._confirmLoss) || this._zip.busy;
    const download = () => {
      this._zip = { busy: true };
      this.send({ type: 'zip' });
    };
    return html`
      <section aria-labelledby="download-heading" class="download">
        <h2 id="download-heading">${t.downloadHeading}</h2>
        <p>${t.downloadIntro}</p>
        ${!result.valid ? html`<p class="error">${t.invalidFeed}</p>` : nothing}
        ${result.tableNotRead ? html`<p class="error">${MESSAGES[this.lang].tableNotRead()}</p>` : nothing}
        ${result.stillTheExample ? html`<p class="error">${MESSAGES[this.lang].stillTheExample()}</p>` : nothing}
        ${
          publishable && lossy
            ? html`<label class="check"><input type="checkbox" name="confirm-loss" .checked=${this._confirmLoss} @change=${(e: Event) => (this._confirmLoss = (e.target as HTMLInputElement).checked)} /> ${t.confirmLoss}</label>`
            : nothing
        }
        <button type="button" class="primary" ?disabled=${blocked} @click=${download}>${t.download}</button>
        <p role="status">${this._zip.note ?? ''}</p>
      </section>
    `;
  }
}

customElements.define('ogp-studio', OgpStudio);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-studio': OgpStudio;
  }
}
