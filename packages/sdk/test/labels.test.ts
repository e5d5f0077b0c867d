import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as vocabulary from '../src/schema/vocabulary.js';
import { DISPLAY_STATUSES, hasLabel, LABELS, label, pickLanguage, resolveText, textLanguage } from '@ogp-embed/sdk';
import type { LabelKind } from '@ogp-embed/sdk';

describe('pickLanguage', () => {
  test('Spanish for es and every es-* tag, whatever the case', () => {
    for (const tag of ['es', 'es-CL', 'ES-cl', 'es-419']) assert.equal(pickLanguage(tag), 'es', tag);
  });
  test('Portuguese for every pt-* tag, French for every fr-* tag', () => {
    for (const tag of ['pt', 'pt-BR', 'PT-pt', 'pt-AO']) assert.equal(pickLanguage(tag), 'pt', tag);
    for (const tag of ['fr', 'fr-CA', 'FR-fr', 'fr-SN']) assert.equal(pickLanguage(tag), 'fr', tag);
  });
  test('English for anything else, including no language', () => {
    for (const tag of ['en', 'en-GB', 'it', 'est', 'pol', 'frr', '', undefined])
      assert.equal(pickLanguage(tag), 'en', String(tag));
  });
});

describe('resolveText', () => {
  const title = { 'es-CL': 'Compromiso chileno', en: 'Commitment', fr: 'Engagement' };

  test('a plain string is the text in any language', () => {
    assert.equal(resolveText('Hoja de Ruta', 'en', 'es'), 'Hoja de Ruta');
  });
  test('undefined text is the empty string', () => {
    assert.equal(resolveText(undefined, 'es'), '');
  });
  test('the exact tag wins over its primary subtag', () => {
    assert.equal(resolveText({ es: 'Genérico', 'es-CL': 'Chileno' }, 'es-CL'), 'Chileno');
  });
  test('tags match whatever their case', () => {
    assert.equal(resolveText({ 'ES-cl': 'Chileno', es: 'Genérico' }, 'es-CL'), 'Chileno');
  });
  test('es-CL falls back to es', () => {
    assert.equal(resolveText({ es: 'Genérico', en: 'Generic' }, 'es-CL'), 'Genérico');
  });
  test('es falls back to another tag with the same primary subtag (es-CL)', () => {
    assert.equal(resolveText(title, 'es'), 'Compromiso chileno');
    assert.equal(resolveText(title, 'es-MX'), 'Compromiso chileno');
  });
  test("a missing language falls back to the feed's default language before es and en", () => {
    assert.equal(resolveText(title, 'de', 'fr'), 'Engagement');
    assert.equal(resolveText(title, 'de', 'fr-CA'), 'Engagement');
  });
  test('then to es, then to en', () => {
    assert.equal(resolveText({ en: 'Commitment', es: 'Compromiso' }, 'de', 'it'), 'Compromiso');
    assert.equal(resolveText({ fr: 'Engagement', en: 'Commitment' }, 'de', 'it'), 'Commitment');
  });
  test('then to the first value there is', () => {
    assert.equal(resolveText({ pt: 'Compromisso', fr: 'Engagement' }, 'de'), 'Compromisso');
  });
  test('an empty translation counts as missing', () => {
    assert.equal(resolveText({ en: '', es: 'Compromiso' }, 'en'), 'Compromiso');
    assert.equal(resolveText({ en: '  ' }, 'en'), '');
    assert.equal(resolveText({}, 'en'), '');
  });
});

describe('textLanguage', () => {
  test('names the tag of the text shown, so an element can mark it with lang', () => {
    const text = { 'es-CL': 'Compromiso', en: 'Commitment' };
    assert.equal(textLanguage(text, 'es'), 'es-CL');
    assert.equal(textLanguage(text, 'en-GB'), 'en');
    assert.equal(textLanguage({ es: 'Compromiso' }, 'en', 'es'), 'es');
  });
  test("a plain string is in the feed's default language, unknown without one", () => {
    assert.equal(textLanguage('Compromiso', 'en', 'es'), 'es');
    assert.equal(textLanguage('Compromiso', 'en'), undefined);
  });
  test('agrees with resolveText on every fallback step', () => {
    const text = { fr: 'Engagement', en: 'Commitment' };
    assert.equal(text[textLanguage(text, 'de', 'it') as 'en'], resolveText(text, 'de', 'it'));
    assert.equal(textLanguage(undefined, 'es'), undefined);
  });
});

/**
 * Every list of values in schema/vocabulary.ts and the kind of label that names its values.
 * A list added to the vocabulary without an entry here fails the test below.
 */
