/** `ogp-toggle`: the reader showed or hid a commitment's details (its `expanded` property changed). */
export interface OgpToggleDetail {
  /** The new value of `expanded`. */
  expanded: boolean;
}

export type OgpToggleEvent = CustomEvent<OgpToggleDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ogp-toggle': OgpToggleEvent;
  }
}
