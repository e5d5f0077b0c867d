/**
 * A commitment's best-known verdict as shown (`bestKnown` in the SDK): the government's status
 * as a status badge; the IRM's in the IRM's own words, named as the IRM's, with its report when
 * the feed links one; both side by side when they disagree.
 */
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { verdictLabel } from '@ogp-embed/sdk';
import type { BestKnown, IrmVerdict, Labels, VerdictKey, VerdictSource } from '@ogp-embed/sdk';
import { safeHref } from './safe-url.js';
import { statusIcon } from './status-icon.js';
import { badge } from './templates.js';

/** IRM completion ratings take the colour and shape of the status that says the same extent. */
const COMPLETION_TONE: Partial<Record<string, string>> = {
  'irmCompletion:not-started': 'not-started',
  'irmCompletion:limited': 'in-progress',
  'irmCompletion:substantial': 'in-progress',
  'irmCompletion:complete': 'completed',
  'irmCompletion:withdrawn': 'withdrawn',
};

/** The `data-status` a verdict is drawn with; `irm` for the IRM's results scales. */
export const verdictTone = ({ source, key }: { source: VerdictSource; key: VerdictKey }): string =>
  source === 'irm' ? (COMPLETION_TONE[key] ?? 'irm') : key;

/** The IRM's verdict, and a link to its report (`reportText`) when the feed gives a safe one. */
function irmBadge(verdict: IrmVerdict, labels: Labels, reportText: string): TemplateResult {
  const tone = verdictTone(verdict);
  const report = safeHref(verdict.reportUrl);
  return html`<span part="irm-verdict" data-status=${tone}>${statusIcon(tone)}${verdictLabel(verdict, labels)}</span>${
    report ? html`<a part="irm-report" href=${report}>${reportText}</a>` : nothing
  }`;
}

/** `labels` and `reportText` in the element's language. */
export function verdictBadges(
  { verdict, disagreement }: BestKnown,
  labels: Labels,
  reportText: string,
): TemplateResult {
  if (verdict.source === 'irm') return irmBadge(verdict, labels, reportText);
  return html`${badge(verdict.key)}${disagreement ? irmBadge(disagreement, labels, reportText) : nothing}`;
}

/** The IRM's verdict looks like a status badge; its words may wrap (they are longer). */
export const verdictStyles = css`
  [part~=verdicts] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  [part~=irm-verdict] {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0.6em 0.1em 0.45em;
    border: 1px dashed var(--_s);
    border-radius: 999px;
    background: color-mix(in srgb, var(--_s) 12%, transparent);
    font-size: 0.8125em;
    font-weight: 600;
  }
  [part~=irm-report] {
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    [part~=irm-verdict] {
      border-color: CanvasText;
    }
  }
`;
