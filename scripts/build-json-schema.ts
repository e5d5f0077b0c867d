/**
 * Generates `packages/sdk/feed.schema.json` (JSON Schema 2020-12) from the zod `Feed` schema, so
 * publishers who do not write JavaScript can validate a feed with any JSON Schema validator.
 *
 *   node --conditions=source --import tsx scripts/build-json-schema.ts          # write
 *   node --conditions=source --import tsx scripts/build-json-schema.ts --check  # compare only
 *
 * The input side is described (lists may be left out: the SDK fills them in). Each entity
 * becomes a named `$defs` entry with a description, through a registry of this script's own,
 * so the SDK's schemas carry no metadata they do not need at run time.
 */
import { dirname, join, resolve } from 'node:path';
import { isMain, writeGenerated } from './generated-file.js';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import {
  ActionPlan,
  Agreement,
  Commitment,
  DueDate,
  EvidenceLink,
  Feed,
  FeedSlice,
  SliceInfo,
  SliceIndex,
  Forum,
  ForumMember,
  Indicator,
  Institution,
  IrmAssessment,
  LanguageTag,
  LocalizedText,
  Measurement,
  Meeting,
  Milestone,
  PartialDate,
  ProgressUpdate,
  Publisher,
  ReportedStatus,
  SCHEMA_VERSION,
  TimelinePhase,
  WebUrl,
} from '@ogp-embed/sdk';
import { Id } from '../packages/sdk/src/schema/primitives.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_FILE = join(ROOT, 'packages/sdk/feed.schema.json');
export const SCHEMA_ID = 'https://unpkg.com/@ogp-embed/sdk/feed.schema.json';
export const PARTS_SCHEMA_FILE = join(ROOT, 'packages/sdk/parts.schema.json');
export const PARTS_SCHEMA_ID = 'https://unpkg.com/@ogp-embed/sdk/parts.schema.json';

/**
 * zod's check of a link as far as a pattern can say it: after leading spaces, `http://` or
 * `https://` in any case, then a host. `format: "uri"` alone would let `javascript:` through,
 * and many validators treat formats as annotations only. (zod also parses the whole address.)
 */
const WEB_URL_PATTERN = '^\\s*[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]';

type Meta = { id: string; title?: string; description: string };

const DEFINITIONS: [z.core.$ZodType, Meta][] = [
  [
    Id,
    {
      id: 'Id',
      description: 'An identifier: letters, digits, "_", ".", ":" or "-", at most 64 (CL0069, AP_CHL05, segpres).',
    },
  ],
  [LanguageTag, { id: 'LanguageTag', description: 'A BCP 47 language tag as publishers write them: es, en, es-CL.' }],
  [
    LocalizedText,
    {
      id: 'LocalizedText',
      description:
        'Human text: a plain string in the feed\'s defaultLanguage, or an object of language tags to strings ({"es": "…", "en": "…"}).',
    },
  ],
  [
    PartialDate,
    {
      id: 'PartialDate',
      description:
        'A date known to the year (2021), the month (2021-03) or the day (2021-03-01). The day must exist in the calendar.',
    },
  ],
  [DueDate, { id: 'DueDate', description: 'A partial date, or "asap" for "as soon as possible" (a la brevedad).' }],
  [WebUrl, { id: 'WebUrl', description: 'A link a reader may follow: an http:// or https:// address only.' }],
  [
    EvidenceLink,
    {
      id: 'EvidenceLink',
      description: 'A document, page or dataset that proves what is claimed (a means of verification).',
    },
  ],
  [Publisher, { id: 'Publisher', description: 'Who publishes the feed.' }],
  [
    Institution,
    {
      id: 'Institution',
      description: 'A public body or organisation that commitments, milestones and forums refer to by id.',
    },
  ],
  [ActionPlan, { id: 'ActionPlan', description: "An OGP action plan (id in OGP's form: AP_CHL05)." }],
  [TimelinePhase, { id: 'TimelinePhase', description: "A phase of an action plan's co-creation." }],
  [Commitment, { id: 'Commitment', description: "A commitment of an action plan (id in OGP's form: CL0069)." }],
  [Milestone, { id: 'Milestone', description: 'A step of a commitment, with its dates and status.' }],
  [Indicator, { id: 'Indicator', description: 'A Logical Framework (Marco Lógico) indicator of a commitment.' }],
  [Measurement, { id: 'Measurement', description: 'A dated value of an indicator.' }],
  [
    ProgressUpdate,
    { id: 'ProgressUpdate', description: 'A dated report on a commitment, with its author and evidence.' },
  ],
  [
    ReportedStatus,
    { id: 'ReportedStatus', description: "What the commitment's implementers say of it, and when they said it." },
  ],
  [
    IrmAssessment,
    { id: 'IrmAssessment', description: "The Independent Reporting Mechanism's assessment of a commitment." },
  ],
  [Forum, { id: 'Forum', description: "A multi-stakeholder forum, such as Chile's Mesa de Gobierno Abierto." }],
  [ForumMember, { id: 'ForumMember', description: 'A member of a forum.' }],
  [Meeting, { id: 'Meeting', description: "A forum's meeting: date, place, agenda and agreements." }],
  [
    Agreement,
    { id: 'Agreement', description: 'An agreement (acuerdo) of a meeting: what, who is responsible, by when.' },
  ],
];

