import { html } from 'lit';
import type { TemplateResult, PropertyDeclarations } from 'lit';
import { hostStyles } from '../shared/host.styles.js';
import { OgpElement } from '../shared/ogp-element.js';
import { statusIcon, statusIconStyles } from '../shared/status-icon.js';
import { statusStyles } from '../shared/status.styles.js';
import { statusBadgeStyles } from './status-badge.styles.js';

/** Which vocabulary a status belongs to. */
export type StatusKind = 'commitment' | 'milestone' | 'agreement' | 'phase';

/** Where each kind's words are in the SDK's labels; a milestone may carry a state or a status. */
export const VOCABULARIES = {
  commitment: ['commitmentStatus'],
  milestone: ['milestoneState', 'milestoneStatus'],
  agreement: ['agreementStatus'],
  phase: ['phaseStatus'],
} as const;

/**
 * @summary A status in words, with a shape and a colour: "En curso", "Atrasado", "Cumplido"...
 * The words are in the reader's language; a status it does not know is shown as "Unknown".
 *
 * @attr {string} status - The status value from the feed (`in-progress`, `completed`, `overdue`...).
 * @attr {'commitment' | 'milestone' | 'agreement' | 'phase'} kind - Its vocabulary; default `commitment`.
 *
 * @csspart base - The badge.
 * @csspart icon - The status shape.
 * @csspart label - The status in words.
 *
 * @cssproperty --ogp-status-badge-background - Background; default a tint of the status colour.
 * @cssproperty --ogp-status-badge-border-color - Border; default the status colour.
 * @cssproperty --ogp-status-badge-font-size - Default 0.8125em.
 * @cssproperty --ogp-color-completed - Status colours (also `-in-progress`, `-delayed`,
 *   `-not-started`, `-withdrawn`, `-unknown`, `-overdue`).
 */
export class OgpStatusBadge extends OgpElement {
  static override styles = [hostStyles, statusStyles, statusIconStyles, statusBadgeStyles];

  static override properties: PropertyDeclarations = {
    status: {},
    kind: {},
  };

  declare status: string | undefined;
  declare kind: StatusKind;

  constructor() {
    super();
    this.kind = 'commitment';
  }

  /** The status in words, in the reader's language. */
  get text(): string {
    const labels = this.strings?.labels;
    if (!labels) return '';
    const status = this.status || 'unknown';
    const vocabularies = VOCABULARIES[this.kind] ?? VOCABULARIES.commitment;
    const known = vocabularies.find((vocabulary) => Object.hasOwn(labels[vocabulary], status));
    return known ? (labels[known] as Record<string, string>)[status]! : labels.commitmentStatus.unknown;
  }

  protected override render(): TemplateResult {
    const status = this.status || 'unknown';
    // While its language's words load, the shape and colour show alone, and no other words.
    return html`<span part="base" data-status=${status}>${statusIcon(status)}<span part="label">${this.text}</span></span>`;
  }
}
