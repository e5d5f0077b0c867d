/**
 * What the data elements share on top of `hostStyles`: the public `--ogp-*` tokens turned into
 * private `--_x` ones with fallbacks (so a token can be set on any ancestor), text, headings,
 * links, buttons and form controls, the loading skeleton, notices and errors, reduced motion,
 * forced colours and print. Written once here rather than once per element.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    --_muted: var(--ogp-color-muted, color-mix(in srgb, currentColor 75%, transparent));
    --_border: var(--ogp-color-border, color-mix(in srgb, currentColor 22%, transparent));
    --_surface: var(--ogp-color-surface, transparent);
    --_accent: var(--ogp-color-accent, LinkText);
    --_radius: var(--ogp-radius, 0.5rem);
    --_gap: var(--ogp-space, 0.75rem);
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--ogp-color-focus, Highlight);
    outline-offset: 2px;
  }
  /* The elements inside another's shadow root (a plan's cards, a card's timeline and indicators)
     show its data: its own footer says when that changed, once. */
  ::part(footer) {
    display: none;
  }
  /* Spacing comes from the containers (grid gaps, sections), not from paragraph margins. */
  p,
  dd {
    margin: 0;
  }
  /* Small print: terms, dates, the commitment's number, when the data was updated. */
  dt,
  [part~=updated],
  [part~=eyebrow],
  [part~=date] {
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* A date that has passed with the work undone (timeline entries, agreements). */
  [data-status=overdue] [part~=date],
  [data-status=overdue] [part~=due] {
    color: var(--_c-overdue);
    font-weight: 600;
  }
  [part~=title] {
    margin: 0;
    font-weight: 700;
    line-height: 1.3;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  button {
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
    cursor: pointer;
  }
  /* The list of entries (plan cards, timeline items). */
  [part~=list] {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .muted {
    color: var(--_muted);
  }
  .skeleton {
    min-height: var(--_skeleton-height, 6rem);
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_border) 25%, transparent 50%, var(--_border) 75%) 0 0 / 200% 100%;
    opacity: 0.5;
    animation: ogp-shimmer 1.6s linear infinite;
  }
  @keyframes ogp-shimmer {
    to {
      background-position: -200% 0;
    }
  }
  [part~=notice] {
    margin-top: 0.5rem;
    font-size: 0.875em;
  }
  [part~=error] {
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_c-overdue, currentColor);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .skeleton {
      background: none;
      border: 1px dashed CanvasText;
    }
    [part~=error] {
      border-color: CanvasText;
    }
  }
  @media print {
    .skeleton,
    button,
    [part~=controls] {
      display: none !important;
    }
  }
`;
