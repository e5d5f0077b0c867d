/**
 * What every ogp-embed element has: the reader's language (`lang`, inherited from the page),
 * and a clock (`now`) that tests and stories can fix.
 */
import { LitElement } from 'lit';
import type { PropertyDeclarations } from 'lit';
import { pickLanguage } from '@ogp-embed/sdk';
import { LangController } from './lang.js';
import type { Lang } from './strings.js';

/** `now="2022-03-28"` in HTML; an invalid date is ignored. */
const dateAttribute = {
  fromAttribute(value: string | null): Date | undefined {
    const date = value ? new Date(value) : undefined;
    return date && !Number.isNaN(date.getTime()) ? date : undefined;
  },
  toAttribute(value: Date | undefined): string | undefined {
    return value?.toISOString();
  },
};

export class OgpElement extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    now: { converter: dateAttribute },
  };

  /**
   * The reader's language (`es`, `en`, `es-CL`...). When not set, the closest ancestor's `lang`
   * applies, then the document's. Spanish for any `es-*`, else English.
   */
  declare lang: string;
  /** The date the figures are computed for (overdue, due soon, today marker); default: now. */
  declare now: Date | undefined;

  protected readonly language = new LangController(this);

  /** The language of the interface: `es` or `en`. */
  protected get ui(): Lang {
    return pickLanguage(this.language.value);
  }

  /** The full language tag, for `Intl` and for texts of the feed (`es-CL` keeps Chilean formats). */
  protected get locale(): string {
    return this.language.value;
  }

  protected get clock(): Date {
    return this.now ?? new Date();
  }
}
