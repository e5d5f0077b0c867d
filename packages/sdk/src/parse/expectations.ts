/**
 * What a field expects, as a phrase (a key and its arguments: each language's words say it). The
 * schemas tag their checks with an `error` key of `EXPECTATIONS`; zod's own issue codes cover the rest.
 */
import type { SchemaIssue } from '../check/validators.js';
import type { Phrase, PhraseKey } from '../i18n/words.js';
import type { IssueCode } from './issues.js';

/** The `error` keys a schema's check may carry: each is a phrase of its own. */
const EXPECTATIONS = new Set<PhraseKey>([
  'text',
  'date',
  'real-day',
  'due-date',
  'timestamp',
  'web-url',
  'contact',
  'id',
  'language-tag',
  'schema-version',
  'non-empty',
]);

const TYPE_NAMES: Record<string, PhraseKey> = {
  string: 'type-string',
  number: 'type-number',
  int: 'type-int',
  boolean: 'type-boolean',
  object: 'type-object',
  array: 'type-array',
};

function isExpectationKey(message: string): message is PhraseKey {
  return EXPECTATIONS.has(message as PhraseKey);
}

function bound(key: PhraseKey, inclusive: boolean | undefined, limit: unknown): Phrase {
  return [key, inclusive === false, String(limit)];
}

/** Our issue code and the expectation, as a phrase, of one schema issue (zod's or check/'s). */
export function describeExpectation(issue: SchemaIssue): { code: IssueCode; expected: Phrase } {
  if (issue.message !== undefined && isExpectationKey(issue.message)) {
    const code: IssueCode = issue.code === 'invalid_type' ? 'invalid-type' : 'invalid-format';
    return { code, expected: [issue.message] };
  }
  // A whole number out of the safe range is a number too (zod says origin "int").
  const numeric = issue.origin === 'number' || issue.origin === 'int';
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected ?? '';
      const key = Object.hasOwn(TYPE_NAMES, expected) ? TYPE_NAMES[expected] : undefined;
      return { code: 'invalid-type', expected: key ? [key] : ['as-is', expected] };
    }
    case 'invalid_value': {
      const options = (issue.values ?? []).map((value) => JSON.stringify(value)).join(', ');
      return { code: 'invalid-value', expected: ['one-of', options] };
    }
    case 'too_small':
      return {
        code: 'out-of-range',
        expected: bound(numeric ? 'number-greater' : 'length-greater', issue.inclusive, issue.minimum),
      };
    case 'too_big':
      return {
        code: 'out-of-range',
        expected: bound(numeric ? 'number-less' : 'length-less', issue.inclusive, issue.maximum),
      };
    case 'invalid_format':
      return { code: 'invalid-format', expected: ['valid-format', String(issue.format)] };
    default:
      return { code: 'invalid', expected: ['as-is', issue.message ?? issue.code] };
  }
}
