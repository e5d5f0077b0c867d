/**
 * What a field expects, in words. The schemas tag their checks with an `error` key of
 * `EXPECTATIONS`; zod's own issue codes cover the rest.
 */
import type { SchemaIssue } from '../check/validators.js';
import type { Bilingual } from '../i18n/bilingual.js';
import type { IssueCode } from './issues.js';

export const EXPECTATIONS = {
  text: {
    en: 'text: a string, or an object of language tags to strings ({"es": "…", "en": "…"})',
    es: 'texto: una cadena, o un objeto de etiquetas de idioma a cadenas ({"es": "…", "en": "…"})',
  },
  date: {
    en: 'a date written YYYY, YYYY-MM or YYYY-MM-DD',
    es: 'una fecha escrita AAAA, AAAA-MM o AAAA-MM-DD',
  },
  'real-day': { en: 'a day that exists in the calendar', es: 'un día que exista en el calendario' },
  'due-date': {
    en: 'a date written YYYY, YYYY-MM or YYYY-MM-DD, or "asap"',
    es: 'una fecha escrita AAAA, AAAA-MM o AAAA-MM-DD, o "asap" (a la brevedad)',
  },
  timestamp: {
    en: 'a timestamp such as 2026-01-31T12:00:00Z',
    es: 'una marca de tiempo como 2026-01-31T12:00:00Z',
  },
  'web-url': { en: 'an http:// or https:// address', es: 'una dirección http:// o https://' },
  contact: {
    en: 'an http(s) address, a mailto: link or an e-mail address',
    es: 'una dirección http(s), un enlace mailto: o un correo electrónico',
  },
  id: {
    en: 'an identifier of letters, digits, "_", ".", ":" or "-" (at most 64)',
    es: 'un identificador de letras, dígitos, "_", ".", ":" o "-" (64 como máximo)',
  },
  'language-tag': { en: 'a language tag such as es or en-GB', es: 'una etiqueta de idioma como es o en-GB' },
  'schema-version': { en: 'a version 1.x of the format', es: 'una versión 1.x del formato' },
  'non-empty': { en: 'a non-empty text', es: 'un texto no vacío' },
} satisfies Record<string, Bilingual>;

/** Each expectation with its phrase: its own key. */
const phrased = (key: keyof typeof EXPECTATIONS): Bilingual => ({ ...EXPECTATIONS[key], phrase: [key] });

const TYPE_NAMES: Record<string, Bilingual> = {
  string: { en: 'a string', es: 'una cadena', phrase: ['type-string'] },
  number: { en: 'a number', es: 'un número', phrase: ['type-number'] },
  int: { en: 'a whole number', es: 'un número entero', phrase: ['type-int'] },
  boolean: { en: 'true or false', es: 'true o false', phrase: ['type-boolean'] },
  object: { en: 'an object', es: 'un objeto', phrase: ['type-object'] },
  array: { en: 'a list', es: 'una lista', phrase: ['type-array'] },
};

function isExpectationKey(message: string): message is keyof typeof EXPECTATIONS {
  return Object.hasOwn(EXPECTATIONS, message);
}

function bound(word: Bilingual, inclusive: boolean | undefined, limit: unknown): Bilingual {
  const strict = inclusive === false;
  return {
    en: `${word.en} ${strict ? '' : 'or equal to '}${String(limit)}`,
    es: `${word.es} ${strict ? '' : 'o igual a '}${String(limit)}`,
    phrase: [word.phrase![0], strict, String(limit)],
  };
}

/** Our issue code and the expectation, in words, of one schema issue (zod's or check/'s). */
export function describeExpectation(issue: SchemaIssue): { code: IssueCode; expected: Bilingual } {
  if (issue.message !== undefined && isExpectationKey(issue.message)) {
    const code: IssueCode = issue.code === 'invalid_type' ? 'invalid-type' : 'invalid-format';
    return { code, expected: phrased(issue.message) };
  }
  // A whole number out of the safe range is a number too (zod says origin "int").
  const numeric = issue.origin === 'number' || issue.origin === 'int';
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected ?? '';
      return { code: 'invalid-type', expected: TYPE_NAMES[expected] ?? { en: expected, es: expected } };
    }
    case 'invalid_value': {
      const options = (issue.values ?? []).map((value) => JSON.stringify(value)).join(', ');
      return { code: 'invalid-value', expected: { en: `one of ${options}`, es: `uno de ${options}`, phrase: ['one-of', options] } };
    }
    case 'too_small':
      return {
        code: 'out-of-range',
        expected: numeric
          ? bound({ en: 'a number greater than', es: 'un número mayor que', phrase: ['number-greater'] }, issue.inclusive, issue.minimum)
          : bound({ en: 'a length greater than', es: 'un largo mayor que', phrase: ['length-greater'] }, issue.inclusive, issue.minimum),
      };
    case 'too_big':
      return {
        code: 'out-of-range',
        expected: numeric
          ? bound({ en: 'a number less than', es: 'un número menor que', phrase: ['number-less'] }, issue.inclusive, issue.maximum)
          : bound({ en: 'a length less than', es: 'un largo menor que', phrase: ['length-less'] }, issue.inclusive, issue.maximum),
      };
    case 'invalid_format':
      return { code: 'invalid-format', expected: { en: `a valid ${issue.format}`, es: `un ${issue.format} válido`, phrase: ['valid-format', String(issue.format)] } };
    default: {
      const message = issue.message ?? issue.code;
      return { code: 'invalid', expected: { en: message, es: message } };
    }
  }
}
