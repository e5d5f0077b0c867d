/**
 * `ogp-embed schema`: the feed format's JSON Schema, for publishers who validate with other
 * tools. It prints the file the SDK ships (`@ogp-embed/sdk/feed.schema.json`, generated from
 * its zod schemas), so there is one JSON Schema, not two. Checks a JSON Schema cannot say
 * (ids that must resolve, dates in order) are `ogp-embed validate`'s.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { CliContext } from '../cli/context.js';
import { EXIT } from '../cli/exit-codes.js';
import type { ExitCode } from '../cli/exit-codes.js';
import { withOutput } from '../io/output.js';
import { unreadable } from '../io/read-source.js';

export const SCHEMA_SPECIFIER = '@ogp-embed/sdk/feed.schema.json';

export async function feedJsonSchemaText(): Promise<string> {
  const path = createRequire(import.meta.url).resolve(SCHEMA_SPECIFIER);
  return readFile(path, 'utf8');
}

export async function schemaCommand(ctx: CliContext, output: string | undefined): Promise<ExitCode> {
  let text: string;
  try {
    text = await feedJsonSchemaText();
  } catch (error) {
    throw unreadable(ctx, SCHEMA_SPECIFIER, error);
  }
  await withOutput(ctx, output, async (out) => {
    out.write(text.endsWith('\n') ? text : `${text}\n`);
  });
  return EXIT.ok;
}
