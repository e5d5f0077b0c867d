/**
 * Status colours, light and dark. `light-dark()` follows the page's `color-scheme`, so a page
 * that declares only a light scheme keeps light colours even when the reader's system is dark.
 * Colour is never the only sign of a status: labels and shapes (status-icon.ts) say it too, so
 * a browser without `light-dark()` (before 2024) shows the statuses in the text colour and loses
 * nothing but colour; a fallback palette would cost the smallest bundle more than it gives.
 */
import { css } from 'lit';

export const statusStyles = css`
  :host {
    --_c-not-started: var(--ogp-color-not-started, light-dark(#57606a, #9198a1));
    --_c-in-progress: var(--ogp-color-in-progress, light-dark(#0969da, #4493f8));
    --_c-delayed: var(--ogp-color-delayed, light-dark(#9a6700, #d29922));
    --_c-completed: var(--ogp-color-completed, light-dark(#1a7f37, #3fb950));
    --_c-withdrawn: var(--ogp-color-withdrawn, light-dark(#8250df, #ab7df8));
    --_c-unknown: var(--ogp-color-unknown, light-dark(#6e7781, #8b949e));
    --_c-overdue: var(--ogp-color-overdue, light-dark(#cf222e, #f85149));
  }
  [data-status] {
    --_s: var(--_c-unknown);
  }
  [data-status=not-started],
  [data-status=pending],
  [data-status=planned],
  [data-status=upcoming] {
    --_s: var(--_c-not-started);
  }
  [data-status=in-progress] {
    --_s: var(--_c-in-progress);
  }
  [data-status=delayed],
  [data-status=due-soon] {
    --_s: var(--_c-delayed);
  }
  [data-status=overdue] {
    --_s: var(--_c-overdue);
  }
  [data-status=completed],
  [data-status=done] {
    --_s: var(--_c-completed);
  }
  [data-status=withdrawn],
  [data-status=cancelled] {
    --_s: var(--_c-withdrawn);
  }
`;
