import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { issueMessage, issueParts, parseFeed, UI_LANGUAGES, WORDS } from '@ogp-embed/sdk';
import { parseFeedCompiled } from './helpers/parse-feed-compiled.js';
import { HOSTILE_CASES, hostileBody } from '../../../test/helpers/hostile-corpus.js';
import type { Phrase } from '@ogp-embed/sdk';

/** The English and Spanish of an issue's side, without its phrase (tested on its own below). */
/** A phrase in English and Spanish words. */
const words = (phrase: Phrase | undefined) =>
  phrase && {
    en: issueParts({ expected: phrase, found: phrase }, 'en').expected,
    es: issueParts({ expected: phrase, found: phrase }, 'es').expected,
  };
import type { Feed, FeedIssue, ParseOptions } from '@ogp-embed/sdk';
import {
  buildAgreement,
  buildCommitment,
  buildFeed,
  buildForum,
  buildInstitution,
  buildMeeting,
  buildMilestone,
  buildPlan,
  buildUpdate,
  commitmentWithMilestones,
} from './helpers/feed-builders.js';
import { optionalLinkFields } from '../src/parse/optional-links.js';

/** A JSON copy a test can damage, as a publisher's file would arrive. */
const raw = (value: unknown): any => JSON.parse(JSON.stringify(value));
const paths = (issues: FeedIssue[]) => issues.map((issue) => issue.path);
const ofCode = (issues: FeedIssue[], code: FeedIssue['code']) => issues.filter((issue) => issue.code === code);

/** One plan of five valid commitments, three milestones each, and a second plan. */
function validFeed(): Feed {
  const commitments = ['CL0065', 'CL0066', 'CL0067', 'CL0068', 'CL0069'].map((id, c) =>
    commitmentWithMilestones([{ due: '2021-08' }, { due: '2022-03' }, { due: '2022-06' }], {
      id,
      number: String(c + 1),
      values: ['access-to-information', 'civic-participation'],
      start: '2021-03-01',
      end: '2022-06-30',
      updates: [buildUpdate({ evidence: [{ url: 'https://www.camara.cl/transparencia' }] })],
    }),
  );
  return buildFeed({
    plans: [
      buildPlan({ commitments }),
      buildPlan({
        id: 'AP_CHL06',
        number: 6,
        period: { start: '2023', end: '2027' },
        commitments: [buildCommitment({ id: 'CL0080' })],
      }),
    ],
  });
}

/** The valid feed with four independent faults, each in a different kind of entry. */
function damagedFeed() {
  const feed = raw(validFeed());
  feed.plans[0].commitments[3].milestones[1].due = '2021-02-30';
  feed.plans[0].commitments[1].values[1] = 'transparency';
  feed.plans[0].commitments[2].updates[0].evidence[0].url = 'javascript:alert(document.cookie)';
  feed.plans[1].number = 'six';
  return feed;
}

