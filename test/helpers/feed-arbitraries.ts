/**
 * fast-check arbitraries for the property tests: complete, valid feeds of varied shape (built with
 * the SDK's own test builders, so they mean what the SDK tests mean), a walk over every list entry
 * of a feed, and hostile values to mutate a feed with.
 *
 * Ids are made unique and every reference resolves by construction: a generated feed parses
 * strictly with no issue, so any issue after a mutation comes from the mutation.
 */
import fc from 'fast-check';
import {
  buildAgreement,
  buildCommitment,
  buildFeed,
  buildForum,
  buildIndicator,
  buildInstitution,
  buildMeeting,
  buildMilestone,
  buildPlan,
  buildUpdate,
} from '../../packages/sdk/test/helpers/feed-builders.js';
import {
  AGREEMENT_STATUSES,
  COMMITMENT_STATUSES,
  INDICATOR_LEVELS,
  MILESTONE_STATUSES,
  OGP_VALUES,
  PHASE_STATUSES,
} from '../../packages/sdk/src/index.js';
import type { Commitment, EvidenceLink, Feed, Milestone } from '../../packages/sdk/src/index.js';

export type JsonPath = Array<string | number>;

/** Objects as JSON.parse makes them: fast-check's records may otherwise have a null prototype. */
function plain<T extends object>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<T> {
  return fc.record(model, { noNullPrototype: true }) as fc.Arbitrary<T>;
}

const partialDate = fc.oneof(
  fc.integer({ min: 2010, max: 2030 }).map(String),
  fc
    .tuple(fc.integer({ min: 2010, max: 2030 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc
    .tuple(fc.integer({ min: 2010, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);

const evidence = fc.array(
  plain({
    url: fc.constantFrom('https://www.gob.cl/a', 'http://example.org/b?c=1'),
    title: fc.constantFrom('Acta', 'Informe'),
  }),
  { maxLength: 2 },
) as fc.Arbitrary<EvidenceLink[]>;

/** Any valid weight: from the smallest positive double to the largest. */
const weight = fc.oneof(
  fc.constant(undefined),
  fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }),
);

const milestone = plain({
  status: fc.option(fc.constantFrom(...MILESTONE_STATUSES), { nil: undefined }),
  due: fc.option(partialDate, { nil: undefined }),
  completedOn: fc.option(partialDate, { nil: undefined }),
  weight,
  evidence,
}).map((fields) => withoutUndefined(fields) as Partial<Milestone>);

const commitmentShape = plain({
  milestones: fc.array(milestone, { maxLength: 4 }),
  values: fc.subarray([...OGP_VALUES]),
  reported: fc.option(
    plain({
      status: fc.constantFrom(...COMMITMENT_STATUSES),
      percent: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
      asOf: partialDate,
    }),
    { nil: undefined },
  ),
  start: fc.option(partialDate, { nil: undefined }),
  indicators: fc.array(
    plain({
      level: fc.constantFrom(...INDICATOR_LEVELS),
      measurements: fc.array(plain({ date: partialDate, value: fc.double({ noNaN: true, noDefaultInfinity: true }) }), {
        maxLength: 2,
      }),
    }),
    { maxLength: 2 },
  ),
  updates: fc.array(partialDate, { maxLength: 2 }),
  policyAreas: fc.subarray(['Legislative Transparency', 'Open Parliaments', 'Digital Governance']),
});

const shape = plain({
  extraInstitutions: fc.integer({ min: 0, max: 2 }),
  plans: fc.array(fc.array(commitmentShape, { maxLength: 4 }), { minLength: 1, maxLength: 3 }),
  cocreation: fc.array(fc.constantFrom(...PHASE_STATUSES), { maxLength: 3 }),
  forums: fc.array(
    fc.array(
      plain({
        agenda: fc.array(fc.constantFrom('Hoja de Ruta', { es: 'Quinto plan' }), { maxLength: 2 }),
        agreements: fc.array(fc.constantFrom(...AGREEMENT_STATUSES), { maxLength: 3 }),
      }),
      {
        maxLength: 2,
      },
    ),
    { maxLength: 2 },
  ),
});

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A complete, valid feed: several plans, commitments, milestones, indicators, forums, meetings. */
export const validFeed: fc.Arbitrary<Feed> = shape.map(({ extraInstitutions, plans, cocreation, forums }) => {
  const institutions = [
    buildInstitution(),
    ...Array.from({ length: extraInstitutions }, (_, i) =>
      buildInstitution({ id: `inst-${i}`, name: `Institución ${i}`, kind: 'ministry' }),
    ),
  ];
  const institutionIds = institutions.map((institution) => institution.id);
  const earlier: string[] = [];
  return buildFeed({
    institutions,
    plans: plans.map((commitments, p) =>
      buildPlan({
        id: `AP_T${p}`,
        number: p + 1,
        cocreation: cocreation.map((status, i) => ({ title: `Fase ${i}`, status })),
        commitments: commitments.map((c, n) => {
          const id = `C${p}_${n}`;
          const commitment: Commitment = buildCommitment({
            id,
            number: `${n + 1}`,
            lead: institutionIds[n % institutionIds.length],
            supporting: institutionIds.slice(0, n % 2),
            values: c.values,
            policyAreas: c.policyAreas,
            milestones: c.milestones.map((m, i) => buildMilestone({ id: `M${i + 1}`, ...m })),
            indicators: c.indicators.map((indicator) => buildIndicator(indicator)),
            updates: c.updates.map((date) => buildUpdate({ date })),
            carriesForward: earlier.slice(-1),
            ...withoutUndefined({ reported: c.reported && withoutUndefined(c.reported), start: c.start }),
          });
          earlier.push(id);
          return commitment;
        }),
      }),
    ),
    forums: forums.map((meetings, f) =>
      buildForum({
        id: `forum-${f}`,
        members: [{ name: 'Ana Pérez', institution: 'congreso' }],
        meetings: meetings.map((meeting, m) =>
          buildMeeting({
            date: `2022-0${(m % 9) + 1}-28`,
            agenda: meeting.agenda,
            agreements: meeting.agreements.map((status) => buildAgreement({ status })),
          }),
        ),
      }),
    ),
  });
});

/** A value JSON could have made an object of; dates and the like are leaves (a copy loses their own keys). */
function isRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Every entry of every list in `value`, deepest last, as paths from the root. */
export function listEntries(value: unknown, at: JsonPath = []): JsonPath[] {
  const found: JsonPath[] = [];
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      found.push([...at, i]);
      found.push(...listEntries(item, [...at, i]));
    });
  } else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) found.push(...listEntries(item, [...at, key]));
  }
  return found;
}

