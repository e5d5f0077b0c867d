import { findCommitment } from '@ogp-embed/sdk';
import type { Commitment, Feed } from '@ogp-embed/sdk';

/** The commitment with that id in any plan of the feed. */
export const commitmentById = (feed: Feed, id: string): Commitment | undefined => findCommitment(feed, id)?.commitment;
