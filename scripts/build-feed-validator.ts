/**
 * Generates `packages/sdk/src/check/feed-validator.ts`: the zod `Feed` schema written as calls to
 * the small validators of check/validators.ts, which `parseFeed` checks feeds with, so pages do
 * not download zod's runtime. zod stays the one definition (types, JSON Schema, this file);
 * `test/node/feed-validator.test.ts` fails when the file is out of date, and holds the generated
 * validator and zod to the same results.
 *
 *   node --conditions=source --import tsx scripts/build-feed-validator.ts          # write
 *   node --conditions=source --import tsx scripts/build-feed-validator.ts --check  # compare only
 *
 * Only what the feed schemas use is translated; anything else stops the script with its path,
 * so a schema change the validators cannot follow is found here, not by a publisher.
 */
import { dirname, join, resolve } from 'node:path';
import { isMain, writeGenerated } from './generated-file.js';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { regexes } from 'zod/mini';
import type * as z from 'zod/mini';
import * as partialDates from '../packages/sdk/src/dates/partial-date.js';
import * as constants from '../packages/sdk/src/schema/constants.js';
import * as feedSchemas from '../packages/sdk/src/schema/feed.js';
import * as sliceSchemas from '../packages/sdk/src/schema/slices.js';
import * as primitives from '../packages/sdk/src/schema/primitives.js';
import * as vocabulary from '../packages/sdk/src/schema/vocabulary.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const VALIDATOR_FILE = join(ROOT, 'packages/sdk/src/check/feed-validator.ts');
export const PARTS_VALIDATOR_FILE = join(ROOT, 'packages/sdk/src/check/slices-validator.ts');

type Schema = z.core.$ZodType;
/** The parts of zod's definitions this script reads (zod types them per schema kind). */
interface Def {
  type: string;
  error?: (issue?: unknown) => unknown;
  checks?: Schema[];
  check?: string;
  format?: string;
  pattern?: RegExp;
  abort?: boolean;
  minimum?: number;
  value?: number;
  inclusive?: boolean;
  fn?: unknown;
  protocol?: RegExp;
  hostname?: RegExp;
  normalize?: boolean;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  options?: Schema[];
  keyType?: Schema;
  valueType?: Schema;
  innerType?: Schema;
  defaultValue?: unknown;
  entries?: Record<string, unknown>;
  values?: unknown[];
  mode?: string;
}

const defOf = (schema: Schema): Def => schema._zod.def as unknown as Def;

/** zod's pattern for `z.iso.datetime({ offset: true })`: the form the feed's timestamps take. */
const OFFSET_DATETIME = regexes.datetime({ offset: true });
/** A timestamp with seconds and an offset, any day number: `isRealCalendarDay` checks the day. */
const TIMESTAMP_SHAPE =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** Module values a generated call may name instead of repeating them, by the module that exports them. */
const NAMED_VALUES: Record<string, Record<string, unknown>> = {
  '../dates/partial-date.js': partialDates,
  '../schema/constants.js': constants,
};

