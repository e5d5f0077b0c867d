import { css } from 'lit';

export const feedStyles = css`
  :host {
    /* No box of its own: the page lays out the elements inside as if it were not there. */
    display: contents;
  }
`;
