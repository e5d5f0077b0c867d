/**
 * Small validators with zod's semantics, for the subset of zod the feed schemas use. The feed's
 * validator is built from these by generated code (check/feed-validator.ts, written by
 * scripts/build-feed-validator.ts from the zod schemas), so `parseFeed` needs no zod at run time:
 * the embed stays small. Each returns what zod's `safeParse` would: the same output (defaults
 * filled in, unknown fields kept, links trimmed) and the same issues in the same order;
 * `test/node/feed-validator.test.ts` holds them to it. Closures, not `eval`: a strict CSP is fine.
 */
import type { PathSegment } from '../parse/issues.js';

/**
 * One problem as zod reports it (what `describeExpectation` reads): zod's issue code, the `error`
 * key the schema gives as `message`, and what the code needs to be put in words.
 */
export interface SchemaIssue {
  code: string;
  path: PathSegment[];
  /** The `error` key of the schema or check (a key of `EXPECTATIONS`), if it has one. */
  message?: string;
  expected?: string;
  values?: readonly unknown[];
  origin?: string;
  minimum?: number;
  maximum?: number;
  inclusive?: boolean;
  format?: string;
  /** `true`: later checks of the same value still run (zod's `continue`); `false`: none do. */
  continue?: boolean;
}

/** Checks `value`, appends its problems (paths relative to it) to `issues`, returns the output. */
export interface Validator {
  (value: unknown, issues: SchemaIssue[]): unknown;
  /** How an object treats the field when it is missing: skipped, or given its default. */
  presence?: 'optional' | 'default';
}

/** A check of a value that passed its type test; returns the value it passes on. */
interface Check {
  (value: never, issues: SchemaIssue[], message: string | undefined): unknown;
  /** Runs even when the type test failed, on anything with a length (zod's `when`). */
  anyLength?: boolean;
}

/** An issue stops later checks of its value unless it says `continue: true`. */
const stops = (issues: readonly SchemaIssue[], from = 0): boolean => {
  for (let i = from; i < issues.length; i++) if (issues[i]!.continue !== true) return true;
  return false;
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** zod's test for a record: an object whose prototype chain was not tampered with. */
function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (!isObject(value)) return false;
  const ctor = value.constructor;
  if (typeof ctor !== 'function') return true;
  const prototype: unknown = ctor.prototype;
  return isObject(prototype) && Object.hasOwn(prototype, 'isPrototypeOf');
}

/** Puts `segment` in front of the paths of the issues from `start` on. */
function prefix(issues: SchemaIssue[], start: number, segment: PathSegment): void {
  for (let i = start; i < issues.length; i++) issues[i]!.path.unshift(segment);
}

const wrongType = (expected: string, message?: string): SchemaIssue => ({
  code: 'invalid_type',
  expected,
  path: [],
  message,
});

/**
 * A scalar: its type test, then its checks in order, as zod runs them. A failed check stops the
 * ones after it unless it continues; a length check still runs after a failed type test.
 */
function scalar(
  isType: (value: unknown) => boolean,
  expected: string,
  checks: readonly Check[],
  error?: string,
): Validator {
  return (value, issues) => {
    const start = issues.length;
    if (!isType(value)) issues.push(wrongType(expected, error));
    let output = value;
    for (const check of checks) {
      // No issue yet (the usual case): every check runs.
      if (issues.length !== start) {
        if (check.anyLength) {
          if (output == null || (output as { length?: unknown }).length === undefined) continue;
          if (issues.slice(start).some((issue) => issue.continue === false)) continue;
        } else if (stops(issues, start)) {
          continue;
        }
      }
      output = check(output as never, issues, error);
    }
    return output;
  };
}

/** A check's issue: its own `error` key, else its schema's; `abort` stops the checks after it. */
function failure(
  fields: Omit<SchemaIssue, 'path'>,
  error: string | undefined,
  message: string | undefined,
  abort?: boolean,
): SchemaIssue {
  return { ...fields, path: [], message: error ?? message, continue: !abort };
}

export const string = (checks: readonly Check[] = [], error?: string): Validator =>
  scalar((value) => typeof value === 'string', 'string', checks, error);