describe('strict and lenient on one feed with several bad entries', () => {
  test('lenient keeps every valid plan, commitment and milestone, and drops only the bad ones', () => {
    const result = parseFeed(JSON.stringify(damagedFeed()), { mode: 'lenient' });
    assert.equal(result.ok, true);
    const plans = result.feed!.plans;
    assert.deepEqual(
      plans.map((plan) => plan.id),
      ['AP_CHL05'],
    );
    assert.deepEqual(
      plans[0]!.commitments.map((c) => c.id),
      ['CL0065', 'CL0066', 'CL0067', 'CL0068', 'CL0069'],
    );
    assert.deepEqual(
      plans[0]!.commitments[3]!.milestones.map((m) => m.id),
      ['M1', 'M3'],
    );
    assert.deepEqual(plans[0]!.commitments[1]!.values, ['access-to-information']);
    assert.deepEqual(plans[0]!.commitments[2]!.updates[0]!.evidence, []);
    // Everything not damaged is exactly as published.
    const expected = raw(validFeed());
    expected.plans.splice(1, 1);
    expected.plans[0].commitments[3].milestones.splice(1, 1);
    expected.plans[0].commitments[1].values.splice(1, 1);
    expected.plans[0].commitments[2].updates[0].evidence.splice(0, 1);
    assert.deepEqual(raw(result.feed), expected);
  });

  test('each issue names its path, what was expected and what was found, as phrases every language says', () => {
    const { issues } = parseFeed(damagedFeed(), { mode: 'lenient' });
    const due = issues.find((issue) => issue.path === 'plans[0].commitments[3].milestones[1].due');
    assert.ok(due, `paths: ${paths(issues).join(', ')}`);
    assert.equal(due.severity, 'error');
    assert.equal(due.dropped, 'plans[0].commitments[3].milestones[1]');
    // Phrases, not words: each language says them.
    assert.deepEqual(due.expected, ['real-day']);
    assert.deepEqual(due.found, ['quoted-text', '"2021-02-30"']);
    assert.equal(due.message, issueMessage(due, 'en'));
    assert.equal(
      issueMessage(due, 'es-CL'),
      'plans[0].commitments[3].milestones[1].due: se esperaba un día que exista en el calendario, se encontró el texto "2021-02-30"',
    );
    assert.equal(
      issueMessage(due, 'en'),
      'plans[0].commitments[3].milestones[1].due: expected a day that exists in the calendar, found the text "2021-02-30"',
    );
    assert.equal(
      issueMessage(due, 'pt-BR'),
      'plans[0].commitments[3].milestones[1].due: esperava-se um dia que exista no calendário, encontrou-se o texto "2021-02-30"',
    );
    assert.equal(
      issueMessage(due, 'fr-CA'),
      'plans[0].commitments[3].milestones[1].due\u00a0: attendu un jour qui existe dans le calendrier, trouvé le texte "2021-02-30"',
    );
  });

  test('every issue of the hostile corpus reads in Portuguese and French, not in English', () => {
    let checked = 0;
    for (const c of HOSTILE_CASES) {
      for (const mode of ['strict', 'lenient'] as const) {
        for (const issue of parseFeed(hostileBody(c).toString('utf8'), { mode }).issues) {
          checked++;
          for (const side of [issue.expected, issue.found]) {
            for (const lang of UI_LANGUAGES)
              assert.ok(
                Object.hasOwn(WORDS[lang].issues.phrases, side[0]),
                `${c.id} ${issue.path}: ${side[0]} in ${lang}`,
              );
          }
          for (const lang of ['pt', 'fr'])
            assert.notEqual(issueMessage(issue, lang), issueMessage(issue, 'en'), `${c.id} ${issue.path} in ${lang}`);
        }
      }
    }
    assert.ok(checked > 20, `${checked} issues checked`);
  });

  test('every language has the same phrases', () => {
    for (const lang of UI_LANGUAGES)
      assert.deepEqual(
        Object.keys(WORDS[lang].issues.phrases).sort(),
        Object.keys(WORDS.en.issues.phrases).sort(),
        lang,
      );
  });

  test('lenient reports every dropped entry, once', () => {
    const { issues } = parseFeed(damagedFeed(), { mode: 'lenient' });
    assert.deepEqual(
      issues.map((issue) => [issue.path, issue.dropped]).sort(),
      [
        ['plans[0].commitments[1].values[1]', 'plans[0].commitments[1].values[1]'],
        ['plans[0].commitments[2].updates[0].evidence[0].url', 'plans[0].commitments[2].updates[0].evidence[0]'],
        ['plans[0].commitments[3].milestones[1].due', 'plans[0].commitments[3].milestones[1]'],
        ['plans[1].number', 'plans[1]'],
      ].sort(),
    );
    const plan = issues.find((issue) => issue.path === 'plans[1].number')!;
    assert.deepEqual(words(plan.expected), { en: 'a number', es: 'un número' });
    assert.deepEqual(words(plan.found), { en: 'the text "six"', es: 'el texto "six"' });
    const value = issues.find((issue) => issue.path === 'plans[0].commitments[1].values[1]')!;
    assert.equal(value.code, 'invalid-value');
    assert.match(words(value.expected)!.en, /^one of "access-to-information", /);
    assert.match(words(value.expected)!.es, /^uno de "access-to-information", /);
  });

  test('strict rejects the feed and reports the same problems, dropping nothing', () => {
    const result = parseFeed(JSON.stringify(damagedFeed()), { mode: 'strict' });
    assert.equal(result.ok, false);
    assert.equal(result.feed, undefined);
    assert.deepEqual(
      paths(result.issues).sort(),
      [
        'plans[0].commitments[1].values[1]',
        'plans[0].commitments[2].updates[0].evidence[0].url',
        'plans[0].commitments[3].milestones[1].due',
        'plans[1].number',
      ].sort(),
    );
    assert.ok(result.issues.every((issue) => issue.dropped === undefined));
  });

  test('lenient is the default', () => {
    assert.deepEqual(parseFeed(damagedFeed()), parseFeed(damagedFeed(), { mode: 'lenient' }));
  });

  test('a valid feed passes both modes with no issue', () => {
    for (const mode of ['strict', 'lenient'] as const) {
      const result = parseFeed(JSON.stringify(validFeed()), { mode });
      assert.equal(result.ok, true, mode);
      assert.deepEqual(result.issues, [], mode);
    }
  });

  test('a problem outside every list rejects the feed in lenient mode too', () => {
    const noName = raw(validFeed());
    delete noName.publisher.name;
    const result = parseFeed(noName, { mode: 'lenient' });
    assert.equal(result.ok, false);
    assert.equal(result.issues[0]?.path, 'publisher.name');
    assert.deepEqual(words(result.issues[0]?.found), {
      en: 'nothing (the field is missing)',
      es: 'nada (falta el campo)',
    });
    // Spanish negates the verb: "no se encontró nada", never "se encontró nada".
    assert.match(
      issueMessage(result.issues[0]!, 'es'),
      /^publisher\.name: se esperaba .+, no se encontró nada \(falta el campo\)$/,
    );
    assert.match(result.issues[0]!.message, /^publisher\.name: expected .+, found nothing \(the field is missing\)$/);

    const newer = { ...raw(validFeed()), schemaVersion: '2.0' };
    const rejected = parseFeed(newer);
    assert.equal(rejected.ok, false);
    assert.deepEqual(words(rejected.issues[0]?.expected), {
      en: 'a version 1.x of the format',
      es: 'una versión 1.x del formato',
    });
  });

  test('parsing leaves the caller’s object untouched', () => {
    const input = damagedFeed();
    const before = JSON.stringify(input);
    parseFeed(input, { mode: 'lenient' });
    assert.equal(JSON.stringify(input), before);
  });
});

