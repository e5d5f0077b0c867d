/**
 * What every element shares: it inherits the page's font and colours (so it looks at home),
 * turns the public `--ogp-*` tokens into private `--_x` ones with fallbacks (so a token can be set
 * on any ancestor), and answers reduced motion, forced colours and print.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--ogp-font-family, inherit);
    /* Unset token = invalid at computed time = inherited: the page's own text colour. */
    color: var(--ogp-color-text);
    line-height: var(--ogp-line-height, 1.45);
    --_muted: var(--ogp-color-muted, color-mix(in srgb, currentColor 75%, transparent));
    --_border: var(--ogp-color-border, color-mix(in srgb, currentColor 22%, transparent));
    --_surface: var(--ogp-color-surface, transparent);
    --_accent: var(--ogp-color-accent, LinkText);
    --_focus: var(--ogp-color-focus, Highlight);
    --_radius: var(--ogp-radius, 0.5rem);
    --_gap: var(--ogp-space, 0.75rem);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
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
  [part~='notice'] {
    margin: 0.5rem 0 0;
    font-size: 0.875em;
  }
  [part~='error'] {
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_c-overdue, currentColor);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .skeleton {
      background: none;
      border: 1px dashed CanvasText;
    }
    [part~='error'] {
      border-color: CanvasText;
    }
  }
  @media print {
    .skeleton,
    button,
    [part~='controls'] {
      display: none !important;
    }
  }
`;
