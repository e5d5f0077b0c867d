import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Agreement as AgreementSchema,
  COMMITMENT_STATUSES,
  Commitment as CommitmentSchema,
  CommitmentStatus as CommitmentStatusSchema,
  DueDate,
  Feed as FeedSchema,
  LanguageTag,
  LocalizedText as LocalizedTextSchema,
  Milestone as MilestoneSchema,
  OGP_VALUES,
  OgpValue as OgpValueSchema,
  PartialDate,
  WebUrl,
  label,
} from '@ogp-embed/sdk';
import type {
  ActionPlan,
  Agreement,
  Commitment,
  CommitmentStatus,
  DisplayStatus,
  Feed,
  FeedInput,
  LabelValues,
  LocalizedText,
  Milestone,
  MilestoneState,
  MilestoneStatus,
  OgpValue,
  Progress,
  TimelineEntry,
} from '@ogp-embed/sdk';
import { buildCommitment, buildFeed } from './helpers/feed-builders.js';

/* Type-level tests: checked by `npx tsc -p .`, which fails on any of them. */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<_T extends true>(): void {}

assertType<Equals<LocalizedText, string | Record<string, string>>>();
// A commitment number is a string: "2.1" exists, and OGP's sheet writes 2.2000000000000002.
assertType<Equals<Commitment['number'], string | undefined>>();
assertType<Equals<Commitment['values'], OgpValue[]>>();
assertType<Equals<Milestone['status'], MilestoneStatus | undefined>>();
assertType<Equals<Agreement['due'], string | undefined>>();
assertType<Equals<DisplayStatus, CommitmentStatus | 'unknown'>>();
assertType<Equals<LabelValues['commitmentStatus'], DisplayStatus>>();
assertType<Equals<LabelValues['milestoneState'], MilestoneState>>();
// Parsed lists are always there; a publisher may leave them out.
assertType<Equals<Feed['plans'], ActionPlan[]>>();
assertType<Equals<Pick<FeedInput, 'plans'> extends { plans?: unknown } ? true : false, true>>();
assertType<Equals<undefined extends FeedInput['plans'] ? true : false, true>>();
assertType<Equals<undefined extends Feed['plans'] ? true : false, false>>();

/* Fields this SDK does not know are part of the type, as they are kept at run time. */
const withExtra: Commitment = { ...buildCommitment(), sdgs: [16] };
void withExtra;

/* A feed as the SDK returns it is valid input. */
const asInput: FeedInput = buildFeed();
void asInput;

function typeErrors(progress: Progress, entry: TimelineEntry): void {
  // @ts-expect-error an unknown progress has no percent: it must be handled, not read as 0
  void progress.percent;
  if (progress.kind !== 'unknown') void (progress.percent satisfies number);
  // @ts-expect-error only a milestone entry has a state
  void entry.state;
  if (entry.kind === 'milestone') void (entry.state satisfies MilestoneState);
  // @ts-expect-error "cancelled" is a milestone status, not a commitment status
  label('commitmentStatus', 'cancelled', 'es');
  // @ts-expect-error no such kind of label
  label('colour', 'red', 'es');
}
void typeErrors;

