/**
 * `@ogp-embed/sdk/shared-client`: the entry @ogp-embed/elements get their feed client from.
 * Page code wants `getSharedClient` from `@ogp-embed/sdk`, which takes options; both hand out
 * the same client for a feed. This entry never loads the code for the `storage` option, which
 * the elements never pass, so the embed does not carry it. `partClient` is here so an element
 * asks for the published part it shows (one commitment, one plan) instead of the whole feed.
 */
export { getDefaultSharedClient } from './client/shared-clients.js';
export { partClient } from './client/parts-client.js';