export const number = (checks: readonly Check[] = [], error?: string): Validator =>
  scalar((value) => typeof value === 'number' && Number.isFinite(value), 'number', checks, error);

export const boolean = (error?: string): Validator =>
  scalar((value) => typeof value === 'boolean', 'boolean', [], error);

/** zod's `regex`, and the formats that are a pattern (`email`, `datetime`). */
export const pattern =
  (regex: RegExp, format: string, error?: string, abort?: boolean): Check =>
  (value: string, issues, message) => {
    regex.lastIndex = 0;
    if (!regex.test(value))
      issues.push(failure({ code: 'invalid_format', format, origin: 'string' }, error, message, abort));
    return value;
  };

/** zod's `refine`. */
export const refine =
  (holds: (value: string) => boolean, error?: string, abort?: boolean): Check =>
  (value: string, issues, message) => {
    if (!holds(value)) issues.push(failure({ code: 'custom' }, error, message, abort));
    return value;
  };

/** zod's `minLength`: counted in code points, and run on anything with a length. */
export function minLength(minimum: number, error?: string, abort?: boolean): Check {
  const check: Check = (value: string | unknown[], issues, message) => {
    const units = value.length;
    // Only a length near the floor can differ between code units and code points.
    const length = typeof value === 'string' && units >= minimum && units < minimum * 2 ? [...value].length : units;
    if (length < minimum) {
      const origin = typeof value === 'string' ? 'string' : Array.isArray(value) ? 'array' : 'unknown';
      issues.push(failure({ code: 'too_small', origin, minimum, inclusive: true }, error, message, abort));
    }
    return value;
  };
  check.anyLength = true;
  return check;
}

const TAB_OR_NEWLINE = /[\t\n\r]/g;

/**
 * zod's `url({ protocol })`: parsed by `URL` after trimming; `slashes` (zod's rule for http and
 * https) wants `scheme://` first, so `http:example.com` fails. Passes on the trimmed text.
 */
export const url =
  (protocol: RegExp, slashes: boolean, error?: string, abort?: boolean): Check =>
  (value: string, issues, message) => {
    const trimmed = value.trim();
    let parsed: URL | undefined;
    try {
      if (!slashes || /^https?:\/\//i.test(trimmed)) parsed = new URL(trimmed);
    } catch {
      // not an address: reported below
    }
    protocol.lastIndex = 0;
    if (!parsed || !protocol.test(parsed.protocol.slice(0, -1))) {
      issues.push(failure({ code: 'invalid_format', format: 'url' }, error, message, abort));
      if (!parsed) return value;
    }
    return trimmed.replace(TAB_OR_NEWLINE, '');
  };

/** zod's `int()`: a whole number, within the safe range. */
export const safeInteger =
  (error?: string, abort?: boolean): Check =>
  (value: number, issues, message) => {
    if (!Number.isInteger(value)) {
      issues.push({ ...wrongType('int', error ?? message), format: 'safeint', continue: false });
    } else if (!Number.isSafeInteger(value)) {
      const above = value > 0;
      const fields = above
        ? { code: 'too_big', maximum: Number.MAX_SAFE_INTEGER }
        : { code: 'too_small', minimum: Number.MIN_SAFE_INTEGER };
      issues.push(failure({ ...fields, origin: 'int', inclusive: true }, error, message, abort));
    }
    return value;
  };

/** zod's `minimum` and `positive` (`above`), `maximum` (not `above`). */
const bound =
  (above: boolean) =>
  (limit: number, inclusive: boolean, error?: string, abort?: boolean): Check =>
  (value: number, issues, message) => {
    const holds = above
      ? value > limit || (inclusive && value === limit)
      : value < limit || (inclusive && value === limit);
    if (!holds) {
      const fields = above ? { code: 'too_small', minimum: limit } : { code: 'too_big', maximum: limit };
      issues.push(failure({ ...fields, origin: 'number', inclusive }, error, message, abort));
    }
    return value;
  };

export const greaterThan = bound(true);
export const lessThan = bound(false);

/** zod's `enum` and `literal`: one of these values. */
export const oneOf =
  (values: readonly unknown[], error?: string): Validator =>
  (value, issues) => {
    if (!values.includes(value)) issues.push({ code: 'invalid_value', values, path: [], message: error });
    return value;
  };

/** zod's `looseObject`: the named fields checked, any other kept as it is. */
export function object(fields: Readonly<Record<string, Validator>>, error?: string): Validator {
  // An own `__proto__` key would replace the output's prototype: zod skips it, so does this.
  const keys = Object.keys(fields).filter((key) => key !== '__proto__');
  const validators = keys.map((key) => fields[key]!);
  return (value, issues) => {
    if (!isObject(value)) {
      issues.push(wrongType('object', error));
      return value;
    }
    const output: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const validate = validators[i]!;
      const present = key in value;
      if (!present && validate.presence === 'optional') continue;
      const start = issues.length;
      const result = validate(value[key], issues);
      if (issues.length !== start) prefix(issues, start, key);
      if (!present && !validate.presence) {
        if (issues.length === start) issues.push({ ...wrongType('nonoptional'), path: [key] });
        continue;
      }
      output[key] = result;
    }
    // What this version of the format does not know is kept for the next one.
    for (const key in value) if (!Object.hasOwn(fields, key) && key !== '__proto__') output[key] = value[key];
    return output;
  };
}

