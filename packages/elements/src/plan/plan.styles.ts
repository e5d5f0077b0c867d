import { css } from 'lit';

export const planStyles = css`
  :host {
    container-type: inline-size;
    --_skeleton-height: 30rem;
  }
  [part~=title] {
    font-size: var(--ogp-plan-title-size, 1.375em);
  }
  [part~=period],
  [part~=results],
  [part~=sources] {
    color: var(--_muted);
  }
  [part~=summary] {
    display: grid;
    gap: 0.5rem;
    margin-block: 1rem;
  }
  [part~=chart] {
    display: block;
    width: 100%;
    height: var(--ogp-plan-chart-height, 0.875rem);
    border-radius: 0.25rem;
    overflow: hidden;
  }
  rect {
    width: 100%;
    height: 100%;
    fill: var(--_s);
    stroke: Canvas;
    stroke-width: 1px;
  }
  /* Each segment's shape, drawn in the page's background colour over the segment's. */
  [part~=chart] svg {
    color: Canvas;
  }
  [part~=legend] {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    font-size: 0.9375em;
  }
  [part~=legend] li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  [part~=controls] {
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
  [part~=results] {
    margin-block: 0.5rem;
  }
  [part~=pager] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 0.75rem;
    margin-top: 1rem;
  }
  button:disabled {
    opacity: 0.55;
    cursor: default;
  }
  @media (forced-colors: active) {
    rect {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 2px;
    }
    [part~=chart] svg {
      color: CanvasText;
    }
  }
  @media print {
    [part~=pager],
    [part~=results] {
      display: none;
    }
  }
`;
