/**
 * Checks of the published parts' own fields without zod, with the validators generated from
 * schema/slices.ts (check/slices-validator.ts). A part's feed is checked as any feed (`parseFeed`).
 */
import { partInfoValidator, partsDirectoryValidator, planDigestValidator } from './slices-validator.js';
import type { SchemaIssue, Validator } from './validators.js';
import type { SliceInfo, SliceDirectory, PlanDigest } from '../schema/slices.js';

export type SliceCheck<T> = { success: true; data: T } | { success: false; issues: SchemaIssue[] };

let index: Validator | undefined;
let info: Validator | undefined;
let digest: Validator | undefined;

function run<T>(validator: Validator, value: unknown): SliceCheck<T> {
  const issues: SchemaIssue[] = [];
  const data = validator(value, issues);
  return issues.length === 0 ? { success: true, data: data as T } : { success: false, issues };
}

/** Checks the `parts` field of a parts index (the rest of the index is a feed: `parseFeed`); never throws. */
export function checkSliceDirectory(value: unknown): SliceCheck<SliceDirectory> {
  return run((index ??= partsDirectoryValidator()), value);
}

/** Checks the `part` field of a published part; never throws. */
export function checkSliceInfo(value: unknown): SliceCheck<SliceInfo> {
  return run((info ??= partInfoValidator()), value);
}

/** Each digest's check, by the digest: the parts client and `<ogp-plan>` both check the one they get. */
const checkedDigests = new WeakMap<object, SliceCheck<PlanDigest>>();

/** Checks the `digest` field of a plan digest part (the rest of it is a feed: `parseFeed`); never throws. */
export function checkPlanDigest(value: unknown): SliceCheck<PlanDigest> {
  const check = () => run<PlanDigest>((digest ??= planDigestValidator()), value);
  if (!value || typeof value !== 'object') return check();
  let checked = checkedDigests.get(value);
  if (!checked) checkedDigests.set(value, (checked = check()));
  return checked;
}
