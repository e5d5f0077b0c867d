import { css } from 'lit';

export const statusBadgeStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
  }
  [part~=base] {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0.6em 0.1em 0.45em;
    border: 1px solid var(--ogp-status-badge-border-color, var(--_s));
    border-radius: 999px;
    background: var(--ogp-status-badge-background, color-mix(in srgb, var(--_s) 12%, transparent));
    font-size: var(--ogp-status-badge-font-size, 0.8125em);
    font-weight: 600;
    line-height: 1.5;
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    [part~=base] {
      border-color: CanvasText;
    }
  }
`;
