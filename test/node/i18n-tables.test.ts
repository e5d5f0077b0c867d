/**
 * Every language the elements speak has exactly English's strings: the same keys, the same
 * placeholders (`{count}`), functions that take the same arguments and use each of them, and
 * plural forms chosen by Intl.PluralRules. A failure names the language and the key, so adding a
 * string in one language only (or a language with a string missing) fails here.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  FeedFormatError,
  FeedHttpError,
  FeedNetworkError,
  FeedTimeoutError,
  FeedUrlError,
  FeedValidationError,
  NotFoundError,
  OgpError,
  UI_LANGUAGES,
  ERROR_CODES,
  WORDS,
  errorMessage,
  parseFeed,
} from '@ogp-embed/sdk';
import en from '../../packages/elements/src/i18n/en.js';
import es from '../../packages/elements/src/i18n/es.js';
import fr from '../../packages/elements/src/i18n/fr.js';
import pt from '../../packages/elements/src/i18n/pt.js';
import type { Strings } from '../../packages/elements/src/i18n/strings.js';
import { count } from '../../packages/elements/src/i18n/plural.js';

const TABLES: Record<string, Strings> = { en, es, pt, fr };
const PLURAL_FORMS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const isPlural = (value: object) => 'other' in value && Object.keys(value).every((key) => PLURAL_FORMS.has(key));
/** Arguments no sentence would contain by chance, so each one can be found in the output. */
const markers = (n: number) => Array.from({ length: n }, (_, i) => 9000 + i);

/** Every difference between `table` and English's `reference`, each naming its key. */
function differences(reference: unknown, table: unknown, path: string): string[] {
  if (typeof reference === 'function') {
    if (typeof table !== 'function') return [`${path}: English has a function, this has ${typeof table}`];
    if (path.endsWith('.error')) return []; // Takes an error, not words; checked below.
    if (table.length !== reference.length)
      return [`${path}: takes ${table.length} argument(s), English ${reference.length}`];
    const args = markers(reference.length);
    const said = String(table(...args));
    const missing = args.filter((arg) => !said.includes(String(arg)));
    return missing.length
      ? [`${path}: does not use argument(s) ${missing.map((m) => args.indexOf(m) + 1).join(', ')}`]
      : [];
  }
  if (typeof reference === 'string') {
    if (typeof table !== 'string') return [`${path}: English has text, this has ${typeof table}`];
    if (table.trim() === '') return [`${path}: empty`];
    const [want, have] = [placeholders(reference), placeholders(table)];
    return want.join() === have.join()
      ? []
      : [`${path}: placeholders {${have.join('}, {')}}, English {${want.join('}, {')}}`];
  }
  if (reference && typeof reference === 'object') {
    if (!table || typeof table !== 'object') return [`${path}: English has an object, this has ${typeof table}`];
    if (isPlural(reference)) {
      if (!isPlural(table)) return [`${path}: English has plural forms, this has not`];
      const want = placeholders((reference as { other: string }).other);
      return Object.entries(table).flatMap(([form, text]) =>
        placeholders(text as string).join() === want.join()
          ? []
          : [`${path}.${form}: placeholders differ from English's {${want.join('}, {')}}`],
      );
    }
    const keys = new Set([...Object.keys(reference), ...Object.keys(table)]);
    keys.delete('regions');
    keys.delete('forLocale');
    return [...keys].flatMap((key) => {
      const where = path ? `${path}.${key}` : key;
      if (!Object.hasOwn(table, key)) return [`${where}: missing`];
      if (!Object.hasOwn(reference, key)) return [`${where}: extra (English has no such string)`];
      return differences((reference as Record<string, unknown>)[key], (table as Record<string, unknown>)[key], where);
    });
  }
  return reference === table ? [] : [`${path}: ${String(table)}, English ${String(reference)}`];
}

