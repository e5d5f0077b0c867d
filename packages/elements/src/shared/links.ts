/**
 * Evidence links from the feed: followed only when safe (see safe-url.ts); an unsafe one is
 * shown as its title in plain text, so nothing the publisher wrote disappears silently.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { EvidenceLink, LocalizedText } from '@ogp-embed/sdk';
import type { FeedText } from './feed-text.js';
import { safeHref } from './safe-url.js';
import { inLang } from './templates.js';

/** `text` is the element's own: feed text in the reader's language. */
export function evidenceLinks(
  links: readonly EvidenceLink[] | undefined,
  text: (value: LocalizedText) => FeedText,
): TemplateResult | typeof nothing {
  if (!links?.length) return nothing;
  return html`<ul part="evidence">
    ${links.map((link) => {
      const title = inLang(link.title ? text(link.title) : { text: link.url });
      const href = safeHref(link.url);
      return html`<li>${href ? html`<a href=${href} rel="noopener noreferrer">${title}</a>` : title}</li>`;
    })}
  </ul>`;
}
