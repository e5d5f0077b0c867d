/**
 * What every element, even the smallest, shares: it inherits the page's font and text colour,
 * so it looks at home. (The progress bar carries only this; the rest is in base.styles.ts.)
 */
import { css } from 'lit';

export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--ogp-font-family, inherit);
    /* Unset token = invalid at computed time = inherited: the page's own text colour. */
    color: var(--ogp-color-text);
    line-height: var(--ogp-line-height, 1.45);
  }
  :host([hidden]) {
    display: none;
  }
`;
