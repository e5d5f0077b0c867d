/**
 * `ogp-filter`: the reader changed the search, a filter or the order of a plan (its `query`,
 * `status`, `institution`, `value`, `theme` or `sort` property). A page can keep them in its address,
 * and set them back as attributes.
 */
export interface OgpFilterDetail {
  query: string;
  status: string;
  institution: string;
  value: string;
  theme: string;
  sort: string;
}

export type OgpFilterEvent = CustomEvent<OgpFilterDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ogp-filter': OgpFilterEvent;
  }
}
