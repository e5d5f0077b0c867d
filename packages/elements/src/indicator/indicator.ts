import { html, nothing, svg } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { earliestDay, formatNumber, formatPercent, NotFoundError } from '@ogp-embed/sdk';
import { pluralOf } from '../i18n/plural.js';
import type { Feed, Indicator } from '@ogp-embed/sdk';
import { baseStyles } from '../shared/base.styles.js';
import { hostStyles } from '../shared/host.styles.js';
import { OgpDataElement } from '../shared/data-element.js';
import type { DataSlice, Selection } from '../shared/feed-controller.js';
import { commitmentSlice } from '../shared/data-slices.js';
import { evidenceLinks } from '../shared/links.js';
import { commitmentById } from '../shared/lookups.js';
import { statusStyles } from '../shared/status.styles.js';
import { empty, fact, inLang } from '../shared/templates.js';
import { indicatorStyles } from './indicator.styles.js';

/*
 * The chart's geometry, in % of its box: no viewBox, so a wide card gets a wide chart while its
 * words and dots keep their size. The plot runs from x 3 to 97 and from y 18 (the highest value,
 * its label above it) to 80 (the lowest, and the axis); the dates sit at the bottom.
 */
const LEFT = 3;
const RIGHT = 97;
const TOP = 18;
const BOTTOM = 80;

/**
 * @summary A Logical Framework (Marco Lógico) indicator: its level, baseline, target and
 * measurements as a small SVG chart, with every figure also in a table, so the numbers are
 * there for screen readers and for print.
 *
 * Data: `src` + `commitment="CL0081"` + `indicator="<id or position>"` (the first one when left
 * out), or the `.indicator` property with the indicator object.
 *
 * @attr {string} commitment - Id of the commitment that holds the indicator.
 * @attr {string} indicator - The indicator's id, or its position (0, 1...) in the commitment.
 *
 * @slot - Fallback content, shown until the element has data (and when scripts are off).
 *
 * @csspart base - The figure.
 * @csspart name - The indicator's name and unit.
 * @csspart level - Its Logical Framework level.
 * @csspart chart - The SVG chart: each point labelled with its value, the dates at its ends.
 * @csspart figures - Baseline, target, latest measurement (each with its line in the chart: the
 *   legend), expected change, progress.
 * @csspart measurements - The table of every measurement.
 * @csspart empty - The message shown when there is no measurement yet.
 * @csspart evidence - Evidence links.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The error message.
 * @csspart footer - When the data was updated, and whether it is stale.
 *
 * @cssproperty --ogp-indicator-line-color - The measurements' line.
 * @cssproperty --ogp-indicator-target-color - The target's line.
 *
 * @event ogp-load - The indicator is shown for the first time. `detail: { data: Indicator, feed, src, fetchedAt }`.
 * @event ogp-change - A refresh changed the indicator. `detail: { data, previous, feed, src, fetchedAt }`.
 * @event ogp-error - Loading failed, or the commitment is not in the feed. `detail: { error, code, message, stale, src }`.
 */
export class OgpIndicator extends OgpDataElement<Indicator> {
  static override styles = [hostStyles, baseStyles, statusStyles, indicatorStyles];

  static override properties: PropertyDeclarations = {
    commitment: {},
    indicator: {},
  };

  /** Id of the commitment that holds the indicator. */
  declare commitment: string | undefined;
  /** The indicator's id or position (attribute), or the indicator itself (property). */
  declare indicator: string | Indicator | undefined;

  protected override dataSlice(): DataSlice | undefined {
    return commitmentSlice((name) => this[name as keyof this]);
  }

  protected override select(feed: Feed | undefined): Selection<Indicator> {
    const { commitment, indicator } = this;
    if (typeof indicator === 'object' && indicator) return { data: indicator, id: indicator.id };
    const id = `${commitment ?? ''}/${indicator ?? ''}`;
    if (!commitment || !feed) return { id };
    const found = commitmentById(feed, commitment);
    if (!found) return { error: new NotFoundError('commitment', commitment), id };
    const list = found.indicators;
    const data = indicator === undefined ? list[0] : (list.find((i) => i.id === indicator) ?? list[Number(indicator)]);
    if (data) return { data, id };
    const which = indicator ?? 0;
    return { error: new NotFoundError('indicator', String(which), { within: commitment }), id };
  }

  protected override describe(error: Error): string {
    if (error instanceof NotFoundError && error.kind === 'indicator' && error.within)
      return this.t.indicator.none(error.within);
    return super.describe(error);
  }

