/**
 * Which part of an entity a bad value can be left out with: the one rule for a bad cell. A bad
 * value in an optional field leaves out that field (or the smallest optional group holding it:
 * a bad `reported.status` leaves out `reported`, whose status is required); in a required field
 * it leaves out the whole row. Read from the SDK's schemas, so it follows the format.
 */
import {
  ActionPlan,
  Agreement,
  Commitment,
  Feed,
  Forum,
  ForumMember,
  Indicator,
  Institution,
  Measurement,
  Meeting,
  Milestone,
  ProgressUpdate,
  TimelinePhase,
} from '@ogp-embed/sdk';
import type { SheetName } from './spec.js';

/** The parts of a zod 4 schema this needs (classic and mini share them). */
interface SchemaNode {
  _zod: { optin?: string; def: { type: string; shape?: Record<string, SchemaNode>; innerType?: SchemaNode } };
}

const SCHEMAS: Record<SheetName | 'feed', unknown> = {
  plans: ActionPlan,
  cocreation: TimelinePhase,
  institutions: Institution,
  commitments: Commitment,
  milestones: Milestone,
  indicators: Indicator,
  measurements: Measurement,
  updates: ProgressUpdate,
  forums: Forum,
  members: ForumMember,
  meetings: Meeting,
  agreements: Agreement,
  feed: Feed,
};

function isOptional(node: SchemaNode): boolean {
  return node._zod.optin === 'optional' || node._zod.def.type === 'optional' || node._zod.def.type === 'default';
}

function unwrap(node: SchemaNode): SchemaNode {
  let current = node;
  while (current._zod.def.innerType && !current._zod.def.shape) current = current._zod.def.innerType;
  return current;
}

/**
 * The dotted path to leave out for a bad value at `key` of an entity of `kind`: the deepest
 * optional prefix of `key`, or `undefined` when every step is required (the row goes).
 */
export function droppablePath(kind: SheetName | 'feed', key: string): string | undefined {
  let node: SchemaNode | undefined = SCHEMAS[kind] as SchemaNode;
  let found: string | undefined;
  const parts = key.split('.');
  for (let i = 0; i < parts.length && node; i++) {
    const field: SchemaNode | undefined = unwrap(node)._zod.def.shape?.[parts[i]!];
    if (!field) return found ?? parts.slice(0, i + 1).join('.');
    if (isOptional(field)) found = parts.slice(0, i + 1).join('.');
    node = field;
  }
  return found;
}
