/**
 * Evidence links from the feed: followed only when safe (see safe-url.ts); an unsafe one is
 * shown as its title in plain text, so nothing the publisher wrote disappears silently.
 */
import { html, nothing } from 'lit';
import type { EvidenceLink } from '@ogp-embed/sdk';
import { feedText } from './feed-text.js';
import { safeHref } from './safe-url.js';

export function evidenceLinks(links: readonly EvidenceLink[] | undefined, locale: string, feedLang?: string) {
  if (!links?.length) return nothing;
  return html`<ul part="evidence">
    ${links.map((link) => {
      const title = link.title ? feedText(link.title, locale, feedLang) : { text: link.url };
      const href = safeHref(link.url);
      return html`<li lang=${title.lang ?? nothing}>
        ${href ? html`<a href=${href} rel="noopener noreferrer">${title.text}</a>` : title.text}
      </li>`;
    })}
  </ul>`;
}