  protected override renderData(indicator: Indicator): TemplateResult {
    const t = this.t.indicator;
    const name = this.text(indicator.name);
    const unit = indicator.unit ? this.text(indicator.unit) : undefined;
    const one = indicator.unitOne ? this.text(indicator.unitOne) : undefined;
    // "1 herramienta", "2 herramientas": the form for one only where the unit's own language wants
    // it for n, and only when the feed gives that form in the same language as the unit.
    const number = (n: number) =>
      formatNumber(
        n,
        this.locale,
        unit && one && one.lang === unit.lang && pluralOf(n, unit.lang ?? this.locale) === 'one'
          ? one.text
          : unit?.text,
      );
    const measurements = [...indicator.measurements].sort((a, b) =>
      earliestDay(a.date).localeCompare(earliestDay(b.date)),
    );
    const latest = measurements.at(-1);
    const { baseline, target, direction } = indicator;
    // Baseline, target and latest measurement, each term with its line drawn as in the chart (same
    // classes, so in every colour scheme): the chart's legend.
    const figure = (
      term: string,
      point: { value: number; date?: string } | undefined,
      line: string,
      mark: unknown = nothing,
    ) =>
      point
        ? fact(
            html`<svg width="24" height="10" aria-hidden="true"><line class=${line} x2="24" y1="5" y2="5"></line>${mark}</svg> ${term}`,
            `${number(point.value)}${point.date ? ` (${this.date(point.date)})` : ''}`,
          )
        : nothing;
    const words = (term: string, value: Indicator['verification']) =>
      value ? fact(term, inLang(this.text(value))) : nothing;
    const span = baseline && target ? target.value - baseline.value : 0;
    const toTarget =
      latest && baseline && span !== 0 && direction !== 'maintain'
        ? Math.min(100, Math.max(0, ((latest.value - baseline.value) / span) * 100))
        : undefined;
    return html`<figure part="base">
        <figcaption part="name"><span part="level">${this.labelOf('indicatorLevel', indicator.level)}</span>${this.t.shared.colon}${inLang(name)}${unit ? html` (${inLang(unit)})` : ''}</figcaption>
        ${this.#renderChart(indicator, measurements, t.chart(name.text))}
        <dl part="figures">${figure(t.baseline, baseline, 'base-line')}${figure(t.target, target, 'goal', svg`<circle class="goal-point" cx="19" cy="5" r="3.5"></circle>`)}${figure(
          t.latest,
          latest,
          'series',
          svg`<circle class="point" cx="12" cy="5" r="3"></circle>`,
        )}${
          direction ? fact(t.direction, this.labelOf('indicatorDirection', direction)) : nothing
        }${toTarget === undefined ? nothing : fact(t.toTarget, formatPercent(toTarget, this.locale))}${words(t.verification, indicator.verification)}${words(t.assumptions, indicator.assumptions)}</dl>
        ${
          measurements.length
            ? html`<table part="measurements"><caption>${t.measurements}</caption>
              <thead><tr><th scope="col">${t.date}</th><th scope="col">${t.value}</th></tr></thead>
              <tbody>${measurements.map((m) => html`<tr><td>${this.date(m.date)}</td><td>${number(m.value)}</td></tr>`)}</tbody>
            </table>`
            : empty(t.noMeasurements)
        }
        ${evidenceLinks(indicator.evidence, (text) => this.text(text))}
      </figure>${this.renderFooter()}`;
  }

  /**
   * Baseline and measurements as a line, the target as a dashed line ending in a ring; each point
   * labelled with its value (the figures below name the lines). Every figure is also in the table.
   */
  #renderChart(indicator: Indicator, measurements: Indicator['measurements'], description: string) {
    const { baseline, target } = indicator;
    const point = (date: string, value: number) => ({ date, day: earliestDay(date), value });
    const series = measurements.map((m) => point(m.date, m.value));
    if (baseline?.date) series.unshift(point(baseline.date, baseline.value));
    const goal = target?.date ? point(target.date, target.value) : undefined;
    const values = [...series.map((p) => p.value), baseline?.value, target?.value].filter(
      (v): v is number => typeof v === 'number' && Number.isFinite(v),
    );
    if (values.length === 0) return nothing;
    const low = Math.min(0, ...values);
    const range = Math.max(...values) - low || 1;
    const days = [...series, ...(goal ? [goal] : [])].map((p) => Date.parse(p.day)).filter(Number.isFinite);
    const first = Math.min(...days);
    const length = Math.max(...days) - first;
    const x = (day: string) =>
      length > 0 ? LEFT + ((Date.parse(day) - first) / length) * (RIGHT - LEFT) : (LEFT + RIGHT) / 2;
    const y = (value: number) => TOP + (1 - (value - low) / range) * (BOTTOM - TOP);
    const label = (at: number, value: number, anchor = 'middle') =>
      svg`<text x="${at}%" y="${y(value)}%" dy="-.6em" text-anchor=${anchor}>${formatNumber(value, this.locale)}</text>`;
    // A baseline or target without a date is a line only: its value sits at the line's end.
    const across = (kind: string, value: number, labelled?: boolean) =>
      svg`<line class=${kind} x1="${LEFT}%" x2="${RIGHT}%" y1="${y(value)}%" y2="${y(value)}%"></line>${labelled ? label(RIGHT, value, 'end') : nothing}`;
    const dot = (kind: string, p: { day: string; value: number }, r: number) =>
      svg`<circle class=${kind} cx="${x(p.day)}%" cy="${y(p.value)}%" r=${r}></circle>${label(x(p.day), p.value)}`;
    const firstDay = series[0]?.date ?? goal?.date;
    const lastDay = goal?.date ?? series.at(-1)?.date;
    return html`<svg part="chart" role="img" aria-label=${description}>${across('axis', low)}${
      baseline ? across('base-line', baseline.value, !baseline.date) : nothing
    }${target ? across('goal', target.value, !target.date) : nothing}${series
      .slice(1)
      .map(
        (p, i) =>
          svg`<line class="series" x1="${x(series[i]!.day)}%" y1="${y(series[i]!.value)}%" x2="${x(p.day)}%" y2="${y(p.value)}%"></line>`,
      )}${series.map((p) => dot('point', p, 4))}${goal ? dot('goal-point', goal, 5) : nothing}${
      firstDay ? svg`<text x="${LEFT}%" y="100%">${this.date(firstDay)}</text>` : nothing
    }${
      lastDay && lastDay !== firstDay
        ? svg`<text x="${RIGHT}%" y="100%" text-anchor="end">${this.date(lastDay)}</text>`
        : nothing
    }</svg>`;
  }
}