export const array =
  (element: Validator, error?: string): Validator =>
  (value, issues) => {
    if (!Array.isArray(value)) {
      issues.push(wrongType('array', error));
      return value;
    }
    const output: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const start = issues.length;
      output[i] = element(value[i], issues);
      if (issues.length !== start) prefix(issues, start, i);
    }
    return output;
  };

/** zod's `record` with a checked string key. */
export const record =
  (key: Validator, entry: Validator, error?: string): Validator =>
  (value, issues) => {
    if (!isPlainObject(value)) {
      issues.push(wrongType('record', error));
      return value;
    }
    const output: Record<PropertyKey, unknown> = {};
    for (const name of Reflect.ownKeys(value)) {
      if (name === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, name)) continue;
      if (!accepts(key, name)) {
        issues.push({ code: 'invalid_key', origin: 'record', path: [name as string], message: error });
        continue;
      }
      const start = issues.length;
      output[name] = entry(value[name], issues);
      prefix(issues, start, name as string);
    }
    return output;
  };

function accepts(validate: Validator, value: unknown): boolean {
  const issues: SchemaIssue[] = [];
  validate(value, issues);
  return issues.length === 0;
}

/**
 * zod's `union`: the first option that passes wins. When all fail and exactly one failed softly
 * (its issues let checks continue, as a real-looking date that is not a day), its issues are
 * reported; else one issue for the union.
 */
export const union =
  (options: readonly Validator[], error?: string): Validator =>
  (value, issues) => {
    // Allocated on the first failure only: most values pass their first option.
    let failures: { issues: SchemaIssue[]; output: unknown }[] | undefined;
    for (const option of options) {
      const start = issues.length;
      const output = option(value, issues);
      if (issues.length === start) return output;
      (failures ??= []).push({ issues: issues.splice(start), output });
    }
    const soft = failures!.filter((failed) => !stops(failed.issues));
    if (soft.length === 1) {
      issues.push(...soft[0]!.issues);
      return soft[0]!.output;
    }
    issues.push({ code: 'invalid_union', path: [], message: error });
    return value;
  };

export function optional(inner: Validator): Validator {
  const validate: Validator = (value, issues) => (value === undefined ? undefined : inner(value, issues));
  validate.presence = 'optional';
  return validate;
}

/** zod's `_default`: a missing value becomes what `fallback` makes, which is not checked. */
export function withDefault(inner: Validator, fallback: () => unknown): Validator {
  const validate: Validator = (value, issues) => {
    const output = value === undefined ? undefined : inner(value, issues);
    return output === undefined ? fallback() : output;
  };
  validate.presence = 'default';
  return validate;
}

/** A list a feed may leave out: missing, it is an empty list of its own (`list()` of schema/feed.ts). */
export const list = (element: Validator, error?: string): Validator => withDefault(array(element, error), () => []);