describe('unknown extra fields', () => {
  test('are kept at every level, so a newer feed round-trips through JSON', () => {
    const input = raw(validFeed());
    input['x-publisherNote'] = 'campo nuevo';
    input.plans[0].budget = { currency: 'CLP', amount: 120000000 };
    input.plans[0].commitments[0].sdgs = [16, 17];
    input.plans[0].commitments[0].milestones[0].owner = { name: 'Unidad de Transparencia' };
    input.publisher.logo = 'https://example.org/logo.svg';
    const result = parseFeed(JSON.stringify(input), { mode: 'strict' });
    assert.equal(result.ok, true);
    assert.deepEqual(raw(result.feed), input);
  });

  test('a feed that leaves out its lists gets empty ones, and nothing else changes', () => {
    const minimal = {
      schemaVersion: '1.2',
      publisher: { name: 'Municipalidad de Peñalolén' },
      generatedAt: '2026-11-24T12:00:00-03:00',
      country: 'Peñalolén',
      defaultLanguage: 'es-CL',
      plans: [
        {
          id: 'AP_PEN01',
          number: 1,
          title: 'Plan local',
          period: { start: '2024', end: '2026' },
          phase: 'implementation',
          commitments: [{ id: 'PEN01', title: 'Presupuesto participativo', extra: true }],
        },
      ],
    };
    const result = parseFeed(JSON.stringify(minimal), { mode: 'strict' });
    assert.equal(result.ok, true);
    const expectedCommitment = {
      id: 'PEN01',
      title: 'Presupuesto participativo',
      extra: true,
      supporting: [],
      values: [],
      policyAreas: [],
      themes: [],
      milestones: [],
      indicators: [],
      updates: [],
      carriesForward: [],
    };
    assert.deepEqual(raw(result.feed), {
      ...minimal,
      institutions: [],
      forums: [],
      plans: [{ ...minimal.plans[0], cocreation: [], commitments: [expectedCommitment] }],
    });
  });
});

