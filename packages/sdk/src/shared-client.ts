/**
 * `@ogp-embed/sdk/shared-client`: the entry @ogp-embed/elements get their feed client from.
 * Page code wants `getSharedClient` from `@ogp-embed/sdk`, which takes options; both hand out
 * the same client for a feed. This entry never loads the code for the `storage` option, which
 * the elements never pass, so the embed does not carry it. `sliceClient` is here so an element
 * asks for the published part it shows (one commitment, one plan) instead of the whole feed;
 * `requestEarly` and the parts' places so the embed's loader starts those requests before the
 * client's code has arrived (client/early-responses.ts).
 */
export { getDefaultSharedClient } from './client/shared-clients.js';
export { sliceClient } from './client/slice-client.js';
export { requestEarly } from './client/early-responses.js';
export { DEFAULT_SLICE_PATHS, slicePath, sliceIndexUrl } from './slices/slice-paths.js';