const LABELLED_VOCABULARY: Record<string, LabelKind> = {
  INSTITUTION_KINDS: 'institutionKind',
  PLAN_PHASES: 'planPhase',
  OGP_VALUES: 'ogpValue',
  COMMITMENT_STATUSES: 'commitmentStatus',
  MILESTONE_STATUSES: 'milestoneStatus',
  PHASE_STATUSES: 'phaseStatus',
  AGREEMENT_STATUSES: 'agreementStatus',
  INDICATOR_LEVELS: 'indicatorLevel',
  INDICATOR_DIRECTIONS: 'indicatorDirection',
  IRM_SPECIFICITY: 'irmSpecificity',
  IRM_POTENTIAL_IMPACT: 'irmPotentialImpact',
  IRM_POTENTIAL_FOR_RESULTS: 'irmPotentialForResults',
  IRM_COMPLETION: 'irmCompletion',
  IRM_EARLY_RESULTS: 'irmEarlyResults',
  IRM_DID_IT_OPEN_GOVERNMENT: 'irmDidItOpenGovernment',
};

describe('labels', () => {
  const lists = Object.entries(vocabulary as Record<string, unknown>).filter(
    (entry): entry is [string, readonly string[]] => Array.isArray(entry[1]),
  );

  test('every value list of the vocabulary has a kind of label', () => {
    assert.ok(lists.length >= 15);
    for (const [name] of lists) assert.ok(Object.hasOwn(LABELLED_VOCABULARY, name), `no label kind for ${name}`);
  });

  for (const lang of ['es', 'en'] as const) {
    test(`every vocabulary value has a ${lang} label, and no label is left over`, () => {
      for (const [name, values] of lists) {
        const kind = LABELLED_VOCABULARY[name]!;
        const words: Record<string, string> = LABELS[lang][kind];
        for (const value of values) {
          assert.ok(words[value]?.trim(), `${lang}: ${kind}.${value} has no label`);
        }
        const extra = kind === 'commitmentStatus' ? ['unknown'] : [];
        assert.deepEqual(Object.keys(words).sort(), [...values, ...extra].sort(), `${lang}: ${kind}`);
      }
    });

    test(`${lang}: every display status, unknown included, has a label`, () => {
      for (const status of DISPLAY_STATUSES) assert.ok(LABELS[lang].commitmentStatus[status]);
    });

    test(`${lang}: values of one kind have different labels`, () => {
      for (const [kind, words] of Object.entries(LABELS[lang])) {
        const texts = Object.values(words as Record<string, string>);
        assert.equal(new Set(texts).size, texts.length, `${lang}: two ${kind} values read the same`);
      }
    });
  }

  test('label() speaks the reader’s language', () => {
    assert.equal(label('commitmentStatus', 'in-progress', 'es'), 'En curso');
    assert.equal(label('commitmentStatus', 'in-progress', 'es-CL'), 'En curso');
    assert.equal(label('commitmentStatus', 'in-progress', 'en'), 'In progress');
    assert.equal(label('commitmentStatus', 'unknown', 'es'), 'Sin información');
    assert.equal(label('ogpValue', 'civic-participation', 'it'), 'Civic participation');
    assert.equal(label('ogpValue', 'civic-participation', 'pt-BR'), 'Participação cívica');
    assert.equal(label('ogpValue', 'public-accountability', 'fr-CA'), 'Redevabilité publique');
    assert.equal(label('irmPotentialImpact', 'transformative', 'fr'), 'Transformateur');
    assert.equal(label('commitmentStatus', 'in-progress', 'pt-PT'), 'Em curso');
    assert.equal(label('indicatorLevel', 'goal', 'es'), 'Fin');
    assert.equal(label('milestoneState', 'overdue', 'es'), 'Vencido');
    assert.equal(label('milestoneState', 'unreported', 'es'), 'Sin reporte');
    assert.equal(label('milestoneState', 'unreported', 'en'), 'Not reported');
  });

  test('label() and hasLabel() agree with LABELS, for every kind and value', () => {
    for (const lang of ['es', 'en', 'pt', 'fr'] as const) {
      for (const [kind, words] of Object.entries(LABELS[lang]) as [LabelKind, Record<string, string>][]) {
        for (const [value, text] of Object.entries(words)) {
          assert.ok(hasLabel(kind, value), `${kind} ${value}`);
          assert.equal(label(kind, value as never, lang), text);
        }
      }
    }
    assert.equal(hasLabel('commitmentStatus', 'paused'), false);
    assert.equal(hasLabel('commitmentStatus', 'toString'), false);
  });

  test('a value from a newer feed is shown as it is', () => {
    assert.equal(label('commitmentStatus', 'paused' as 'delayed', 'es'), 'paused');
    assert.equal(label('commitmentStatus', 'toString' as 'delayed', 'en'), 'toString');
  });
});