describe('cross-references', () => {
  test('an unknown institution id, wherever it is referenced, is an error that strict rejects', () => {
    const feed = buildFeed({
      plans: [
        buildPlan({
          commitments: [
            buildCommitment({
              lead: 'minsal',
              supporting: ['congreso', 'cplt'],
              milestones: [buildMilestone({ responsible: 'bcn' })],
            }),
          ],
        }),
      ],
      forums: [
        buildForum({
          members: [{ name: 'Ana Pérez', institution: 'segpres' }],
          meetings: [buildMeeting({ agreements: [buildAgreement({ responsibleInstitution: 'cigp' })] })],
        }),
      ],
    });
    const lenient = parseFeed(feed, { mode: 'lenient' });
    assert.equal(lenient.ok, true);
    assert.equal(lenient.feed?.plans[0]?.commitments.length, 1, 'lenient keeps the commitment and shows the reference');
    assert.deepEqual(paths(ofCode(lenient.issues, 'unknown-institution')), [
      'plans[0].commitments[0].lead',
      'plans[0].commitments[0].supporting[1]',
      'plans[0].commitments[0].milestones[0].responsible',
      'forums[0].members[0].institution',
      'forums[0].meetings[0].agreements[0].responsibleInstitution',
    ]);
    const lead = lenient.issues[0]!;
    assert.deepEqual(words(lead.found), { en: 'the text "minsal"', es: 'el texto "minsal"' });
    assert.deepEqual(words(lead.expected), {
      en: "the id of one of the feed's institutions",
      es: 'el id de una de las instituciones del feed',
    });

    const strict = parseFeed(feed, { mode: 'strict' });
    assert.equal(strict.ok, false);
    assert.equal(ofCode(strict.issues, 'unknown-institution').length, 5);
  });

  test('duplicate ids: strict rejects; lenient keeps the first and drops the later one', () => {
    const feed = buildFeed({
      institutions: [buildInstitution(), buildInstitution({ name: 'Otro Congreso' })],
      plans: [
        buildPlan({
          commitments: [
            buildCommitment({ id: 'CL0069' }),
            buildCommitment({ id: 'CL0070' }),
            buildCommitment({ id: 'CL0069', title: 'Copia' }),
          ],
        }),
      ],
    });
    const strict = parseFeed(feed, { mode: 'strict' });
    assert.equal(strict.ok, false);
    assert.deepEqual(paths(ofCode(strict.issues, 'duplicate-id')), [
      'institutions[1].id',
      'plans[0].commitments[2].id',
    ]);

    const lenient = parseFeed(feed, { mode: 'lenient' });
    assert.equal(lenient.ok, true);
    assert.deepEqual(
      lenient.feed?.plans[0]?.commitments.map((c) => c.title),
      [feed.plans[0]!.commitments[0]!.title, feed.plans[0]!.commitments[1]!.title],
    );
    assert.equal(lenient.feed?.institutions.length, 1);
    assert.deepEqual(
      lenient.issues.map((issue) => issue.dropped),
      ['institutions[1]', 'plans[0].commitments[2]'],
    );
  });

  test('milestone ids need only be unique within their commitment', () => {
    const feed = buildFeed({
      plans: [
        buildPlan({
          commitments: [
            commitmentWithMilestones([{}, {}], { id: 'CL0069' }),
            commitmentWithMilestones([{}], { id: 'CL0070' }),
          ],
        }),
      ],
    });
    assert.deepEqual(parseFeed(feed, { mode: 'strict' }).issues, []);
    const repeated = raw(feed);
    repeated.plans[0].commitments[0].milestones[1].id = 'M1';
    assert.deepEqual(paths(parseFeed(repeated, { mode: 'strict' }).issues), [
      'plans[0].commitments[0].milestones[1].id',
    ]);
  });

  test('a carried-forward reference must point to another commitment of the feed', () => {
    const feed = buildFeed({
      plans: [
        buildPlan({ id: 'AP_CHL04', number: 4, commitments: [buildCommitment({ id: 'CL0059' })] }),
        buildPlan({ commitments: [buildCommitment({ id: 'CL0069', carriesForward: ['CL0059', 'CL0040', 'CL0069'] })] }),
      ],
    });
    const result = parseFeed(feed, { mode: 'strict' });
    assert.equal(result.ok, false);
    assert.deepEqual(paths(ofCode(result.issues, 'unknown-carried-forward')), [
      'plans[1].commitments[0].carriesForward[1]',
      'plans[1].commitments[0].carriesForward[2]',
    ]);
    assert.equal(parseFeed(feed, { mode: 'lenient' }).feed?.plans[1]?.commitments[0]?.carriesForward.length, 3);
  });

  test('a milestone due after its commitment’s end is a warning that rejects nothing (CL0069)', () => {
    const cl0069 = commitmentWithMilestones([{ due: '2021-08' }, { due: '2022-06' }, { due: '2022-12' }], {
      start: '2021-03-01',
      end: '2022-06-30',
    });
    const feed = buildFeed({ plans: [buildPlan({ commitments: [cl0069] })] });
    for (const mode of ['strict', 'lenient'] as const) {
      const result = parseFeed(feed, { mode });
      assert.equal(result.ok, true, mode);
      assert.equal(result.feed?.plans[0]?.commitments[0]?.milestones.length, 3, mode);
      assert.equal(result.issues.length, 1, mode);
      const [warning] = result.issues;
      assert.equal(warning?.severity, 'warning');
      assert.equal(warning?.code, 'due-after-end');
      assert.equal(warning?.path, 'plans[0].commitments[0].milestones[2].due');
      assert.match(words(warning!.expected)!.es, /2022-06-30/);
      assert.deepEqual(words(warning?.found), { en: 'the text "2022-12"', es: 'el texto "2022-12"' });
    }
  });

  test('after lenient repairs, every issue still points where the publisher wrote it, once', () => {
    const feed = raw(
      buildFeed({
        plans: [
          buildPlan({
            commitments: [
              buildCommitment({ id: 'CL0065' }),
              buildCommitment({ id: 'CL0066' }),
              buildCommitment({ id: 'CL0066' }),
              buildCommitment({ id: 'CL0068', lead: 'minsal' }),
            ],
          }),
        ],
      }),
    );
    feed.plans[0].commitments[0].number = 1;
    const result = parseFeed(feed, { mode: 'lenient' });
    assert.deepEqual(
      result.feed?.plans[0]?.commitments.map((c) => c.id),
      ['CL0066', 'CL0068'],
    );
    assert.deepEqual(
      result.issues.map((issue) => [issue.code, issue.path, issue.dropped]),
      [
        ['invalid-type', 'plans[0].commitments[0].number', 'plans[0].commitments[0]'],
        ['duplicate-id', 'plans[0].commitments[2].id', 'plans[0].commitments[2]'],
        ['unknown-institution', 'plans[0].commitments[3].lead', undefined],
      ],
    );
    assert.match(result.issues[2]!.message, /^plans\[0\]\.commitments\[3\]\.lead: /);
  });
});

