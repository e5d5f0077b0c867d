/**
 * What every ogp-embed element has: the reader's language (`lang`, inherited from the page).
 */
import { LitElement } from 'lit';
import type { PropertyDeclarations } from 'lit';
import { pickLanguage } from '@ogp-embed/sdk';
import { LangController } from './lang.js';
import type { Lang } from './strings.js';

export class OgpElement extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
  };

  /**
   * The reader's language (`es`, `en`, `es-CL`...). When not set, the closest ancestor's `lang`
   * applies, then the document's. Spanish for any `es-*`, else English.
   */
  declare lang: string;

  protected readonly language = new LangController(this);

  /** The language of the interface: `es` or `en`. */
  protected get ui(): Lang {
    return pickLanguage(this.language.value);
  }

  /** The full language tag, for `Intl` and for texts of the feed (`es-CL` keeps Chilean formats). */
  protected get locale(): string {
    return this.language.value;
  }
}
