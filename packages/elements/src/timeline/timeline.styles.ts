import { css } from 'lit';

export const timelineStyles = css`
  :host {
    /* The layout follows the space the timeline is given, not the window: vertical when narrow. */
    container-type: inline-size;
    --_line: var(--ogp-timeline-line-color, var(--_border));
    --_today: var(--ogp-timeline-today-color, var(--_accent));
  }
  /* Every entry in view, whatever the width: rows wrap, nothing scrolls out of sight (and the
     line running past a row's last entry is clipped, not scrolled to). */
  [part~=list] {
    overflow-x: clip;
    overflow-clip-margin: 4px;
  }
  li {
    position: relative;
    padding-inline-start: 1.75rem;
  }
  li::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.45rem;
    top: 1.4rem;
    bottom: calc(-1 * var(--_gap));
    border-inline-start: 2px solid var(--_line);
  }
  li:last-child::before {
    display: none;
  }
  [part~=marker] {
    position: absolute;
    inset-inline-start: 0;
    top: 0.2rem;
    display: flex;
    font-size: 1.05rem;
  }
  [part~=marker] .dot {
    width: 1em;
    height: 1em;
    border: 2px solid var(--_line);
    border-radius: 50%;
    background: Canvas;
  }
  [part~=today] {
    color: var(--_today);
    font-weight: 600;
  }
  [part~=today] [part~=marker] .dot {
    border-color: currentColor;
    background: currentColor;
  }
  [part~=item-title] {
    font-weight: 600;
  }
  [part~=detail],
  [part~=evidence] {
    margin-top: 0.25rem;
    font-size: 0.9375em;
  }
  [part~=evidence] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    padding: 0;
    list-style: none;
  }
  [part~=evidence] li {
    padding: 0;
  }
  [part~=evidence] li::before {
    display: none;
  }
  ogp-status-badge {
    margin-top: 0.25rem;
  }
  @container (min-width: 40rem) {
    [part~=list] {
      grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    }
    li {
      padding-inline-start: 0;
      padding-top: 1.75rem;
    }
    li::before {
      inset-inline-start: 1.2rem;
      inset-inline-end: calc(-1 * var(--_gap));
      top: 0.55rem;
      bottom: auto;
      border-inline-start: 0;
      border-top: 2px solid var(--_line);
    }
    [part~=marker] {
      top: 0;
    }
  }
  @media (forced-colors: active) {
    li::before,
    [part~=marker] .dot {
      border-color: CanvasText;
    }
  }
`;