/** A JavaScript literal of a plain value (strings single-quoted, as in the sources). */
function literal(value: unknown): string {
  if (value instanceof RegExp) return String(value);
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value && typeof value === 'object') {
    const fields = Object.entries(value).map(
      ([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : literal(key)}: ${literal(item)}`,
    );
    return fields.length ? `{ ${fields.join(', ')} }` : '{}';
  }
  return JSON.stringify(value);
}

/** Arguments with the trailing `undefined`s left out. */
function call(name: string, ...args: (string | undefined)[]): string {
  while (args.length && args.at(-1) === undefined) args.pop();
  return `${name}(${args.map((arg) => arg ?? 'undefined').join(', ')})`;
}

class ValidatorWriter {
  /** Exported zod schemas by identity, so the file names them as the SDK does. */
  private readonly names = new Map<Schema, string>();
  /** `const` declarations, each after the ones it uses. */
  private readonly declarations: string[] = [];
  private readonly declared = new Set<Schema>();
  /** What the file imports, by module. */
  readonly imports = new Map<string, Set<string>>([['./validators.js', new Set()]]);

  constructor() {
    for (const module of [primitives, vocabulary, feedSchemas, sliceSchemas]) {
      for (const [name, value] of Object.entries(module)) {
        if (value && typeof value === 'object' && '_zod' in value && !this.names.has(value as Schema)) {
          this.names.set(value as Schema, name);
        }
      }
    }
  }

  private use(name: string, module = './validators.js'): string {
    if (!this.imports.has(module)) this.imports.set(module, new Set());
    this.imports.get(module)!.add(name);
    return name;
  }

  /** The name of an exported value equal to `value` (identical, for functions), else a literal. */
  private named(value: unknown, at: string): string {
    for (const [module, exports] of Object.entries(NAMED_VALUES)) {
      for (const [name, exported] of Object.entries(exports)) {
        if (exported === value || (typeof value !== 'function' && isDeepStrictEqual(exported, value)))
          return this.use(name, module);
      }
    }
    if (typeof value === 'function')
      throw new Error(`${at}: a refine must use a function exported by ${Object.keys(NAMED_VALUES).join(' or ')}`);
    return literal(value);
  }

  /** The validator of `schema`: the name of its declaration when it is exported, else a call. */
  expression(schema: Schema, at: string, indent = '  '): string {
    const name = this.names.get(schema);
    if (!name) return this.describe(schema, at, indent);
    if (!this.declared.has(schema)) {
      this.declared.add(schema);
      const body = this.describe(schema, name, '  ');
      this.declarations.push(`  const ${name} = ${body};`);
    }
    return name;
  }

  private describe(schema: Schema, at: string, indent: string): string {
    const def = defOf(schema);
    const error = literalOf(errorKey(def, at));
    const noChecks = () => {
      if (def.checks?.length) throw new Error(`${at}: checks on a ${def.type} are not supported`);
    };
    switch (def.type) {
      case 'string':
        return call(
          this.use('string'),
          this.checks(schema, at, (check, d, common) => this.stringCheck(check, d, common, at)),
          error,
        );
      case 'number':
        return call(
          this.use('number'),
          this.checks(schema, at, (check, d, common) => this.numberCheck(d, common, at)),
          error,
        );
      case 'boolean':
        noChecks();
        return call(this.use('boolean'), error);
      case 'enum':
        noChecks();
        return call(this.use('oneOf'), this.named(Object.values(def.entries ?? {}), at), error);
      case 'literal':
        noChecks();
        return call(this.use('oneOf'), this.named(def.values, at), error);
      case 'object': {
        noChecks();
        if (!def.catchall || defOf(def.catchall).type !== 'unknown')
          throw new Error(`${at}: only loose objects are supported`);
        const fields = Object.entries(def.shape ?? {}).map(
          ([key, field]) =>
            `${indent}  ${/^[A-Za-z_$][\w$]*$/.test(key) ? key : literal(key)}: ${this.expression(field, `${at}.${key}`, `${indent}  `)},\n`,
        );
        return call(this.use('object'), `{\n${fields.join('')}${indent}}`, error);
      }
      case 'array':
        noChecks();
        return call(this.use('array'), this.expression(def.element!, `${at}[]`, indent), error);
      case 'record':
        noChecks();
        if (defOf(def.keyType!).type !== 'string' || (def.mode && def.mode !== 'strict')) {
          throw new Error(`${at}: only records with checked string keys are supported`);
        }
        return call(
          this.use('record'),
          this.expression(def.keyType!, `${at}{key}`, indent),
          this.expression(def.valueType!, `${at}{}`, indent),
          error,
        );
      case 'union':
        noChecks();
        return call(
          this.use('union'),
          `[${def.options!.map((option, i) => this.expression(option, `${at}|${i}`, indent)).join(', ')}]`,
          error,
        );
      case 'optional':
        noChecks();
        return call(this.use('optional'), this.expression(def.innerType!, at, indent));
      case 'default': {
        noChecks();
        const fallback = def.defaultValue;
        const inner = defOf(def.innerType!);
        if (inner.type === 'array' && !inner.checks?.length && isDeepStrictEqual(fallback, [])) {
          return call(
            this.use('list'),
            this.expression(inner.element!, `${at}[]`, indent),
            literalOf(errorKey(inner, at)),
          );
        }
        if (!isDeepStrictEqual(JSON.parse(JSON.stringify(fallback) ?? 'null'), fallback))
          throw new Error(`${at}: a default must be plain JSON`);
        // A function, as in the zod schema: each missing list gets a list of its own.
        return call(this.use('withDefault'), this.expression(def.innerType!, at, indent), `() => ${literal(fallback)}`);
      }
      default:
        throw new Error(`${at}: zod type "${def.type}" is not supported by check/validators.ts`);
    }
  }

  /**
   * A schema's checks as an array literal, `undefined` when it has none. A string format
   * (z.url, z.email, z.iso.datetime) or z.int() is its own first check, as in zod; its `error`
   * is the schema's, which the validator passes down, so the check does not repeat it.
   */
  private checks(
    schema: Schema,
    at: string,
    write: (check: Schema, def: Def, common: [string | undefined, string | undefined]) => string,
  ): string | undefined {
    const def = defOf(schema);
    const all = [...(def.check ? [schema] : []), ...(def.checks ?? [])];
    if (all.length === 0) return undefined;
    return `[${all
      .map((check) => {
        const d = defOf(check);
        return write(check, d, [
          check === schema ? undefined : literalOf(errorKey(d, at)),
          d.abort ? 'true' : undefined,
        ]);
      })
      .join(', ')}]`;
  }

  private stringCheck(
    _check: Schema,
    d: Def,
    [error, abort]: [string | undefined, string | undefined],
    at: string,
  ): string {
    if (d.check === 'string_format' && d.format === 'url') {
      if (d.hostname || d.normalize || !d.protocol) throw new Error(`${at}: only z.url with a protocol is supported`);
      const slashes = d.protocol.source === regexes.httpProtocol.source;
      return call(this.use('url'), literal(d.protocol), String(slashes), error, abort);
    }
    if (d.check === 'string_format' && d.format === 'datetime' && d.pattern?.source === OFFSET_DATETIME.source) {
      // zod spells the calendar out in its pattern (leap years included): a third of the file.
      // The same check, shorter: the shape of a timestamp, then whether its day exists.
      const day = this.named(partialDates.isRealCalendarDay, at);
      return `${call(this.use('pattern'), literal(TIMESTAMP_SHAPE), literal(d.format), error, 'true')}, ${call(this.use('refine'), day, error, abort)}`;
    }
    if (d.check === 'string_format' && d.pattern)
      return call(this.use('pattern'), literal(d.pattern), literal(d.format), error, abort);
    if (d.check === 'min_length') return call(this.use('minLength'), String(d.minimum), error, abort);
    if (d.check === 'custom') return call(this.use('refine'), this.named(d.fn, at), error, abort);
    throw new Error(`${at}: string check "${d.check}" is not supported`);
  }

  private numberCheck(d: Def, [error, abort]: [string | undefined, string | undefined], at: string): string {
    if (d.check === 'number_format' && d.format === 'safeint') return call(this.use('safeInteger'), error, abort);
    if (d.check === 'greater_than' || d.check === 'less_than') {
      const name = this.use(d.check === 'greater_than' ? 'greaterThan' : 'lessThan');
      return call(name, String(d.value), String(d.inclusive), error, abort);
    }
    throw new Error(`${at}: number check "${d.check}" is not supported`);
  }

  /** The import lines of what the declarations so far use. */
  private importLines(): string[] {
    this.use('Validator');
    return [...this.imports]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([module, names]) => {
        const list = [...names].sort().map((name) => (name === 'Validator' ? 'type Validator' : name));
        const oneLine = `import { ${list.join(', ')} } from '${module}';`;
        return oneLine.length <= 110
          ? oneLine
          : `import {\n${list.map((name) => `  ${name},\n`).join('')}} from '${module}';`;
      });
  }

  /** One exported function that builds the validator of `root` (declarations start afresh). */
  private validatorFunction(name: string, root: Schema, doc: string): string[] {
    this.declarations.length = 0;
    this.declared.clear();
    const rootName = this.expression(root, '');
    return [
      `/** ${doc} */`,
      `export function ${name}(): Validator {`,
      ...this.declarations,
      `  return ${rootName};`,
      '}',
      '',
    ];
  }

  render(root: Schema, links: string[]): string {
    const body = this.validatorFunction(
      'feedValidator',
      root,
      "The feed format's validator: `Feed` of schema/feed.ts, with the same results, without zod.",
    );
    return [
      ...HEADER,
      ...this.importLines(),
      '',
      ...body,
      '/** Optional link fields (`plans[].commitments[].url`): lenient parsing drops only the field. */',
      `export const OPTIONAL_LINK_FIELDS: readonly string[] = [\n${links.map((link) => `  ${literal(link)},\n`).join('')}];`,
      '',
    ].join('\n');
  }

  /** The validators of a part's `part` field and of the index's `parts` field (schema/slices.ts); the rest of each is a feed. */
  renderParts(): string {
    const info = this.validatorFunction(
      'partInfoValidator',
      sliceSchemas.SliceInfo,
      'The `part` field of a published part: `SliceInfo` of schema/slices.ts, without zod.',
    );
    const index = this.validatorFunction(
      'partsDirectoryValidator',
      sliceSchemas.SliceDirectory,
      'The `parts` field of a parts index: `SliceDirectory` of schema/slices.ts, without zod.',
    );
    const digest = this.validatorFunction(
      'planDigestValidator',
      sliceSchemas.PlanDigest,
      'The `digest` field of a plan digest part: `PlanDigest` of schema/slices.ts, without zod.',
    );
    return [...HEADER, ...this.importLines(), '', ...info, ...index, ...digest].join('\n');
  }
}

const HEADER = [
  '// Generated by scripts/build-feed-validator.ts from the zod schemas in ../schema: do not edit.',
  '// Run `node --conditions=source --import tsx scripts/build-feed-validator.ts` after changing them.',
];

const literalOf = (value: string | undefined) => (value === undefined ? undefined : literal(value));

/** The `error` key a schema or check was given (zod keeps it as a function), quoted. */
function errorKey(def: Def, at: string): string | undefined {
  if (!def.error) return undefined;
  const key = def.error();
  if (typeof key !== 'string') throw new Error(`${at}: only string error keys can be written down`);
  return key;
}

/**
 * Every optional link field (an optional WebUrl or Contact) under `schema`, list indices written
 * `[]`: a bad one is a missing link, not a broken entity. Lists and defaults are looked through.
 */
function optionalLinks(schema: Schema, at: string, into: string[]): string[] {
  const def = defOf(schema);
  if ((def.type === 'default' || def.type === 'optional') && def.innerType)
    return optionalLinks(def.innerType, at, into);
  if (def.type === 'array' && def.element) return optionalLinks(def.element, `${at}[]`, into);
  if (def.type !== 'object' || !def.shape) return into;
  for (const [key, field] of Object.entries(def.shape)) {
    const fieldDef = defOf(field);
    const inner = fieldDef.type === 'optional' ? fieldDef.innerType : undefined;
    const path = at ? `${at}.${key}` : key;
    if (inner === primitives.WebUrl || inner === primitives.Contact) into.push(path);
    else optionalLinks(field, path, into);
  }
  return into;
}

export function renderFeedValidator(): string {
  return new ValidatorWriter().render(feedSchemas.Feed, optionalLinks(feedSchemas.Feed, '', []));
}

export function renderPartsValidator(): string {
  return new ValidatorWriter().renderParts();
}

if (isMain(import.meta.url)) {
  writeGenerated(VALIDATOR_FILE, renderFeedValidator(), import.meta.url);
  writeGenerated(PARTS_VALIDATOR_FILE, renderPartsValidator(), import.meta.url);
}
