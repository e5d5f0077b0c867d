/**
 * The command-line side of the scripts that generate a committed file from the zod schemas
 * (`build-json-schema.ts`, `build-feed-validator.ts`): write it atomically, or with `--check`
 * only say whether the committed copy is what the script writes today.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** True when the module at `moduleUrl` is the script node was asked to run. */
export function isMain(moduleUrl: string): boolean {
  return Boolean(process.argv[1]) && resolve(process.argv[1]!) === fileURLToPath(moduleUrl);
}

/** Writes `text` to `file`, or with `--check` compares them; `script` is named when they differ. */
export function writeGenerated(file: string, text: string, script: string): void {
  if (process.argv.includes('--check')) {
    if (readFileSync(file, 'utf8') !== text) {
      console.error(`${file} is out of date: run ${relative(process.cwd(), fileURLToPath(script))}`);
      process.exitCode = 1;
    } else console.log(`${file} is up to date`);
    return;
  }
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
  console.log(`Wrote ${file} (${Buffer.byteLength(text)} bytes)`);
}