describe('input that is not a feed', () => {
  test('text that is not JSON', () => {
    const result = parseFeed('{"schemaVersion": "1.0",');
    assert.equal(result.ok, false);
    assert.equal(result.issues.length, 1);
    assert.equal(result.issues[0]?.code, 'invalid-json');
    assert.equal(result.issues[0]?.path, '');
    assert.deepEqual(words(result.issues[0]?.expected), { en: 'a JSON document', es: 'un documento JSON' });
    assert.match(words(result.issues[0]!.found)!.es, /^texto que no es JSON/);
  });
  test('empty text, or only blanks', () => {
    for (const text of ['', '  \n\t']) {
      const result = parseFeed(text);
      assert.equal(result.ok, false);
      assert.equal(result.issues[0]?.code, 'empty');
      assert.deepEqual(words(result.issues[0]?.found), { en: 'an empty body', es: 'un cuerpo vacío' });
    }
  });
  test('an array, null or a number instead of an object', () => {
    const cases: Array<[unknown, string]> = [
      ['[]', 'a list of 0'],
      [[validFeed()], 'a list of 1'],
      ['null', 'null'],
      [42, 'the number 42'],
    ];
    for (const [input, found] of cases) {
      for (const mode of ['strict', 'lenient'] as const) {
        const result = parseFeed(input, { mode });
        assert.equal(result.ok, false);
        assert.equal(result.issues[0]?.code, 'invalid-type');
        assert.equal(result.issues[0]?.path, '');
        assert.deepEqual(words(result.issues[0]?.expected), { en: 'an object', es: 'un objeto' });
        assert.equal(words(result.issues[0]?.found)!.en, found);
        assert.equal(result.issues[0]?.message, `feed: expected an object, found ${found}`);
      }
    }
  });
});