/** `schema` as JSON Schema 2020-12, each of the DEFINITIONS (and `extra`) a named `$defs` entry. */
function toJsonSchema(schema: z.core.$ZodType, extra: [z.core.$ZodType, Meta][] = []): Record<string, unknown> {
  const registry = z.registry<Meta>();
  for (const [definition, meta] of [...DEFINITIONS, ...extra]) registry.add(definition, meta);
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    metadata: registry,
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === WebUrl) jsonSchema.pattern = WEB_URL_PATTERN;
    },
  }) as Record<string, unknown>;
}

/** The JSON Schema of feed format v1, as a plain object. */
export function buildJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = toJsonSchema(Feed);
  return {
    $schema,
    $id: SCHEMA_ID,
    title: `ogp-embed feed format v${SCHEMA_VERSION.split('.')[0]}`,
    description:
      'The live status of Open Government Partnership action plans, commitments and forums, as a government publishes it. ' +
      'Any 1.x feed is read; unknown fields are kept. This schema checks each field; the SDK also checks ' +
      'cross-references (unknown institution ids, duplicate ids, carried-forward references) and reports a ' +
      "milestone due after its commitment's end as a warning. See docs/feed-format.md.",
    ...rest,
  };
}

/**
 * The JSON Schema of published parts: the root is a part (a feed with a `part` field), and
 * `$defs.PartsIndex` is the index at `<feed name>.parts/index.json`. See docs/feed-format.md#published-slices.
 */
export function buildPartsJsonSchema(): Record<string, unknown> {
  const extra: [z.core.$ZodType, Meta][] = [
    [
      SliceInfo,
      {
        id: 'PartInfo',
        description: 'What a part holds (kind and id) and the version of the whole feed it was cut from.',
      },
    ],
    [
      SliceIndex,
      {
        id: 'PartsIndex',
        description: "The index of a feed's published parts: the whole feed's version and where each kind of part is.",
      },
    ],
  ];
  const { $schema, $defs, ...rest } = toJsonSchema(FeedSlice, extra);
  const index = toJsonSchema(SliceIndex, extra);
  return {
    $schema,
    $id: PARTS_SCHEMA_ID,
    title: 'ogp-embed published part (feed format v1)',
    description:
      "One part of a published feed: a feed holding one commitment, one plan's list or one forum, with a `part` field " +
      'naming it and the whole it was cut from. `$defs.PartsIndex` is the index of the parts. See docs/feed-format.md#published-slices.',
    ...rest,
    $defs: { ...($defs as object), ...(index.$defs as object) },
  };
}

export function renderPartsJsonSchema(): string {
  return `${JSON.stringify(buildPartsJsonSchema(), null, 2)}\n`;
}

export function renderJsonSchema(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}

if (isMain(import.meta.url)) {
  writeGenerated(SCHEMA_FILE, renderJsonSchema(), import.meta.url);
  writeGenerated(PARTS_SCHEMA_FILE, renderPartsJsonSchema(), import.meta.url);
}
