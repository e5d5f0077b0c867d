import { css } from 'lit';

export const planStyles = css`
  :host {
    container-type: inline-size;
    --_skeleton-height: 30rem;
  }
  [part~='title'] {
    margin: 0;
    font-size: var(--ogp-plan-title-size, 1.375em);
    font-weight: 700;
    line-height: 1.25;
  }
  p {
    margin: 0;
  }
  [part~='period'] {
    color: var(--_muted);
  }
  [part~='summary'] {
    display: grid;
    gap: 0.5rem;
    margin-block: 1rem;
  }
  [part~='chart'] {
    display: block;
    width: 100%;
    height: var(--ogp-plan-chart-height, 0.875rem);
    border-radius: 0.25rem;
    overflow: hidden;
  }
  [part~='chart'] rect {
    fill: var(--_s);
    stroke: Canvas;
    stroke-width: 1px;
  }
  [part~='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9375em;
  }
  [part~='legend'] li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  [part~='controls'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: 0.5rem 0.75rem;
    margin-block: 1rem 0.5rem;
  }
  label {
    display: grid;
    gap: 0.15rem;
    min-width: 0;
    font-size: 0.875em;
  }
  input,
  select {
    /* A long institution name must not push the control out of its column. */
    width: 100%;
    min-width: 0;
    min-height: 2.25rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    background: Field;
    color: FieldText;
  }
  [part~='results'] {
    margin-block: 0.5rem;
    color: var(--_muted);
  }
  [part~='list'] {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='pager'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 0.75rem;
    margin-top: 1rem;
  }
  button {
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.55;
    cursor: default;
  }
  @media (forced-colors: active) {
    [part~='chart'] rect {
      fill: CanvasText;
      stroke: Canvas;
    }
  }
  @media print {
    [part~='pager'],
    [part~='results'] {
      display: none;
    }
  }
`;