describe('links and dates from data', () => {
  const withUrl = (url: string) => {
    const feed = raw(validFeed());
    feed.plans[0].commitments[0].url = url;
    feed.plans[0].commitments[1].updates[0].evidence[0].url = url;
    return feed;
  };

  for (const url of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'ftp://ftp.example.org/plan.pdf',
    'https://',
  ]) {
    test(`${JSON.stringify(url)} is rejected as a link`, () => {
      const strict = parseFeed(withUrl(url), { mode: 'strict' });
      assert.equal(strict.ok, false);
      assert.deepEqual(paths(strict.issues), [
        'plans[0].commitments[0].url',
        'plans[0].commitments[1].updates[0].evidence[0].url',
      ]);
      assert.deepEqual(words(strict.issues[0]?.expected), {
        en: 'an http:// or https:// address',
        es: 'una dirección http:// o https://',
      });
      // Lenient: the commitment keeps everything but its link; the evidence link, which is
      // nothing without its address, is left out.
      const lenient = parseFeed(withUrl(url), { mode: 'lenient' });
      const commitments = lenient.feed!.plans[0]!.commitments;
      assert.deepEqual(
        commitments.map((c) => c.id),
        ['CL0065', 'CL0066', 'CL0067', 'CL0068', 'CL0069'],
      );
      assert.equal('url' in commitments[0]!, false);
      assert.deepEqual(commitments[1]!.updates[0]!.evidence, []);
    });
  }

  test('http and https links pass', () => {
    assert.equal(parseFeed(withUrl('http://www.leychile.cl/Navegar?idNorma=1'), { mode: 'strict' }).ok, true);
    assert.equal(parseFeed(withUrl('https://www.ogp.gob.cl/'), { mode: 'strict' }).ok, true);
  });

  test('a publisher contact is an http(s) address or an e-mail address, nothing else', () => {
    const contact = (value: string) =>
      parseFeed({ ...raw(validFeed()), publisher: { name: 'CIGP', contact: value } }, { mode: 'strict' }).ok;
    assert.equal(contact('gobiernoabierto@minsegpres.gob.cl'), true);
    assert.equal(contact('https://www.gobiernoabierto.gob.cl/contacto'), true);
    assert.equal(contact('javascript:alert(1)'), false);
  });

  test('February 30 does not exist; February 29 exists in leap years only', () => {
    const due = (value: string) => parseFeed(withMilestoneDue(value), { mode: 'strict' });
    assert.equal(due('2021-02-30').ok, false);
    assert.equal(due('2023-02-29').ok, false);
    assert.equal(due('2024-02-29').ok, true);
    assert.equal(due('2021-04-31').ok, false);
    // Gregorian leap years: every 4th, not every 100th, every 400th.
    assert.equal(due('1900-02-29').ok, false);
    assert.equal(due('2000-02-29').ok, true);
    assert.equal(due('2100-02-29').ok, false);
  });

  test('one badly written date is one issue: the day check does not run on it too', () => {
    for (const value of ['2021-13-01', '2021-02-30x', '01/02/2021', 'abcdefghij']) {
      const result = parseFeed(withMilestoneDue(value), { mode: 'strict' });
      assert.equal(result.issues.length, 1, value);
      assert.equal(result.issues[0]?.path, 'plans[0].commitments[0].milestones[0].due', value);
      assert.equal(words(result.issues[0]?.expected)!.en, 'a date written YYYY, YYYY-MM or YYYY-MM-DD', value);
    }
    const impossible = parseFeed(withMilestoneDue('2021-02-30'), { mode: 'strict' });
    assert.deepEqual(
      impossible.issues.map((i) => words(i.expected)!.en),
      ['a day that exists in the calendar'],
    );
  });

  test('dates written another way are rejected with the forms that are accepted', () => {
    for (const value of ['3/1/2021', '2021-3', '2021-13', 'July 2014', 'NA']) {
      const result = parseFeed(withMilestoneDue(value), { mode: 'strict' });
      assert.equal(result.ok, false, value);
      assert.deepEqual(
        words(result.issues[0]?.expected),
        { en: 'a date written YYYY, YYYY-MM or YYYY-MM-DD', es: 'una fecha escrita AAAA, AAAA-MM o AAAA-MM-DD' },
        value,
      );
    }
  });

  test('"asap" is a due date for agreements only', () => {
    const feed = buildFeed({
      forums: [buildForum({ meetings: [buildMeeting({ agreements: [buildAgreement({ due: 'asap' })] })] })],
    });
    assert.equal(parseFeed(feed, { mode: 'strict' }).ok, true);
    assert.equal(parseFeed(withMilestoneDue('asap'), { mode: 'strict' }).ok, false);
  });

  function withMilestoneDue(value: string) {
    const feed = raw(validFeed());
    feed.plans[0].commitments[0].milestones[0].due = value;
    return feed;
  }
});

