import { css } from 'lit';

export const progressBarStyles = css`
  :host {
    --_height: var(--ogp-progress-height, 0.5rem);
    --_track: var(--ogp-progress-track-color, color-mix(in srgb, currentColor 14%, transparent));
  }
  [part~=base],
  [part~=milestones] {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  [part~=track],
  [part~=segments] {
    display: block;
    flex: 1;
    width: 100%;
    height: var(--_height);
    border-radius: calc(var(--_height) / 2);
    background: var(--_track);
    overflow: hidden;
  }
  [part~=milestones] {
    margin: 0.25rem 0 0;
    font-size: 0.875em;
  }
  [part~=segments] {
    flex: none;
    width: 4rem;
  }
  .unknown [part~=track] {
    /* Hatched, not empty: unknown progress must not look like 0 %. */
    background: repeating-linear-gradient(
      -45deg,
      var(--_track) 0 4px,
      color-mix(in srgb, currentColor 32%, transparent) 4px 6px
    );
  }
  [part~=fill] {
    /* The status colour --_s is set on the base, inside: the public variable wins over it. */
    fill: var(--ogp-progress-fill-color, var(--_s));
  }
  [part~=segment] {
    fill: var(--_s);
    stroke: Canvas;
    stroke-width: 2px;
  }
  rect[data-status=upcoming],
  rect[data-status=undated],
  rect[data-status=not-started] {
    fill: transparent;
  }
  [part~=value] {
    flex: none;
    min-width: 3.5em;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  @media (forced-colors: active) {
    [part~=track],
    [part~=segments] {
      border: 1px solid CanvasText;
    }
    .unknown [part~=track] {
      border-style: dashed;
    }
    rect {
      fill: Highlight;
    }
  }
`;
