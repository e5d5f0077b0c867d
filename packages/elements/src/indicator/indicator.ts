import { html, nothing, svg } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import {
  earliestDay,
  findCommitment,
  formatNumber,
  label,
  NotFoundError,
  OgpError,
} from '@ogp-embed/sdk';
import { formatDate, formatShare } from '../shared/formats.js';
import type { Feed, Indicator } from '@ogp-embed/sdk';
import { baseStyles } from '../shared/base.styles.js';
import { hostStyles } from '../shared/host.styles.js';
import { OgpDataElement } from '../shared/data-element.js';
import type { Selection } from '../shared/feed-controller.js';
import { feedText } from '../shared/feed-text.js';
import { evidenceLinks } from '../shared/links.js';
import { statusStyles } from '../shared/status.styles.js';
import { INDICATOR_STRINGS } from './indicator.strings.js';
import { indicatorStyles } from './indicator.styles.js';

const W = 320;
const H = 140;
const PAD = { left: 10, right: 10, top: 14, bottom: 22 };

interface Point {
  /** The partial date as written (for labels) and its first day (for placing). */
  date: string;
  day: string;
  value: number;
}

const time = (day: string) => Date.parse(`${day}T00:00:00Z`);

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
 * @csspart chart - The SVG chart.
 * @csspart figures - Baseline, target, latest measurement, expected change, progress.
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

  protected override select(feed: Feed | undefined): Selection<Indicator> {
    const { commitment, indicator } = this;
    if (typeof indicator === 'object' && indicator) return { data: indicator, id: indicator.id };
    const id = `${commitment ?? ''}/${indicator ?? ''}`;
    if (!commitment || !feed) return { id };
    const found = findCommitment(feed, commitment);
    if (!found) return { error: new NotFoundError('commitment', commitment), id };
    const list = found.commitment.indicators;
    const data = indicator === undefined ? list[0] : (list.find((i) => i.id === indicator) ?? list[Number(indicator)]);
    if (data) return { data, id };
    const which = String(indicator ?? 0);
    return {
      error: new OgpError('not-found', {
        en: `Commitment ${commitment} has no indicator ${which}`,
        es: `El compromiso ${commitment} no tiene el indicador ${which}`,
      }),
      id,
    };
  }

  protected override renderData(indicator: Indicator): TemplateResult {
    const t = INDICATOR_STRINGS[this.ui];
    const feedLang = this.source.feed?.defaultLanguage;
    const name = feedText(indicator.name, this.locale, feedLang);
    const unit = indicator.unit ? feedText(indicator.unit, this.locale, feedLang).text : undefined;
    const number = (n: number) => formatNumber(n, this.locale, unit);
    const date = (d?: string) => formatDate(d, this.locale);
    const measurements = [...indicator.measurements].sort((a, b) => earliestDay(a.date).localeCompare(earliestDay(b.date)));
    const latest = measurements.at(-1);
    const { baseline, target } = indicator;
    const figure = (term: string, value: number, when?: string) =>
      html`<div><dt>${term}</dt><dd>${number(value)}${when ? ` (${date(when)})` : ''}</dd></div>`;
    const span = baseline && target ? target.value - baseline.value : 0;
    const toTarget =
      latest && baseline && target && span !== 0 && indicator.direction !== 'maintain'
        ? Math.min(100, Math.max(0, ((latest.value - baseline.value) / span) * 100))
        : undefined;
    return html`<figure part="base">
        <figcaption part="name">
          <span part="level">${label('indicatorLevel', indicator.level, this.ui)}:</span>
          <span lang=${name.lang ?? nothing}>${name.text}</span>${unit ? ` (${unit})` : ''}
        </figcaption>
        ${this.renderChart(indicator, measurements, t.chart(name.text))}
        <dl part="figures">
          ${baseline ? figure(t.baseline, baseline.value, baseline.date) : nothing}
          ${target ? figure(t.target, target.value, target.date) : nothing}
          ${latest ? figure(t.latest, latest.value, latest.date) : nothing}
          ${indicator.direction
            ? html`<div><dt>${t.direction}</dt><dd>${label('indicatorDirection', indicator.direction, this.ui)}</dd></div>`
            : nothing}
          ${toTarget === undefined ? nothing : html`<div><dt>${t.toTarget}</dt><dd>${formatShare(toTarget, this.locale)}</dd></div>`}
          ${this.textFact(t.verification, indicator.verification)} ${this.textFact(t.assumptions, indicator.assumptions)}
        </dl>
        ${measurements.length
          ? html`<table part="measurements">
              <caption>
                ${t.measurements}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t.date}</th>
                  <th scope="col">${t.value}</th>
                </tr>
              </thead>
              <tbody>
                ${measurements.map((m) => html`<tr><td>${date(m.date)}</td><td>${number(m.value)}</td></tr>`)}
              </tbody>
            </table>`
          : html`<p part="empty" class="muted">${t.noMeasurements}</p>`}
        ${evidenceLinks(indicator.evidence, this.locale, feedLang)}
      </figure>
      ${this.renderFooter()}`;
  }

  private textFact(term: string, value: Indicator['verification']) {
    if (!value) return nothing;
    const text = feedText(value, this.locale, this.source.feed?.defaultLanguage);
    return html`<div><dt>${term}</dt><dd lang=${text.lang ?? nothing}>${text.text}</dd></div>`;
  }

  /** Baseline and measurements as a line, the target as a dashed line; decorative detail is in the table. */
  private renderChart(indicator: Indicator, measurements: Indicator['measurements'], description: string) {
    const { baseline, target } = indicator;
    const series: Point[] = [];
    if (baseline?.date) series.push({ date: baseline.date, day: earliestDay(baseline.date), value: baseline.value });
    for (const m of measurements) series.push({ date: m.date, day: earliestDay(m.date), value: m.value });
    const goal = target?.date ? { date: target.date, day: earliestDay(target.date), value: target.value } : undefined;
    const values = [...series.map((p) => p.value), baseline?.value, target?.value].filter(
      (v): v is number => typeof v === 'number' && Number.isFinite(v),
    );
    if (values.length === 0) return nothing;
    const low = Math.min(0, ...values);
    const high = Math.max(...values);
    const range = high - low || 1;
    const days = [...series, ...(goal ? [goal] : [])].map((p) => time(p.day)).filter(Number.isFinite);
    const first = Math.min(...days);
    const last = Math.max(...days);
    const x = (day: string) =>
      days.length < 2 || last === first ? W / 2 : PAD.left + ((time(day) - first) / (last - first)) * (W - PAD.left - PAD.right);
    const y = (value: number) => PAD.top + (1 - (value - low) / range) * (H - PAD.top - PAD.bottom);
    const bottom = H - PAD.bottom;
    const firstDay = series[0]?.date ?? goal?.date;
    const lastDay = goal?.date ?? series.at(-1)?.date;
    const short = (date?: string) => formatDate(date, this.locale, 'short');
    return html`<svg part="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label=${description}>
      <line class="axis" x1=${PAD.left} x2=${W - PAD.right} y1=${bottom} y2=${bottom}></line>
      ${baseline ? svg`<line class="base-line" x1=${PAD.left} x2=${W - PAD.right} y1=${y(baseline.value)} y2=${y(baseline.value)}></line>` : nothing}
      ${target ? svg`<line class="goal" x1=${PAD.left} x2=${W - PAD.right} y1=${y(target.value)} y2=${y(target.value)}></line>` : nothing}
      ${series.length > 1 ? svg`<polyline class="series" points=${series.map((p) => `${x(p.day)},${y(p.value)}`).join(' ')}></polyline>` : nothing}
      ${series.map((p) => svg`<circle class="point" cx=${x(p.day)} cy=${y(p.value)} r="4"></circle>`)}
      ${goal ? svg`<circle class="goal-point" cx=${x(goal.day)} cy=${y(goal.value)} r="5"></circle>` : nothing}
      ${firstDay ? svg`<text x=${PAD.left} y=${H - 6}>${short(firstDay)}</text>` : nothing}
      ${lastDay && lastDay !== firstDay ? svg`<text x=${W - PAD.right} y=${H - 6} text-anchor="end">${short(lastDay)}</text>` : nothing}
    </svg>`;
  }
}
