/**
 * Fragments several elements render, written once: feed text marked with its language, a
 * heading of the level the page chose, a term with its value, the "nothing to show" line and a
 * status badge.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { FeedText } from './feed-text.js';

/** Feed text, marked with its language when it is not the reader's (WCAG 3.1.2). */
export const inLang = ({ text, lang }: FeedText): TemplateResult => html`<span lang=${lang ?? nothing}>${text}</span>`;

/** A heading of any level (`heading-level`): a tag name cannot be a template value, a level can. */
export const heading = (part: string, level: number, content: unknown, id?: string): TemplateResult =>
  html`<div part=${part} role="heading" aria-level=${level} id=${id ?? nothing}>${content}</div>`;

/** One term and its value in a `<dl>`. */
export const fact = (term: unknown, value: unknown): TemplateResult =>
  html`<div><dt>${term}</dt><dd>${value}</dd></div>`;

export const empty = (text: string): TemplateResult => html`<p part="empty" class="muted">${text}</p>`;

/**
 * Elements inside another take its language from it (lang.ts walks out of shadow roots), so
 * none is given here.
 */
export const badge = (status: string, kind = 'commitment'): TemplateResult =>
  html`<ogp-status-badge part="status" kind=${kind} status=${status}></ogp-status-badge>`;

/** Whether the feed marks a figure or a report `illustrative: true` (invented for a demo, not a fact). */
export const illustrative = (value: object | undefined): boolean =>
  (value as { illustrative?: unknown } | undefined)?.illustrative === true;
