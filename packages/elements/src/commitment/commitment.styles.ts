import { css } from 'lit';

export const commitmentStyles = css`
  :host {
    container-type: inline-size;
    /* The shortest card of Chile's sample at each width (263 px at 390, 232 from 768 px on): a card
       lands in its box growing, never shrinking, and by less than it did from 12rem. loader.ts: the same. */
    --_skeleton-height: max(14.5rem, calc(18.3rem - 7.6vw));
  }
  :host([variant=compact]) {
    --_skeleton-height: 1.75rem;
  }
  [part~=card] {
    padding: var(--ogp-card-padding, 1rem);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_s);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part~=header],
  [part~=compact] {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.25rem 0.75rem;
  }
  [part~=title] {
    font-size: var(--ogp-title-size, 1.125em);
  }
  [part~=progress] {
    margin-block: 0.75rem;
  }
  [part~=facts] {
    display: grid;
    gap: 0.5rem 1rem;
    margin: 0;
  }
  [part~=facts] > div {
    min-width: 0;
  }
  [part~=values] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~=value] {
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.8125em;
  }
  [part~=toggle] {
    margin-top: 0.75rem;
  }
  [part~=details] > section {
    margin-top: 1rem;
  }
  [part~=section-title] {
    margin-bottom: 0.5rem;
    font-weight: 700;
  }
  [part~=details] p {
    margin-bottom: 0.5rem;
  }
  [part~=compact] {
    align-items: center;
  }
  [part~=compact] [part~=title] {
    flex: 1 1 12rem;
    font-size: 1em;
  }
  [part~=compact] [part~=progress] {
    flex: 0 1 9rem;
  }
  [part~=compact] > * {
    margin: 0;
  }
  @container (min-width: 36rem) {
    [part~=facts] {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @media (forced-colors: active) {
    [part~=card] {
      border-color: CanvasText;
    }
  }
  @media print {
    [part~=details][hidden] {
      display: block !important;
    }
    [part~=card] {
      break-inside: avoid;
    }
  }
`;
