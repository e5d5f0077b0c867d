/**
 * `@ogp-embed/sdk/internal`: what @ogp-embed/elements and the tests use that is not the SDK's API.
 * Not documented for users and free to change in any release; page code wants `@ogp-embed/sdk`.
 *
 * For the elements: the page's client of a feed without the code for a stored copy
 * (`getDefaultSharedClient`), the client an element reads (`clientFor`: a slice of it, started
 * from the loader's head start), and for the loader's prefetch, the first requests themselves
 * (`startFirstRequests`, handed over through `HEAD_START`; see client/head-start.ts).
 */
export { clearSharedClients, getDefaultSharedClient } from './client/page-clients.js';
export { clientFor } from './client/slice-client.js';
export {
  FIRST_REQUEST,
  firstRequests,
  HEAD_START,
  HEAD_START_LIFETIME,
  startFirstRequests,
} from './client/head-start.js';
export type { HeadStart, SliceRef } from './client/head-start.js';
export { feedAddress } from './client/feed-address.js';
export { MAX_BACKOFF, pollDelay } from './client/poll-delay.js';
export type { PollDelayInput } from './client/poll-delay.js';
export { byNumberOrder } from './derive/number-order.js';
