/**
 * A shape per status, so status never depends on colour alone: a ring (not started), a half
 * disc (in progress), a triangle (delayed, due soon, overdue), a check (done), a slash
 * (withdrawn, cancelled), a diamond (an IRM rating of results, no status's equal), a dashed ring
 * (unknown). Decorative: the label says it in words.
 */
import { css, html, svg } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';

const RING = svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/>`;

/** Each shape's markup, by name. */
export const SHAPES: Record<string, SVGTemplateResult> = {
  ring: RING,
  half: svg`${RING}<path d="M8 1.75a6.25 6.25 0 0 1 0 12.5z" fill="currentColor"/>`,
  triangle: svg`<path d="M8 1.5 15 14H1z" fill="currentColor"/><path d="M8 6v4M8 11.5v1" stroke="Canvas" stroke-width="1.6"/>`,
  check: svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="m4.5 8.2 2.3 2.3 4.7-4.9" fill="none" stroke="Canvas" stroke-width="1.6"/>`,
  slash: svg`${RING}<path d="m3.6 12.4 8.8-8.8" stroke="currentColor" stroke-width="1.5"/>`,
  diamond: svg`<path d="M8 1.5 14.5 8 8 14.5 1.5 8z" fill="none" stroke="currentColor" stroke-width="1.5"/>`,
  unknown: svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2.5 2"/>`,
};

/** The shape of each status that has one; any other is `unknown`. */
const SHAPE_OF: Record<string, string> = {
  'not-started': 'ring',
  pending: 'ring',
  planned: 'ring',
  upcoming: 'ring',
  'in-progress': 'half',
  delayed: 'triangle',
  'due-soon': 'triangle',
  overdue: 'triangle',
  completed: 'check',
  done: 'check',
  withdrawn: 'slash',
  cancelled: 'slash',
  irm: 'diamond',
};

/** The shapes' size and colour: the status colour, or the text colour in forced-colours mode. */
export const statusIconStyles = css`
  .icon {
    flex: none;
    width: 1em;
    height: 1em;
    color: var(--_s);
    vertical-align: -0.125em;
  }
  @media (forced-colors: active) {
    .icon {
      color: CanvasText;
    }
  }
`;

/** The name of `status`'s shape (a key of `SHAPES`). */
export const shapeOf = (status: string): string => SHAPE_OF[status] ?? 'unknown';

export function statusIcon(status: string): TemplateResult {
  const shape = shapeOf(status);
  return html`<svg class="icon" part="icon" viewBox="0 0 16 16" aria-hidden="true" data-shape=${shape}>${SHAPES[shape]}</svg>`;
}
