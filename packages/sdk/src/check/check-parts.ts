/**
 * Checks of the published parts' own fields without zod, with the validators generated from
 * schema/parts.ts (check/parts-validator.ts). A part's feed is checked as any feed (`parseFeed`).
 */
import { partInfoValidator, partsDirectoryValidator, planDigestValidator } from './parts-validator.js';
import type { SchemaIssue, Validator } from './validators.js';
import type { PartInfo, PartsDirectory, PlanDigest } from '../schema/parts.js';

export type PartsCheck<T> = { success: true; data: T } | { success: false; issues: SchemaIssue[] };

let index: Validator | undefined;
let info: Validator | undefined;
let digest: Validator | undefined;

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

/** Each digest's check, by the digest: the parts client and `<ogp-plan>` both check the one they get. */
const checkedDigests = new WeakMap<object, PartsCheck<PlanDigest>>();

/** Checks the `digest` field of a plan digest part (the rest of it is a feed: `parseFeed`); never throws. */
export function checkPlanDigest(value: unknown): PartsCheck<PlanDigest> {
  const check = () => run<PlanDigest>((digest ??= planDigestValidator()), value);
  if (!value || typeof value !== 'object') return check();
  let checked = checkedDigests.get(value);
  if (!checked) checkedDigests.set(value, (checked = check()));
  return checked;
}
