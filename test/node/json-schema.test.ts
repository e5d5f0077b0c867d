/**
 * The shipped JSON Schema (`packages/sdk/feed.schema.json`): a validator that knows nothing of
 * the SDK accepts what the SDK accepts and rejects what it rejects, and the file is what the
 * generator writes today.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { parseFeed } from '@ogp-embed/sdk';
import {
  PARTS_SCHEMA_FILE,
  PARTS_SCHEMA_ID,
  SCHEMA_FILE,
  SCHEMA_ID,
  renderJsonSchema,
  renderPartsJsonSchema,
} from '../../scripts/build-json-schema.js';
import { publishedFiles } from '../../packages/cli/src/publish/published-files.js';
import { OUTPUT as SAMPLE_FEED } from '../../scripts/build-sample-feed.js';

const committed = readFileSync(SCHEMA_FILE, 'utf8');
const schema = JSON.parse(committed) as Record<string, unknown>;
// Strict mode fails on any keyword ajv does not know. Formats are not validated: the schema
// carries a pattern wherever a format matters (links, e-mail, timestamps).
const validate = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(schema);

const sample = (): Record<string, any> => JSON.parse(readFileSync(SAMPLE_FEED, 'utf8'));
const minimal = () => ({
  schemaVersion: '1.0',
  publisher: { name: 'Municipalidad de Ejemplo' },
  generatedAt: '2026-01-31T12:00:00Z',
  country: 'CHL',
  defaultLanguage: 'es',
});

function bothVerdicts(feed: unknown) {
  return { ajv: validate(feed), zod: parseFeed(feed, { mode: 'strict' }).ok };
}

test('the committed schema is what the generator writes now', () => {
  assert.equal(renderJsonSchema(), committed);
});

test('the schema names itself', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(schema.$id, SCHEMA_ID);
  assert.match(String(schema.title), /feed format v1/);
  assert.ok(String(schema.description).length > 40);
});

test('ajv accepts the real-data sample feed and a minimal feed without lists', () => {
  assert.equal(validate(sample()), true, JSON.stringify(validate.errors));
  assert.deepEqual(bothVerdicts(minimal()), { ajv: true, zod: true });
});

test('an unknown field is accepted by both, as the format promises', () => {
  const feed = sample();
  feed.plans[0].commitments[0].budget = { amount: 1000, currency: 'CLP' };
  feed.futureTopLevel = true;
  assert.deepEqual(bothVerdicts(feed), { ajv: true, zod: true });
});

const BROKEN: [string, (feed: Record<string, any>) => void][] = [
  ['no publisher', (f) => delete f.publisher],
  ['a schema version 2', (f) => (f.schemaVersion = '2.0')],
  ['a javascript: link', (f) => (f.plans[0].commitments[0].url = 'javascript:alert(1)')],
  ['an unknown institution kind', (f) => (f.institutions[0].kind = 'ngo')],
  ['a month 13', (f) => (f.plans[1].commitments[4].milestones[0].due = '2021-13')],
  ['a date written the American way', (f) => (f.plans[1].commitments[4].start = '3/1/2021')],
  ['a language tag that is a word', (f) => (f.plans[0].commitments[0].title = { english: 'Training' })],
  ['an agreement due "soon"', (f) => (f.forums[0].meetings[0].agreements[0].due = 'soon')],
  ['a plan number as text', (f) => (f.plans[0].number = '4')],
  ['a percent above 100', (f) => (f.plans[2].commitments[2].reported.percent = 130)],
  ['a commitment without a title', (f) => delete f.plans[0].commitments[0].title],
  ['an id with a space', (f) => (f.institutions[0].id = 'congreso nacional')],
  ['an IRM rating outside the scale', (f) => (f.plans[1].commitments[4].irm.earlyResults = 'Marginal')],
];

for (const [name, breakIt] of BROKEN) {
  test(`ajv and zod both reject a feed with ${name}`, () => {
    const feed = sample();
    breakIt(feed);
    assert.deepEqual(bothVerdicts(feed), { ajv: false, zod: false });
  });
}

test('the documented differences: only the SDK checks calendar days and parses addresses', () => {
  const impossibleDay = sample();
  impossibleDay.plans[0].commitments[8].end = '2023-02-30';
  assert.deepEqual(bothVerdicts(impossibleDay), { ajv: true, zod: false });
  const unparseable = sample();
  unparseable.plans[0].commitments[0].url = 'https://exa mple.org/';
  assert.deepEqual(bothVerdicts(unparseable), { ajv: true, zod: false });
});

test('links: the schema and the SDK agree on the scheme', () => {
  for (const [url, accepted] of [
    ['https://www.ogp.gob.cl/', true],
    ['HTTP://EXAMPLE.ORG/x', true],
    [' https://example.org', true],
    ['https://', false],
    ['https:example.org', false],
    ['ftp://example.org/file', false],
    ['data:text/html,hi', false],
  ] as const) {
    const feed = sample();
    feed.plans[0].commitments[0].url = url;
    assert.deepEqual(bothVerdicts(feed), { ajv: accepted, zod: accepted }, url);
  }
});

describe('the published parts schema (packages/sdk/parts.schema.json)', () => {
  const committedParts = readFileSync(PARTS_SCHEMA_FILE, 'utf8');
  const partsSchema = JSON.parse(committedParts) as Record<string, unknown>;
  const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
  const validatePart = ajv.compile(partsSchema);
  const validateIndex = ajv.getSchema(`${PARTS_SCHEMA_ID}#/$defs/PartsIndex`)!;
  const text = readFileSync(SAMPLE_FEED);
  const files = publishedFiles(text, JSON.parse(text.toString('utf8')));

  test('is what the generator writes now, and names itself', () => {
    assert.equal(renderPartsJsonSchema(), committedParts);
    assert.equal(partsSchema.$id, PARTS_SCHEMA_ID);
  });

  test('ajv accepts every part `publish` cuts from the sample feed, and its index; the SDK agrees', () => {
    const index = JSON.parse(files.find((file) => file.kind === 'index')!.bytes.toString('utf8'));
    assert.equal(validateIndex(index), true, JSON.stringify(validateIndex.errors));
    const parts = files.filter((file) => file.id !== undefined);
    assert.ok(parts.length > 20);
    for (const file of parts) {
      const part = JSON.parse(file.bytes.toString('utf8'));
      assert.equal(validatePart(part), true, `${file.path}: ${JSON.stringify(validatePart.errors)}`);
      assert.equal(parseFeed(part, { mode: 'strict' }).ok, true, file.path);
    }
  });

  test('a part without its `part` field, or naming an unknown kind, is refused; a bad index too', () => {
    const part = JSON.parse(files.find((file) => file.kind === 'commitment')!.bytes.toString('utf8'));
    assert.equal(validatePart({ ...part, part: undefined }), false);
    assert.equal(validatePart({ ...part, part: { ...part.part, kind: 'indicator' } }), false);
    assert.equal(validatePart({ ...part, part: { ...part.part, sha256: 'abc' } }), false);
    const index = JSON.parse(files.find((file) => file.kind === 'index')!.bytes.toString('utf8'));
    assert.equal(
      validateIndex({ ...index, parts: { ...index.parts, paths: { ...index.parts.paths, plan: 'plan/fixed.json' } } }),
      false,
    );
    assert.equal(parseFeed(index, { mode: 'strict' }).ok, true, 'the index is a feed too');
  });
});
