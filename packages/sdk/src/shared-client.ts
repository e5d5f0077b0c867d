/**
 * `@ogp-embed/sdk/shared-client`: the entry @ogp-embed/elements get their feed client from.
 * Page code wants `getSharedClient` from `@ogp-embed/sdk`, which takes options; both hand out
 * the same client for a feed. This entry never loads the code for the `storage` option, which
 * the elements never pass, so the embed does not carry it.
 */
export { getDefaultSharedClient } from './client/shared-clients.js';
