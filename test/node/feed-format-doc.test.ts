/**
 * `docs/feed-format.md` stays true to the format: its complete example parses in strict mode,
 * every entity's table lists exactly the fields the schema has, and every vocabulary lists
 * exactly the values the SDK accepts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import * as sdk from '@ogp-embed/sdk';
import { SCHEMA_FILE } from '../../scripts/build-json-schema.js';

const doc = readFileSync(fileURLToPath(new URL('../../docs/feed-format.md', import.meta.url)), 'utf8');

/** The text under a `### heading`, up to the next heading of level 2 or 3. */
function section(heading: string): string {
  const start = doc.indexOf(`\n### ${heading}\n`);
  assert.ok(start >= 0, `the document has a section "### ${heading}"`);
  const rest = doc.slice(start + heading.length + 6);
  const end = rest.search(/\n##{1,2} /);
  return end < 0 ? rest : rest.slice(0, end);
}

function completeExample(): unknown {
  const marker = doc.indexOf('<!-- complete-example');
  assert.ok(marker >= 0, 'the complete example is marked');
  const block = /```json\n([\s\S]*?)\n```/.exec(doc.slice(marker));
  assert.ok(block, 'a json block follows the marker');
  return JSON.parse(block[1]!);
}

const ENTITIES = {
  Feed: sdk.Feed,
  Publisher: sdk.Publisher,
  Institution: sdk.Institution,
  ActionPlan: sdk.ActionPlan,
  TimelinePhase: sdk.TimelinePhase,
  Commitment: sdk.Commitment,
  Milestone: sdk.Milestone,
  Indicator: sdk.Indicator,
  Measurement: sdk.Measurement,
  ProgressUpdate: sdk.ProgressUpdate,
  ReportedStatus: sdk.ReportedStatus,
  IrmAssessment: sdk.IrmAssessment,
  EvidenceLink: sdk.EvidenceLink,
  Forum: sdk.Forum,
  ForumMember: sdk.ForumMember,
  Meeting: sdk.Meeting,
  Agreement: sdk.Agreement,
};

const fieldsOf = (schema: { _zod: { def: unknown } }) =>
  Object.keys((schema._zod.def as { shape: Record<string, unknown> }).shape).sort();

const VOCABULARIES: Record<string, readonly string[]> = {
  'Institution kind': sdk.INSTITUTION_KINDS,
  'Plan phase': sdk.PLAN_PHASES,
  'OGP value': sdk.OGP_VALUES,
  'Commitment status': sdk.COMMITMENT_STATUSES,
  'Milestone status': sdk.MILESTONE_STATUSES,
  'Phase status': sdk.PHASE_STATUSES,
  'Agreement status': sdk.AGREEMENT_STATUSES,
  'Indicator level': sdk.INDICATOR_LEVELS,
  'Indicator direction': sdk.INDICATOR_DIRECTIONS,
  'IRM specificity': sdk.IRM_SPECIFICITY,
  'IRM potential impact': sdk.IRM_POTENTIAL_IMPACT,
  'IRM potential for results': sdk.IRM_POTENTIAL_FOR_RESULTS,
  'IRM completion': sdk.IRM_COMPLETION,
  'IRM early results': sdk.IRM_EARLY_RESULTS,
  'IRM did it open government': sdk.IRM_DID_IT_OPEN_GOVERNMENT,
};

test('the complete example passes parseFeed in strict mode with no issue at all', () => {
  const result = sdk.parseFeed(completeExample(), { mode: 'strict' });
  assert.equal(result.ok, true);
  assert.deepEqual(
    result.issues.map((issue) => issue.message),
    [],
  );
});

test('the complete example passes the shipped JSON Schema', () => {
  const validate = new Ajv2020({ strict: true, validateFormats: false }).compile(
    JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')),
  );
  assert.equal(validate(completeExample()), true, JSON.stringify(validate.errors));
});

test('the complete example is complete: it uses every field of every entity', () => {
  const used = new Set<string>();
  JSON.stringify(completeExample(), (key, value) => (used.add(key), value));
  for (const [name, schema] of Object.entries(ENTITIES)) {
    const missing = fieldsOf(schema).filter((field) => !used.has(field));
    assert.deepEqual(missing, [], `${name} fields missing from the example`);
  }
});

test("each entity's table lists exactly the schema's fields", () => {
  for (const [name, schema] of Object.entries(ENTITIES)) {
    const rows = [...section(name).matchAll(/^\| `(\w+)` \|/gm)].map((match) => match[1]).sort();
    assert.deepEqual(rows, fieldsOf(schema), `### ${name}`);
  }
});

test('each vocabulary lists exactly the values the SDK accepts', () => {
  for (const [heading, values] of Object.entries(VOCABULARIES)) {
    const listed = [...section(heading).matchAll(/`([a-z-]+)`/g)].map((match) => match[1]);
    assert.deepEqual(listed, [...values], `### ${heading}`);
  }
});
