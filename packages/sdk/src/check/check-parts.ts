/**
 * Checks of the published parts' own fields without zod, with the validators generated from
 * schema/parts.ts (check/parts-validator.ts). A part's feed is checked as any feed (`parseFeed`).
 */
import { partInfoValidator, partsDirectoryValidator } from './parts-validator.js';
import type { SchemaIssue, Validator } from './validators.js';
import type { PartInfo, PartsDirectory } from '../schema/parts.js';

export type PartsCheck<T> = { success: true; data: T } | { success: false; issues: SchemaIssue[] };

let index: Validator | undefined;
let info: Validator | undefined;

function run<T>(validator: Validator, value: unknown): PartsCheck<T> {
  const issues: SchemaIssue[] = [];
  const data = validator(value, issues);
  return issues.length === 0 ? { success: true, data: data as T } : { success: false, issues };
}

/** Checks the `parts` field of a parts index (the rest of the index is a feed: `parseFeed`); never throws. */
export function checkPartsDirectory(value: unknown): PartsCheck<PartsDirectory> {
  return run((index ??= partsDirectoryValidator()), value);
}

/** Checks the `part` field of a published part; never throws. */
export function checkPartInfo(value: unknown): PartsCheck<PartInfo> {
  return run((info ??= partInfoValidator()), value);
}