describe('lenient mode and a bad optional link: the field is left out, the entity kept', () => {
  const BAD = 'javascript:alert(1)';
  const lenient = (input: unknown) => parseFeed(input, { mode: 'lenient' });
  const only = (result: ReturnType<typeof parseFeed>) => {
    assert.equal(result.issues.length, 1, result.issues.map((i) => i.message).join('; '));
    return result.issues[0]!;
  };

  test('a commitment with a javascript: url keeps its milestones, updates and place in the list', () => {
    const feed = raw(validFeed());
    feed.plans[0].commitments[2].url = BAD;
    const result = lenient(feed);
    const issue = only(result);
    assert.equal(issue.path, 'plans[0].commitments[2].url');
    assert.equal(issue.dropped, 'plans[0].commitments[2].url');
    assert.equal(words(issue.expected)!.en, 'an http:// or https:// address');
    const expected = raw(validFeed());
    assert.deepEqual(
      result.feed,
      parseFeed(expected, { mode: 'strict' }).feed,
      'every entity as if the link had never been written',
    );
    assert.equal(parseFeed(feed, { mode: 'strict' }).ok, false, 'strict mode still rejects it');
  });

  test('a meeting with a bad minutesUrl keeps its agreements', () => {
    const agreements = [buildAgreement({ text: 'Publicar el acta' }), buildAgreement({ text: 'Convocar la mesa' })];
    const feed = raw(
      buildFeed({
        forums: [buildForum({ meetings: [buildMeeting({ agreements }), buildMeeting({ date: '2022-04-11' })] })],
      }),
    );
    feed.forums[0].meetings[0].minutesUrl = 'data:text/html,<script>alert(1)</script>';
    const result = lenient(feed);
    assert.equal(only(result).dropped, 'forums[0].meetings[0].minutesUrl');
    const meetings = result.feed!.forums[0]!.meetings;
    assert.equal(meetings.length, 2);
    assert.equal('minutesUrl' in meetings[0]!, false);
    assert.deepEqual(
      meetings[0]!.agreements.map((a) => a.text),
      ['Publicar el acta', 'Convocar la mesa'],
    );
  });

  test('a bad publisher url or contact no longer rejects the feed', () => {
    for (const [field, value] of [
      ['url', BAD],
      ['contact', 'vbscript:x'],
      ['url', 42],
    ] as const) {
      const feed = raw(validFeed());
      feed.publisher[field] = value;
      const result = lenient(feed);
      assert.equal(result.ok, true, `publisher.${field} = ${String(value)}`);
      assert.equal(only(result).dropped, `publisher.${field}`);
      assert.equal(field in result.feed!.publisher, false);
      assert.deepEqual(result.feed!.publisher.name, validFeed().publisher.name);
      assert.equal(result.feed!.plans[0]!.commitments.length, 5);
    }
  });

  test('a bad IRM reportUrl, plan url or institution url leaves out the field alone', () => {
    const feed = raw(
      buildFeed({ institutions: [buildInstitution({ id: 'congreso' }), buildInstitution({ id: 'segpres' })] }),
    );
    feed.institutions[1].url = 'file:///etc/passwd';
    feed.plans = raw(validFeed()).plans;
    feed.plans[1].url = '//evil.example';
    feed.plans[0].commitments[4].irm = { starred: true, reportUrl: BAD };
    const result = lenient(feed);
    assert.deepEqual(
      result.issues.map((i) => i.dropped),
      ['institutions[1].url', 'plans[0].commitments[4].irm.reportUrl', 'plans[1].url'],
    );
    assert.deepEqual(
      result.feed!.institutions.map((i) => i.id),
      ['congreso', 'segpres'],
    );
    assert.deepEqual(result.feed!.plans[0]!.commitments[4]!.irm, { starred: true });
    assert.equal(result.feed!.plans.length, 2);
  });

  test('an evidence link with a bad url is still left out whole: its address is required', () => {
    const feed = raw(validFeed());
    feed.plans[0].commitments[1].updates[0].evidence.push({ title: 'Acta', url: 'https://www.camara.cl/acta.pdf' });
    feed.plans[0].commitments[1].updates[0].evidence[0].url = BAD;
    const result = lenient(feed);
    assert.equal(only(result).dropped, 'plans[0].commitments[1].updates[0].evidence[0]');
    assert.deepEqual(
      result.feed!.plans[0]!.commitments[1]!.updates[0]!.evidence.map((e) => e.url),
      ['https://www.camara.cl/acta.pdf'],
    );
  });

  test('paths name the input after an earlier entry is left out, and a removed field shifts no index', () => {
    const feed = raw(validFeed());
    feed.plans[0].commitments[0].title = 42;
    feed.plans[0].commitments[1].url = BAD;
    feed.plans[0].commitments[3].milestones[1].due = 'soon';
    feed.plans[0].commitments[3].url = BAD;
    // A duplicate found only on the second pass, after the first pass removed fields and a commitment.
    feed.plans[0].commitments[4].id = 'CL0066';
    feed.plans[0].commitments[4].milestones = [];
    const result = lenient(feed);
    assert.deepEqual(
      result.issues.map((i) => i.dropped),
      [
        'plans[0].commitments[0]',
        'plans[0].commitments[1].url',
        'plans[0].commitments[3].milestones[1]',
        'plans[0].commitments[3].url',
        'plans[0].commitments[4]',
      ],
    );
    assert.deepEqual(result.issues.map((i) => i.path).at(-1), 'plans[0].commitments[4].id');
    const kept = result.feed!.plans[0]!.commitments;
    assert.deepEqual(
      kept.map((c) => [c.id, 'url' in c, c.milestones.length]),
      [
        ['CL0066', false, 3],
        ['CL0067', false, 3],
        ['CL0068', false, 2],
      ],
    );
  });

  test('a bad link next to a problem outside every list: the feed is still rejected', () => {
    const feed = raw(validFeed());
    feed.publisher.url = BAD;
    feed.schemaVersion = '2.0';
    const result = lenient(feed);
    assert.equal(result.ok, false);
    assert.deepEqual(paths(result.issues).sort(), ['publisher.url', 'schemaVersion']);
  });

  test('the input is left as it was', () => {
    const feed = raw(validFeed());
    feed.publisher.url = BAD;
    feed.plans[0].commitments[0].url = BAD;
    const before = JSON.stringify(feed);
    lenient(feed);
    assert.equal(JSON.stringify(feed), before);
  });

  test('the optional link fields are read off the schema: these seven, and not the evidence url', () => {
    assert.deepEqual([...optionalLinkFields()].sort(), [
      'forums[].meetings[].minutesUrl',
      'institutions[].url',
      'plans[].commitments[].irm.reportUrl',
      'plans[].commitments[].url',
      'plans[].url',
      'publisher.contact',
      'publisher.url',
    ]);
  });
});

describe('parseFeedCompiled', () => {
  const inputs: Array<[string, unknown]> = [
    ['a valid feed', validFeed()],
    ['a damaged feed', damagedFeed()],
    [
      'duplicates and unknown references',
      buildFeed({ plans: [buildPlan({ commitments: [buildCommitment({ lead: 'x' }), buildCommitment()] })] }),
    ],
    ['bad optional links', { ...raw(validFeed()), publisher: { name: 'CIGP', url: 'javascript:x', contact: 'nope' } }],
    ['not JSON', '{'],
    ['an array', []],
  ];
  for (const [name, input] of inputs) {
    for (const mode of ['strict', 'lenient'] as const) {
      test(`gives the same result as parseFeed: ${name}, ${mode}`, () => {
        const options: ParseOptions = { mode };
        assert.deepEqual(parseFeedCompiled(input, options), parseFeed(input, options));
      });
    }
  }
});
