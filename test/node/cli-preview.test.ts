/**
 * `ogp-embed preview`: the server part of the live path, without the elements bundle: the feed
 * with ETag and `Cache-Control: no-cache`, 304 when unchanged, the new feed as soon as the file
 * changes (also by atomic replace), the page wiring `<ogp-plan live>`, and a clean stop.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { OGP_SHEET, runCli, startCli, tempDir } from '../../packages/cli/test/run-cli.js';

/** The first line the preview prints on stdout: its URL. */
async function urlOf(child: ChildProcess): Promise<string> {
  let out = '';
  for await (const chunk of child.stdout!) {
    out += chunk;
    const line = /^(http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(out);
    if (line) return line[1]!;
  }
  throw new Error(`preview printed no URL: ${out}`);
}

function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

describe('preview', () => {
  const temp = tempDir();
  const feedPath = join(temp.dir, 'feed.json');
  const bundle = join(temp.dir, 'dist', 'ogp-embed.js');
  let child: ChildProcess;
  let url: string;
  let stderr = '';

  before(async () => {
    const imported = await runCli(['import', 'ogp-sheet', OGP_SHEET, '--plan', 'AP_CHL05', '-o', feedPath]);
    assert.equal(imported.code, 0, imported.stderr);
    child = startCli(['preview', feedPath, '--port', '0', '--bundle', bundle]);
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    url = await urlOf(child);
  });
  after(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
    temp.remove();
  });

  test('listens on 127.0.0.1 only', () => {
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test('serves the feed with an ETag and no-cache, and 304 while it is unchanged', async () => {
    const first = await fetch(`${url}feed.json`);
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('cache-control'), 'no-cache');
    assert.match(first.headers.get('content-type') ?? '', /^application\/json/);
    const etag = first.headers.get('etag');
    assert.match(etag ?? '', /^"[\w-]+"$/);
    assert.deepEqual(await first.json(), JSON.parse(readFileSync(feedPath, 'utf8')));
    const again = await fetch(`${url}feed.json`, { headers: { 'if-none-match': etag! } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), etag);
    assert.equal(await again.text(), '');
  });

  test('serves the changed feed as soon as the file changes, also when it is replaced atomically', async () => {
    const before = await fetch(`${url}feed.json`);
    const etag = before.headers.get('etag')!;
    const feed = await before.json();

    feed.plans[0].commitments[0].reported = { status: 'completed', percent: 100, asOf: '2022-12' };
    writeFileSync(feedPath, JSON.stringify(feed, null, 2));
    const edited = await fetch(`${url}feed.json`, { headers: { 'if-none-match': etag } });
    assert.equal(edited.status, 200);
    const editedTag = edited.headers.get('etag')!;
    assert.notEqual(editedTag, etag);
    assert.equal((await edited.json()).plans[0].commitments[0].reported.status, 'completed');

    feed.plans[0].commitments[0].reported.percent = 90;
    const temporary = join(temp.dir, '.feed.json.tmp');
    writeFileSync(temporary, JSON.stringify(feed));
    renameSync(temporary, feedPath);
    const replaced = await fetch(`${url}feed.json`, { headers: { 'if-none-match': editedTag } });
    assert.equal(replaced.status, 200);
    assert.equal((await replaced.json()).plans[0].commitments[0].reported.percent, 90);
  });

  test('serves the published layout: the index and each part, as `publish` writes them, with 304s; cut again on change', async () => {
    const index = await fetch(`${url}feed.parts/index.json`);
    assert.equal(index.status, 200);
    const { parts } = await index.json();
    const whole = readFileSync(feedPath);
    assert.equal(parts.sha256, createHash('sha256').update(whole).digest('hex'), 'names the feed as served now');
    const feed = JSON.parse(whole.toString('utf8'));
    const id = feed.plans[0].commitments[0].id;
    const part = await fetch(`${url}feed.parts/commitment/${id}.json`);
    assert.equal(part.status, 200);
    const etag = part.headers.get('etag')!;
    assert.deepEqual((await part.json()).part, {
      kind: 'commitment',
      id,
      generatedAt: feed.generatedAt,
      sha256: parts.sha256,
    });
    assert.equal(
      (await fetch(`${url}feed.parts/commitment/${id}.json`, { headers: { 'if-none-match': etag } })).status,
      304,
    );
    assert.equal((await fetch(`${url}feed.parts/commitment/NOPE.json`)).status, 404);

    feed.plans[0].commitments[0].reported = { status: 'in-progress', percent: 42, asOf: '2023-01' };
    writeFileSync(feedPath, JSON.stringify(feed));
    const changed = await fetch(`${url}feed.parts/commitment/${id}.json`, { headers: { 'if-none-match': etag } });
    assert.equal(changed.status, 200);
    assert.equal((await changed.json()).plans[0].commitments[0].reported.percent, 42);
  });

  test('the page wires the elements to the live feed; the bundle is served once it is built', async () => {
    const page = await (await fetch(url)).text();
    // The elements speak the feed's language (Chile's: Spanish); the terminal stays in the CLI's.
    assert.match(
      page,
      /<ogp-plan src="\/feed\.json" plan="AP_CHL05" lang="es" live refresh="2" id="plan"><\/ogp-plan>/,
    );
    assert.doesNotMatch(page, /<script type="module" src="\/ogp-embed\.js">/, 'no bundle yet');
    assert.equal((await fetch(`${url}ogp-embed.js`)).status, 404);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(temp.dir, 'dist'), { recursive: true });
    writeFileSync(bundle, 'customElements.define("ogp-test", class extends HTMLElement {});\n');
    const built = await (await fetch(url)).text();
    assert.match(built, /<script type="module" src="\/ogp-embed\.js"><\/script>/);
    const script = await fetch(`${url}ogp-embed.js`);
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.match(script.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.equal((await fetch(`${url}..%2Fpackage.json`)).status, 404);
  });

  test('says on the terminal when the feed changed and whether it is valid', async () => {
    const feed = JSON.parse(readFileSync(feedPath, 'utf8'));
    feed.plans[0].commitments[0].start = 'soon';
    writeFileSync(feedPath, JSON.stringify(feed));
    await fetch(`${url}feed.json`);
    assert.match(stderr, /feed changed: 1 error\(s\)/);
  });

  test('stops cleanly on SIGTERM: exit 0 and the port is closed', async () => {
    const port = Number(new URL(url).port);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
    assert.match(stderr, /Preview stopped\./);
    assert.equal(await refused(port), true);
  });
});
