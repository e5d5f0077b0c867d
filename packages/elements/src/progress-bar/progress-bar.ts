import { formatPercent } from '@ogp-embed/sdk';
import { html, nothing, svg } from 'lit';
import type { TemplateResult, PropertyDeclarations } from 'lit';
import { hostStyles } from '../shared/host.styles.js';
import { OgpElement } from '../shared/ogp-element.js';
import { statusStyles } from '../shared/status.styles.js';
import { progressBarStyles } from './progress-bar.styles.js';

/** One part of a segmented bar, usually a milestone: its state colours it. */
export interface ProgressSegment {
  /** A milestone state (`completed`, `overdue`, `due-soon`, `upcoming`, `cancelled`, `undated`) or status. */
  state: string;
  /** Relative width; default 1. */
  weight?: number;
}

/** `segments="completed,completed,overdue,upcoming"` in HTML. */
const segmentsAttribute = {
  fromAttribute: (value: string | null): ProgressSegment[] | undefined =>
    value ? value.split(',').map((state) => ({ state: state.trim() })) : undefined,
};

/** A number from a property or an attribute; `undefined` for nothing, `''` or a non-number. */
function finite(value: unknown): number | undefined {
  const n = value == null || value === '' ? NaN : Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * @summary A progress bar for a commitment: value out of max, and its milestones in a row of their
 * own, in words ("2 of 4 milestones completed"), so a segment is never read as the percentage.
 * When progress is unknown it says so, with a hatched bar: unknown is not 0 %.
 *
 * Works without a feed: give it `value` (and `max`), optionally a `status` for its colour and
 * `segments` for milestones. For a commitment from a feed, `<ogp-commitment>` renders one.
 *
 * @attr {number} value - Progress so far; leave it out (or set a non-number) when unknown.
 * @attr {number} max - The value that means done; default 100.
 * @attr {string} status - A status that colours the bar (`in-progress`, `delayed`, `completed`...).
 * @attr {string} label - The accessible name; default "Progress" / "Avance".
 * @attr {string} segments - Milestone states, comma-separated, drawn as segments beside how many are done.
 *
 * @csspart base - The `progressbar` element: track and value text.
 * @csspart track - The bar's track (hatched when progress is unknown).
 * @csspart fill - The filled part.
 * @csspart milestones - The milestones' row: their segments and how many are done.
 * @csspart segments - The milestones' segments.
 * @csspart segment - One milestone segment (with `data-status`).
 * @csspart value - The value as text ("45 %", or "Unknown").
 *
 * @cssproperty --ogp-progress-height - Height of the bar; default 0.5rem.
 * @cssproperty --ogp-progress-track-color - Colour of the track.
 * @cssproperty --ogp-progress-fill-color - Colour of the fill; default: the status colour.
 * @cssproperty --ogp-color-in-progress - Status colour (also `--ogp-color-completed`, `-delayed`,
 *   `-not-started`, `-withdrawn`, `-unknown`, `-overdue`).
 */
export class OgpProgressBar extends OgpElement {
  static override styles = [hostStyles, statusStyles, progressBarStyles];

  static override properties: PropertyDeclarations = {
    value: { type: Number },
    max: { type: Number },
    status: {},
    label: {},
    segments: { converter: segmentsAttribute },
  };

  /** Progress so far; `undefined` (or `NaN`) when unknown. */
  declare value: number | undefined;
  /** The value that means done. */
  declare max: number;
  /** A status that colours the bar. */
  declare status: string | undefined;
  /** The accessible name. */
  declare label: string | undefined;
  /** Milestone segments, in order. */
  declare segments: ProgressSegment[] | undefined;

  constructor() {
    super();
    this.max = 100;
  }

  /** Progress as a percentage, 0–100; `undefined` when unknown. */
  get percent(): number | undefined {
    const value = finite(this.value);
    if (value === undefined) return undefined;
    // A max that is not a positive number means 100.
    const max = finite(this.max)!;
    return Math.min(100, Math.max(0, (value / (max > 0 ? max : 100)) * 100));
  }

  protected override render(): TemplateResult {
    const t = this.strings?.progressBar;
    const percent = this.percent;
    // While its language's words load: the bar and figure only (they need no words), busy.
    if (!t) return html`<div part="base" aria-busy="true"></div>`;
    const segments = this.segments?.length ? this.segments : undefined;
    const shown = percent === undefined ? t.unknown : formatPercent(percent, this.locale);
    const done = segments?.filter((s) => s.state === 'completed' || s.state === 'done').length;
    // Weights that are not positive numbers count as 1.
    const weights = segments?.map((s) => (finite(s.weight)! > 0 ? finite(s.weight)! : 1));
    const total = weights?.reduce((sum, w) => sum + w, 0);
    let x = 0;
    // One bar, one thing: the bar is the percentage; milestones are a row of their own, in words.
    return html`<div part="base" role="progressbar" class=${percent === undefined ? 'unknown' : nothing}
      data-status=${this.status || 'in-progress'} aria-label=${this.label || this.strings!.shared.progress} aria-valuemin="0" aria-valuemax="100"
      aria-valuenow=${percent === undefined ? nothing : Math.round(percent)}
      aria-valuetext=${percent === undefined ? t.unknownText : shown}>
      <svg part="track" aria-hidden="true" preserveAspectRatio="none">${
        percent === undefined ? nothing : svg`<rect part="fill" height="100%" width="${percent}%"/>`
      }</svg>
      <span part="value" aria-hidden="true">${shown}</span>
    </div>${
      segments
        ? html`<p part="milestones"><svg part="segments" aria-hidden="true" preserveAspectRatio="none">${segments.map(
            (s, i) => {
              // Side by side, each as wide as its share of the weights.
              const width = (weights![i]! / total!) * 100;
              return svg`<rect part="segment" data-status=${s.state} x="${(x += width) - width}%" width="${width}%" height="100%"/>`;
            },
          )}</svg>${t.milestones(done!, segments.length)}</p>`
        : nothing
    }`;
  }
}
