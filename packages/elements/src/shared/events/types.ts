/**
 * The elements' events as types. Each event's module adds it to the DOM's event map
 * (`declare global`), so an element's entry that re-exports these (`export type *`) types
 * `el.addEventListener('ogp-load', (e) => e.detail)` without the package's main entry.
 */
export type { OgpChangeDetail, OgpChangeEvent } from './ogp-change.js';
export type { OgpErrorDetail, OgpErrorEvent } from './ogp-error.js';
export type { OgpFilterDetail, OgpFilterEvent } from './ogp-filter.js';
export type { OgpLoadDetail, OgpLoadEvent } from './ogp-load.js';
export type { OgpToggleDetail, OgpToggleEvent } from './ogp-toggle.js';
