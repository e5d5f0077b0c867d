import { css } from 'lit';

export const agreementsStyles = css`
  :host {
    container-type: inline-size;
    --_skeleton-height: 16rem;
  }
  [part~=title] {
    font-size: var(--ogp-agreements-title-size, 1.25em);
  }
  [part~=meeting-title] {
    margin: 1rem 0 0.5rem;
    font-weight: 700;
  }
  p {
    margin-block: 0.25rem;
  }
  [part~=filter] {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    margin-block: 0.5rem;
    cursor: pointer;
  }
  input {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.4rem 0.75rem 0.4rem 0;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  th {
    font-size: 0.875em;
    color: var(--_muted);
  }
  [part~=asap] {
    font-weight: 600;
  }
  [part~=asap]::before {
    content: '⚑ ';
  }
  @container (max-width: 36rem) {
    thead {
      display: none;
    }
    tr,
    td {
      display: block;
    }
    tr {
      padding-block: 0.5rem;
      border-bottom: 1px solid var(--_border);
    }
    td {
      padding: 0.1rem 0;
      border: 0;
    }
    td[data-label]::before {
      content: attr(data-label);
      color: var(--_muted);
      font-size: 0.875em;
    }
  }
`;