describe('the elements’ string tables', () => {
  test('there is one table for each language the SDK speaks, and no other', () => {
    assert.deepEqual(Object.keys(TABLES).sort(), [...UI_LANGUAGES].sort());
    for (const [lang, table] of Object.entries(TABLES)) assert.equal(table.lang, lang);
  });

  for (const [lang, table] of Object.entries(TABLES)) {
    if (lang === 'en') continue;
    test(`${lang} has exactly English's strings, placeholders and arguments`, () => {
      assert.deepEqual(differences(en, table, ''), []);
    });
  }

  for (const [lang, table] of Object.entries(TABLES)) {
    for (const [region, strings] of Object.entries(table.regions ?? {})) {
      test(`${lang}-${region}'s regional strings are English's keys, placeholders and arguments`, () => {
        const found = Object.entries(strings).flatMap(([group, inner]) =>
          Object.entries(inner as object).flatMap(([key, value]) =>
            Object.hasOwn((en as unknown as Record<string, object>)[group] ?? {}, key)
              ? differences(
                  (en as unknown as Record<string, Record<string, unknown>>)[group]![key],
                  value,
                  `${group}.${key}`,
                )
              : [`${group}.${key}: not a string of English's`],
          ),
        );
        assert.deepEqual(found, []);
      });
    }
  }

  test('the comparison names the key when a language misses, adds or changes a string', () => {
    const { search: _search, ...plan } = pt.plan;
    const broken = {
      ...pt,
      plan: { ...plan, extra: 'x', commitments: { one: '1 compromisso', other: '{n} compromissos' } },
    };
    const found = differences(en, broken, '');
    assert.ok(found.includes('plan.search: missing'), found.join('\n'));
    assert.ok(found.includes('plan.extra: extra (English has no such string)'), found.join('\n'));
    assert.ok(
      found.some((line) => line.startsWith('plan.commitments.one: placeholders')),
      found.join('\n'),
    );
    assert.deepEqual(differences({ f: (a: string) => a }, { f: () => 'x' }, ''), ['f: takes 0 argument(s), English 1']);
    assert.deepEqual(differences({ f: (a: string) => a }, { f: (_a: string) => 'x' }, ''), [
      'f: does not use argument(s) 1',
    ]);
  });

  test('counts take the plural form of the full locale, from Intl.PluralRules', () => {
    // Portuguese in Brazil says "0 compromisso" (0 is "one" there); in Portugal "0 compromissos".
    assert.equal(count(pt.plan.commitments, 0, 'pt-BR'), '0 compromisso');
    assert.equal(count(pt.plan.commitments, 0, 'pt-PT'), '0 compromissos');
    assert.equal(count(fr.plan.commitments, 1, 'fr-CA'), '1 engagement');
    assert.equal(count(fr.plan.commitments, 2, 'fr'), '2 engagements');
    assert.equal(count(en.plan.commitments, 1, 'en'), '1 commitment');
    assert.equal(count(es.plan.commitments, 1500, 'es'), '1500 compromisos');
    assert.equal(count(en.plan.commitments, 1500, 'en'), '1,500 commitments');
  });

  test('every error code and every issue phrase has words in every language, naming what the reader needs', () => {
    const rejected = parseFeed('{"schemaVersion": "1.0"}');
    assert.equal(rejected.ok, false);
    const errors: [OgpError, string[]][] = [
      [new FeedHttpError(503, 'https://example.org/feed.json'), ['503']],
      [new FeedTimeoutError('https://example.org/feed.json', 2500), []],
      [new FeedNetworkError('https://example.org/feed.json'), ['CORS']],
      [new FeedFormatError('html', 'https://example.org/feed.json'), []],
      [new FeedUrlError('ftp://example.org/'), ['http']],
      [new FeedValidationError(rejected.issues), [rejected.issues.find((issue) => issue.severity === 'error')!.path]],
      [new NotFoundError('plan', 'XX-9'), ['XX-9']],
      [new NotFoundError('commitment', 'CL0069'), ['CL0069']],
      [new NotFoundError('indicator', '7', { within: 'CL0069' }), ['CL0069', '7']],
      [
        new OgpError('element-misuse', {
          element: 'ogp-commitment',
          problem: 'wrong-attribute',
          attribute: 'commitment',
          given: 'id',
          value: 'CL0081',
        }),
        ['commitment="CL0081"'],
      ],
      [new OgpError('unexpected'), []],
    ];
    // Each code is said by at least one error above, so a code added without a case fails here.
    assert.deepEqual([...new Set(errors.map(([error]) => error.code))].sort(), [...ERROR_CODES].sort());
    for (const lang of UI_LANGUAGES) {
      assert.deepEqual(
        Object.keys(WORDS[lang].errors).sort(),
        [...ERROR_CODES].sort(),
        `${lang}: words for each error code`,
      );
      assert.deepEqual(
        Object.keys(WORDS[lang].issues.phrases).sort(),
        Object.keys(WORDS.en.issues.phrases).sort(),
        `${lang}: each phrase`,
      );
    }
    for (const [error, needed] of errors) {
      const said = Object.fromEntries(UI_LANGUAGES.map((lang) => [lang, errorMessage(error, lang)]));
      assert.equal(said.en, error.message, 'the English words are the message developers read');
      assert.equal(
        new Set(Object.values(said)).size,
        UI_LANGUAGES.length,
        `${error.code}: one sentence per language ${JSON.stringify(said)}`,
      );
      for (const lang of UI_LANGUAGES)
        for (const word of needed)
          assert.ok(said[lang]!.includes(word), `${error.code} in ${lang} names ${word}: ${said[lang]}`);
    }
  });

  test('a code with no words in a language is found', () => {
    const { 'feed-url': _gone, ...errors } = WORDS.fr.errors;
    const broken = { ...WORDS.fr, errors };
    assert.notDeepEqual(Object.keys(broken.errors).sort(), [...ERROR_CODES].sort());
  });
});

