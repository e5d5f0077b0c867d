#!/usr/bin/env node
// The `ogp-embed` command: the program `npm run build` writes to dist/ (in a clone as in an
// installed package). It never runs TypeScript: in a clone not built yet it says how to build.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const program = new URL('../dist/main.js', import.meta.url);
if (existsSync(fileURLToPath(program))) {
  await import(program.href);
} else {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  process.stderr.write(`ogp-embed: not built yet: run \`npm run build\` in ${root}, then try again.\n`);
  process.exitCode = 2;
}
