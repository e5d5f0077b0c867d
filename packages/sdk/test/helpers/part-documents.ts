/**
 * The documents of a feed published by parts, by their path on a server, as `ogp-embed publish`
 * lays them out beside the feed: `<name>.parts/index.json` and one part per commitment, plan and
 * forum. No Node module: the browser tests' servers use it too, with the SHA-256 they compute.
 */
import { cutSlices, DEFAULT_SLICE_PATHS, slicePath, sliceIndex } from '@ogp-embed/sdk';
import type { FeedInput, SliceKind } from '@ogp-embed/sdk';

export interface PartDocuments {
  /** `/feed.parts/index.json` */
  indexPath: string;
  /** Path of a part on the server: `/feed.parts/commitment/CL0069.json`. */
  pathOf(kind: SliceKind, id: string): string;
  /** Every document (the index first), by path. */
  documents: Map<string, Record<string, unknown>>;
}

/** The index and parts of `feed` served at `feedPath`, whose bytes have the hex SHA-256 `sha256`. */
export function partDocuments(feed: FeedInput, feedPath: string, sha256: string): PartDocuments {
  const folder = `${feedPath.replace(/\.json$/, '')}.parts`;
  const version = { generatedAt: feed.generatedAt, sha256 };
  const index = sliceIndex(feed, feedPath.slice(feedPath.lastIndexOf('/') + 1), version);
  const pathOf = (kind: SliceKind, id: string) =>
    `${folder}/${slicePath(index.parts.paths[kind] ?? DEFAULT_SLICE_PATHS[kind], id)}`;
  const indexPath = `${folder}/index.json`;
  const documents = new Map<string, Record<string, unknown>>([
    [indexPath, index as unknown as Record<string, unknown>],
  ]);
  for (const part of cutSlices(feed, version)) documents.set(pathOf(part.kind, part.id), part.document);
  return { indexPath, pathOf, documents };
}
