/**
 * `ogp-embed schema`: the feed format's JSON Schema, generated from the SDK's zod schema (the
 * single source of truth), for publishers who validate with other tools. It describes what a
 * publisher may write (`io: 'input'`: lists may be left out). Checks a JSON Schema cannot say
 * (a real calendar day, ids that must resolve) are `ogp-embed validate`'s.
 */
import { toJSONSchema } from 'zod/mini';
import { Feed } from '@ogp-embed/sdk';
import type { CliContext } from '../cli/context.js';
import { EXIT } from '../cli/exit-codes.js';
import type { ExitCode } from '../cli/exit-codes.js';
import { withOutput } from '../io/output.js';

export function feedJsonSchema(): Record<string, unknown> {
  const schema = toJSONSchema(Feed, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return { $schema, title: 'Open Government feed, format v1', ...rest };
}

export async function schemaCommand(ctx: CliContext, output: string | undefined): Promise<ExitCode> {
  await withOutput(ctx, output, async (out) => {
    out.write(`${JSON.stringify(feedJsonSchema(), null, 2)}\n`);
  });
  return EXIT.ok;
}
