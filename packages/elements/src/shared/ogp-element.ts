/**
 * What every ogp-embed element has: the reader's language (`lang`, inherited from the page), and
 * that language's words, loaded when the element first speaks it (see i18n/load.ts).
 */
import { LitElement, ReactiveElement } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { pickLanguage } from '@ogp-embed/sdk';
import type { LabelKind, LabelValues } from '@ogp-embed/sdk';
import { loadStrings, stringsIn } from '../i18n/load.js';
import type { Lang, Strings } from '../i18n/strings.js';
import { LangController } from './lang.js';

export class OgpElement extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
  };

  /**
   * The reader's language (`es`, `en`, `pt-BR`, `fr-CA`...). When not set, the closest ancestor's
   * `lang` applies, then the document's. Spanish for any `es-*`, Portuguese for `pt-*`, French
   * for `fr-*`, else English; the full tag formats dates and numbers.
   */
  declare lang: string;

  protected readonly language = new LangController(this);

  /** The language of the interface: `es`, `en`, `pt` or `fr`. */
  protected get ui(): Lang {
    return pickLanguage(this.language.value);
  }

  /** The full language tag, for `Intl` and for texts of the feed (`pt-BR` keeps Brazil's formats). */
  protected get locale(): string {
    return this.language.value;
  }

  /**
   * The words of the element's language, or `undefined` while they load (then it renders its
   * skeleton, never another language's words, and renders again when they arrive: `#loadWords`).
   */
  protected get strings(): Strings | undefined {
    return stringsIn(this.ui, this.locale);
  }

  /** Asks for the words of the element's language if they have not come, and updates when they do. */
  #loadWords(): void {
    const lang = this.ui;
    if (!stringsIn(lang, this.locale))
      loadStrings(lang).then(
        () => this.requestUpdate(),
        () => undefined,
      );
  }

  /** The words, where `render` has already checked that `strings` is there. */
  protected get t(): Strings {
    return this.strings!;
  }

  /** The word for one value of the feed's vocabularies; a value it does not know, as it is. */
  protected labelOf<K extends LabelKind>(kind: K, value: LabelValues[K]): string {
    const words: Readonly<Record<string, string>> = this.t.labels[kind];
    return Object.hasOwn(words, value) ? words[value]! : String(value);
  }

  /**
   * An element written into the page with its snapshot (the `snapshot` attribute and a declarative
   * shadow root: docs/embedding.md#snapshots) keeps it, untouched, while it has the attribute: its
   * updates run (data fetched, attributes reflected) but render nothing, so nothing moves and no
   * skeleton shows. A data element drops the attribute once it can show the same (data-element.ts);
   * the elements inside another's snapshot (a card's badge, a plan's cards) stay with it.
   */
  protected override update(changed: PropertyValues): void {
    if (this.hasAttribute('snapshot'))
      return (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(
        this,
        changed,
      );
    super.update(changed);
  }

  /** The words of the language (set, inherited, or changed since) are asked for before rendering, never by it. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Controllers' hostUpdate runs after willUpdate: read the language now, or a new `lang`
    // would render with no words and never ask for them.
    this.language.hostUpdate();
    this.#loadWords();
  }

  /** `updateComplete` also waits for the words, so "rendered" means rendered in the right language. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    if (stringsIn(this.ui)) return result;
    await loadStrings(this.ui).catch(() => undefined);
    return stringsIn(this.ui) ? this.getUpdateComplete() : result;
  }
}
