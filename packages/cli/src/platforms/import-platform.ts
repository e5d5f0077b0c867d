/**
 * A platform's own export (Decidim's results, Gobierto's plan) into a feed with its report, the
 * same for `import decidim|gobierto` and the studio. Throws `TableEncodingError` for bytes that
 * cannot be read as text, `NotPlatformFormatError` for a file of another kind.
 */
import type { Feed } from '@ogp-embed/sdk';
import type { SheetIssue } from '../sheets/build-feed.js';
import { settleFeed } from '../sheets/settle-feed.js';
import { importDecidim } from '../decidim/build-plan.js';
import { importGobierto } from '../gobierto/build-plan.js';
import { assembleFeed } from './assemble-feed.js';
import type { FeedFacts } from './assemble-feed.js';
import type { ImportedPlan } from './imported-plan.js';

export type Platform = 'decidim' | 'gobierto';

export interface PlatformImport {
  value?: Record<string, unknown>;
  feed?: Feed;
  issues: SheetIssue[];
  errors: number;
  warnings: number;
  commitments: number;
  /** Whether there is a feed worth writing: at least one commitment went in. */
  written: boolean;
}

/**
 * `file` names the file in messages; `baseName` (the file's name without extension) is the
 * plan's title and id when nothing else gives them.
 */
export function importPlatform(
  platform: Platform,
  bytes: Uint8Array,
  file: string,
  baseName: string,
  facts: FeedFacts,
): PlatformImport {
  const imported: ImportedPlan =
    platform === 'decidim'
      ? importDecidim(bytes, file, facts.now)
      : importGobierto(bytes, file, facts.now, facts.language ?? 'es');
  const { value, log } = assembleFeed(imported, facts, file, baseName);
  const settled = settleFeed(value, imported.origins);
  const issues = [...log.issues, ...imported.issues, ...settled.issues];
  const errors = issues.filter((i) => i.severity === 'error').length;
  const commitments = settled.feed?.plans.reduce((sum, plan) => sum + plan.commitments.length, 0) ?? 0;
  return {
    ...(settled.value && settled.feed ? { value: settled.value, feed: settled.feed } : {}),
    issues,
    errors,
    warnings: issues.length - errors,
    commitments,
    written: settled.value !== undefined && commitments > 0,
  };
}
