import { css } from 'lit';

export const indicatorStyles = css`
  :host {
    --_skeleton-height: 14rem;
    --_line: var(--ogp-indicator-line-color, var(--_c-in-progress));
    --_goal: var(--ogp-indicator-target-color, var(--_c-completed));
  }
  figure {
    margin: 0 0 1rem;
  }
  figcaption,
  caption {
    font-weight: 600;
  }
  [part~=level] {
    font-weight: 400;
    color: var(--_muted);
  }
  [part~=chart] {
    display: block;
    width: 100%;
    height: 10rem;
    margin-block: 0.5rem;
    overflow: visible;
  }
  .axis {
    stroke: var(--_border);
  }
  .series {
    fill: none;
    stroke: var(--_line);
    stroke-width: 2.5;
  }
  .point {
    fill: var(--_line);
  }
  .goal {
    stroke: var(--_goal);
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .goal-point {
    fill: Canvas;
    stroke: var(--_goal);
    stroke-width: 2.5;
  }
  .base-line {
    stroke: var(--_muted);
    stroke-dasharray: 2 3;
  }
  text {
    fill: currentColor;
    font-size: 0.75em;
  }

  [part~=figures] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: 0.5rem 1rem;
    margin: 0;
  }
  dd,
  td:last-child {
    font-variant-numeric: tabular-nums;
  }
  table {
    margin-top: 0.75rem;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  caption,
  th,
  td {
    text-align: start;
  }
  th,
  td {
    padding: 0.2rem 0.75rem 0.2rem 0;
    border-bottom: 1px solid var(--_border);
  }
  td:last-child {
    text-align: end;
  }
  @media (forced-colors: active) {
    .series,
    .goal,
    .goal-point {
      stroke: CanvasText;
    }
    .point {
      fill: CanvasText;
    }
  }
`;