/** Every sentence a table can say: its texts, plural forms, and functions called with markers. */
function sentences(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const args = markers(value.length).map((n, i) => (i % 2 ? String(n) : n));
    try {
      return [[path, String(value(...args))]];
    } catch {
      return [];
    }
  }
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => sentences(inner, path ? `${path}.${key}` : key));
  return [];
}

/** A colon, semicolon, `!` or `?` that ends a French clause (not `http:`, `mailto:` or a quoted `":"`). */
const FRENCH_MARK = /(?<!\bhttps?|\bmailto|")([:;!?])(?=\s|$)/g;

describe('the words of every language', () => {
  const everyTable = () => [
    ...Object.entries(TABLES).map(([lang, table]) => [lang, `elements ${lang}`, sentences(table)] as const),
    ...UI_LANGUAGES.map(
      (lang) => [lang, `SDK ${lang}`, sentences(WORDS[lang].errors).concat(sentences(WORDS[lang].issues))] as const,
    ),
  ];

  test('French puts a no-break space (U+00A0 or U+202F) before : ; ! and ?, written in its words', () => {
    const wrong: string[] = [];
    for (const [lang, name, said] of everyTable()) {
      if (lang !== 'fr') continue;
      for (const [key, text] of said) {
        for (const match of text.matchAll(FRENCH_MARK)) {
          const before = text[match.index - 1];
          if (before !== '\u00a0' && before !== '\u202f')
            wrong.push(`${name} ${key}: "${text.slice(Math.max(0, match.index - 20), match.index + 2)}"`);
        }
      }
    }
    assert.deepEqual(wrong, []);
  });

  test('the other languages put no space before their colons', () => {
    const wrong: string[] = [];
    for (const [lang, name, said] of everyTable()) {
      if (lang === 'fr') continue;
      for (const [key, text] of said)
        if (/[\s\u00a0\u202f][:;]/.test(text.replace(/\{[^}]*\}|"[^"]*"/g, ''))) wrong.push(`${name} ${key}: ${text}`);
    }
    assert.deepEqual(wrong, []);
  });

  test("no template writes a colon after words: the colon belongs to each language's words", async () => {
    const { readFile, readdir } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const root = new URL('../../packages/elements/src/', import.meta.url).pathname;
    const offenders: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const file = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'i18n') await walk(file);
        } else if (file.endsWith('.ts')) {
          // An interpolation, a closing tag or an html template's start, a colon, then an interpolation:
          // `${t.phase}: ${phase}`, html`: ${title}`, `${level}:</span>`, or a style's `content: attr(x) ': '`
          // (a developer's English message may keep its colon).
          for (const line of (await readFile(file, 'utf8')).split('\n')) {
            if (/(\}|<\/\w+>|html`):(\s+\$\{|\s*<\/)/.test(line) || /content:.*['"]:/.test(line))
              offenders.push(`${file.slice(root.length)}: ${line.trim()}`);
          }
        }
      }
    };
    await walk(root);
    assert.deepEqual(offenders, []);
  });
});