/** Every path in `value` (objects' keys and lists' entries), the root included. */
export function allPaths(value: unknown, at: JsonPath = []): JsonPath[] {
  const found: JsonPath[] = [at];
  if (Array.isArray(value)) value.forEach((item, i) => found.push(...allPaths(item, [...at, i])));
  else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) found.push(...allPaths(item, [...at, key]));
  }
  return found;
}

export function getAt(root: unknown, path: JsonPath): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], root);
}

/** A copy of `root` with the value at `path` replaced (or, with `remove`, taken out). */
export function setAt(root: unknown, path: JsonPath, next: unknown, remove = false): unknown {
  if (path.length === 0) return next;
  const copy = structuredClone(root);
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, unknown> | unknown[];
  const key = path.at(-1)!;
  if (remove && Array.isArray(parent)) parent.splice(key as number, 1);
  else if (remove) delete (parent as Record<string | number, unknown>)[key];
  else (parent as Record<string | number, unknown>)[key] = next;
  return copy;
}

/**
 * For each kind of list entry (named by the list that holds it): a field and a value the format
 * rejects, so the entry itself, not something inside it, is the one bad entity.
 */
export const BREAK_FIELD: Record<string, [field: string, value: unknown]> = {
  institutions: ['kind', 'spaceship'],
  plans: ['number', -1],
  commitments: ['title', 42],
  milestones: ['status', 'finished-ish'],
  evidence: ['url', 'javascript:alert(1)'],
  indicators: ['level', 'cosmic'],
  measurements: ['value', 'ten'],
  updates: ['date', 'yesterday'],
  cocreation: ['status', 'maybe'],
  forums: ['name', null],
  members: ['name', 7],
  meetings: ['date', '2022-02-30'],
  agreements: ['status', 'forgotten'],
  agenda: ['es', 42],
};

/** Values a hand-typed spreadsheet export or a hostile publisher may put anywhere. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    1e308,
    -1e308,
    Number.MIN_VALUE,
    Number.MAX_SAFE_INTEGER + 2,
    undefined,
    null,
    '',
    ' ',
    '<script>globalThis.__pwned = true</script>',
    '<img src=x onerror="globalThis.__pwned = true">',
    'javascript:globalThis.__pwned=true',
    'data:text/html,<script>globalThis.__pwned=true</script>',
    '2023-02-30',
    'asap',
    '\u202Eevil\u0000',
    'x'.repeat(100_000),
    { __proto__: null, polluted: true },
    JSON.parse('{"__proto__": {"polluted": true}}'),
    [],
    {},
    [[[[[[]]]]]],
  ),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.double(),
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
);

export type Mutation =
  | { kind: 'replace'; pick: number; value: unknown }
  | { kind: 'remove'; pick: number }
  | { kind: 'wrap'; pick: number }
  | { kind: 'duplicate'; pick: number }
  | { kind: 'add-key'; pick: number; key: string; value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  plain({ kind: fc.constant('replace' as const), pick: fc.nat(), value: hostileValue }),
  plain({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  plain({ kind: fc.constant('wrap' as const), pick: fc.nat() }),
  plain({ kind: fc.constant('duplicate' as const), pick: fc.nat() }),
  plain({
    kind: fc.constant('add-key' as const),
    pick: fc.nat(),
    key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'id')),
    value: hostileValue,
  }),
);

/**
 * Applies one mutation at the path `pick` selects: replace a value, remove a key or entry, wrap a
 * value in a list (a JSON array where an object belongs), duplicate a list entry (duplicate ids),
 * or add an unexpected key.
 */
export function mutate(feed: unknown, m: Mutation): unknown {
  const paths = allPaths(feed);
  const path = paths[m.pick % paths.length]!;
  const here = getAt(feed, path);
  switch (m.kind) {
    case 'replace':
      return setAt(feed, path, m.value);
    case 'remove':
      return path.length === 0 ? undefined : setAt(feed, path, undefined, true);
    case 'wrap':
      return setAt(feed, path, [here]);
    case 'duplicate': {
      const entries = listEntries(feed);
      if (entries.length === 0) return feed;
      const entry = entries[m.pick % entries.length]!;
      const list = getAt(feed, entry.slice(0, -1)) as unknown[];
      return setAt(feed, entry.slice(0, -1), [...list, structuredClone(getAt(feed, entry))]);
    }
    case 'add-key': {
      if (!isRecord(here)) return feed;
      const copy = structuredClone(feed);
      Object.defineProperty(getAt(copy, path), m.key, {
        value: m.value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
      return copy;
    }
  }
}