/* Run-time tests of the building blocks. */
const accepts = (schema: { safeParse(value: unknown): { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;

describe('building blocks', () => {
  test('localised text: a string, or language tags to strings', () => {
    assert.equal(accepts(LocalizedTextSchema, 'Hoja de Ruta'), true);
    assert.equal(accepts(LocalizedTextSchema, { es: 'Hoja de Ruta', en: 'Roadmap', 'es-CL': 'Hoja de Ruta' }), true);
    assert.equal(accepts(LocalizedTextSchema, { español: 'Hoja de Ruta' }), false);
    assert.equal(accepts(LocalizedTextSchema, { es: 3 }), false);
    assert.equal(accepts(LocalizedTextSchema, 3), false);
  });
  test('language tags as publishers write them', () => {
    for (const tag of ['es', 'en', 'es-CL', 'es-419', 'arn']) assert.equal(accepts(LanguageTag, tag), true, tag);
    for (const tag of ['', 'spanish', 'es_CL', 'e']) assert.equal(accepts(LanguageTag, tag), false, tag);
  });
  test('partial dates keep their precision', () => {
    for (const value of ['2021', '2021-03', '2021-03-01', '2024-02-29']) {
      assert.equal(PartialDate.safeParse(value).data, value);
    }
    for (const value of ['21', '2021-00', '2021-3', '2021-03-1', '2021-02-30', '2021-03-01T00:00:00Z', 'asap']) {
      assert.equal(accepts(PartialDate, value), false, value);
    }
  });
  test('a due date may be "asap"', () => {
    assert.equal(accepts(DueDate, 'asap'), true);
    assert.equal(accepts(DueDate, '2022-04'), true);
    assert.equal(accepts(DueDate, 'A la brevedad'), false);
  });
  test('links are http(s) only', () => {
    assert.equal(accepts(WebUrl, 'https://www.ogp.gob.cl'), true);
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'mailto:a@b.cl',
      'file:///etc/passwd',
      'www.ogp.gob.cl',
    ]) {
      assert.equal(accepts(WebUrl, url), false, url);
    }
  });
  test('the enum schemas hold exactly the vocabulary lists', () => {
    for (const status of COMMITMENT_STATUSES) assert.equal(accepts(CommitmentStatusSchema, status), true);
    assert.equal(accepts(CommitmentStatusSchema, 'unknown'), false, '"unknown" is shown, never published');
    for (const value of OGP_VALUES) assert.equal(accepts(OgpValueSchema, value), true);
    assert.equal(accepts(OgpValueSchema, 'transparency'), false);
  });
});

describe('entities', () => {
  test('a milestone weight is positive', () => {
    const milestone = { title: 'Informe' };
    assert.equal(accepts(MilestoneSchema, { ...milestone, weight: 2.5 }), true);
    assert.equal(accepts(MilestoneSchema, { ...milestone, weight: 0 }), false);
    assert.equal(accepts(MilestoneSchema, { ...milestone, weight: -1 }), false);
  });
  test('a reported percent is within 0–100', () => {
    const commitment = (percent: number) => ({
      id: 'CL0069',
      title: 'x',
      reported: { status: 'in-progress', percent, asOf: '2022-03' },
    });
    assert.equal(accepts(CommitmentSchema, commitment(0)), true);
    assert.equal(accepts(CommitmentSchema, commitment(100)), true);
    assert.equal(accepts(CommitmentSchema, commitment(101)), false);
    assert.equal(accepts(CommitmentSchema, commitment(-5)), false);
  });
  test('a commitment number is a string', () => {
    assert.equal(accepts(CommitmentSchema, { id: 'CL0069', title: 'x', number: '2.1' }), true);
    assert.equal(accepts(CommitmentSchema, { id: 'CL0069', title: 'x', number: 2.1 }), false);
  });
  test('an agreement needs its text, who is responsible and a status', () => {
    const agreement = { text: 'Enviar cronograma', responsible: 'CIGP', status: 'pending', due: 'asap' };
    assert.equal(accepts(AgreementSchema, agreement), true);
    assert.equal(accepts(AgreementSchema, { ...agreement, responsible: undefined }), false);
    assert.equal(accepts(AgreementSchema, { ...agreement, status: 'open' }), false);
  });
  test('lists default to empty, unknown fields are kept', () => {
    const parsed = CommitmentSchema.parse({ id: 'CL0069', title: 'x', sdgs: [16] });
    assert.deepEqual(parsed.milestones, []);
    assert.deepEqual(parsed.carriesForward, []);
    assert.deepEqual(parsed['sdgs'], [16]);
  });
  test('the feed accepts any 1.x schema version and no other', () => {
    const feed = (schemaVersion: string) => accepts(FeedSchema, { ...buildFeed(), schemaVersion });
    for (const version of ['1', '1.0', '1.3', '1.3.2']) assert.equal(feed(version), true, version);
    for (const version of ['2.0', '0.9', '1.x', 'v1']) assert.equal(feed(version), false, version);
  });
  test('generatedAt is a timestamp with its offset', () => {
    const feed = (generatedAt: string) => accepts(FeedSchema, { ...buildFeed(), generatedAt });
    assert.equal(feed('2026-11-24T12:00:00Z'), true);
    assert.equal(feed('2026-11-24T09:00:00-03:00'), true);
    assert.equal(feed('2026-11-24'), false);
  });
});
