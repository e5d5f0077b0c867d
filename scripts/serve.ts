/**
 * `npm start`: builds the bundles, and Storybook (`storybook-static/`, which the demo's index links),
 * if they are missing or older than their sources, then serves the demo on 127.0.0.1 (port 8080,
 * or PORT; the next free one if taken) until Ctrl-C or SIGTERM. A failed Storybook build is said
 * in one line and the demo is served without it.
 *
 *   npm start                      # build if needed, serve
 *   npm start -- --no-build        # serve what is there
 *   npm start -- --no-storybook    # build the bundles if needed, not Storybook
 *   PORT=9000 LIVE_INTERVAL=2 npm start
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_SOURCES, buildProblem } from './rollup/fresh-build.js';
import { createDemoServer } from './serve/demo-server.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const FIRST_PORT = Number(process.env.PORT) || 8080;
const PORTS_TO_TRY = 20;

const DIST = join(ROOT, 'packages/elements/dist');
const STUDIO = join(ROOT, 'packages/studio');
const OUTPUTS = [
  join(DIST, 'ogp-embed.js'),
  join(DIST, 'ogp-embed.iife.js'),
  join(DIST, 'index.js'),
  join(ROOT, 'packages/sdk/dist/index.js'),
  join(STUDIO, 'dist/index.html'),
];
/** The studio is built from its own folder and the CLI's import core, beside what the embed is built from. */
const SOURCES = [
  ...BUILD_SOURCES.map((source) => join(ROOT, source)),
  join(STUDIO, 'src'),
  join(STUDIO, 'index.html'),
  join(STUDIO, 'studio.css'),
  join(ROOT, 'packages/cli/src'),
];
const outputsProblem = (): string | undefined => buildProblem(OUTPUTS, SOURCES);

function buildIfNeeded(): void {
  const problem = outputsProblem();
  if (!problem) return;
  console.log(`Building first (${problem.split(':')[0]})...`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status === 0) return;
  // A size budget exceeded still leaves every file written: the demo can show them.
  if (!outputsProblem()) {
    console.warn('\nThe build reported a failure (above), but wrote every file the demo needs: serving them.\n');
    return;
  }
  console.error('The build failed: fix it, or serve what is there with `npm start -- --no-build`.');
  process.exit(result.status ?? 1);
}

const STORYBOOK = join(ROOT, 'storybook-static');
/** What the Storybook build reads (test/node/storybook.test.ts builds it from the same). */
const STORYBOOK_SOURCES = [
  '.storybook',
  'stories',
  'packages/elements/src',
  'packages/sdk/src',
  'examples/feeds',
  'package.json',
];

function buildStorybookIfNeeded(): void {
  const problem = buildProblem(
    [join(STORYBOOK, 'index.json'), join(STORYBOOK, 'iframe.html')],
    STORYBOOK_SOURCES.map((source) => join(ROOT, source)),
  );
  if (!problem) return;
  console.log(`Building Storybook (${problem.split(':')[0]})...`);
  const bin = createRequire(import.meta.url).resolve('storybook/internal/bin/dispatcher');
  const result = spawnSync(process.execPath, [bin, 'build', '--quiet', '--output-dir', STORYBOOK], {
    cwd: ROOT,
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0)
    console.warn('Storybook did not build (above): serving the demo without it; `npm run storybook` runs it live.');
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    buildIfNeeded();
    if (!process.argv.includes('--no-storybook')) buildStorybookIfNeeded();
  }
  const liveSeconds = Number(process.env.LIVE_INTERVAL) || 5;
  const demo = createDemoServer({ root: ROOT, liveInterval: liveSeconds * 1000 });
  let url: string | undefined;
  for (let port = FIRST_PORT; port < FIRST_PORT + PORTS_TO_TRY && !url; port++) {
    try {
      url = await demo.listen(port);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      console.log(`Port ${port} is taken; trying ${port + 1}.`);
    }
  }
  if (!url) throw new Error(`No free port from ${FIRST_PORT} to ${FIRST_PORT + PORTS_TO_TRY - 1}: set PORT.`);

  console.log(`\nogp-embed demo: ${url}`);
  console.log(`Studio:         ${url}studio/`);
  console.log(
    existsSync(join(ROOT, 'storybook-static/index.html'))
      ? `Storybook:      ${url}storybook/`
      : 'Storybook:      not built (npm start builds it; npm run storybook runs it live)',
  );
  console.log('Press Ctrl-C to stop.\n');

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the demo server.`);
    demo.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
