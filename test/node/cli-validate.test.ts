/**
 * `ogp-embed validate`: files, stdin and URLs (a server on 127.0.0.1 started here); every
 * problem with its JSON path, expected and found; exit 0 / 1 / 2; `--json`; Spanish.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../../packages/cli/src/cli/exit-codes.js';
import { OGP_SHEET, runCli, tempDir } from '../../packages/cli/test/run-cli.js';

describe('validate', () => {
  const temp = tempDir();
  const valid = join(temp.dir, 'valid.json');
  const invalid = join(temp.dir, 'invalid.json');
  let server: Server;
  let base: string;

  before(async () => {
    const imported = await runCli(['import', 'ogp-sheet', OGP_SHEET, '--country', 'CHL', '-o', valid]);
    assert.equal(imported.code, 0, imported.stderr);
    const feed = JSON.parse(readFileSync(valid, 'utf8'));
    const commitment = feed.plans[0].commitments[0];
    commitment.start = '2021-02-30';
    feed.plans[0].commitments[1].lead = 'no-such-institution';
    feed.plans[1].commitments[0].values = ['transparency'];
    writeFileSync(invalid, JSON.stringify(feed));
    // A host as docs/publishing.md says (CORS, JSON, gzip, no-cache with an ETag), and hosts that are not.
    const good = {
      'access-control-allow-origin': '*',
      'access-control-expose-headers': 'ETag, Last-Modified',
      'cache-control': 'no-cache',
      etag: '"v1"',
      'content-encoding': 'gzip',
    };
    server = createServer((request, response) => {
      if (request.url === '/feed.json') {
        response.writeHead(200, { ...good, 'content-type': 'application/json' });
        response.end(gzipSync(readFileSync(valid)));
      } else if (request.url === '/bare/feed.json') {
        response.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'max-age=86400' });
        response.end(readFileSync(valid));
      } else if (request.url === '/unexposed/feed.json') {
        response.writeHead(200, { ...good, 'access-control-expose-headers': '', 'content-type': 'application/json' });
        response.end(gzipSync(readFileSync(valid)));
      } else if (request.url === '/cdn/ogp-embed.js') {
        response.writeHead(200, { ...good, 'content-type': 'text/javascript; charset=utf-8' });
        response.end(gzipSync('export {};'.repeat(200)));
      } else if (request.url === '/plain/ogp-embed.iife.js') {
        response.writeHead(200, { 'content-type': 'application/octet-stream' });
        response.end('(()=>{})();'.repeat(200));
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    temp.remove();
  });

  test('a valid feed: exit 0 and a summary', async () => {
    const result = await runCli(['validate', valid]);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /is a valid feed: 3 plan\(s\), 9 commitment\(s\)/);
  });

  test('an invalid feed: every problem with its path, expected and found; exit 1', async () => {
    const result = await runCli(['validate', invalid]);
    assert.equal(result.code, 1);
    assert.match(
      result.stdout,
      /error: plans\[0\]\.commitments\[0\]\.start: expected a day that exists in the calendar, found the text "2021-02-30" \(lenient readers leave out plans\[0\]\.commitments\[0\]\)/,
    );
    assert.match(
      result.stdout,
      /error: plans\[1\]\.commitments\[0\]\.values\[0\]: expected .*found the text "transparency"/,
    );
    assert.match(
      result.stdout,
      /error: plans\[0\]\.commitments\[1\]\.lead: expected the id of one of the feed's institutions, found the text "no-such-institution"/,
    );
    assert.match(result.stdout, /✗ .*invalid\.json: 3 error\(s\), 0 warning\(s\)\./);
  });

  test('--json for machines', async () => {
    const result = await runCli(['validate', invalid, '--json']);
    assert.equal(result.code, 1);
    const report = JSON.parse(result.stdout);
    assert.equal(report.valid, false);
    assert.equal(report.errors, 3);
    assert.deepEqual(report.issues.map((i: { path: string }) => i.path).sort(), [
      'plans[0].commitments[0].start',
      'plans[0].commitments[1].lead',
      'plans[1].commitments[0].values[0]',
    ]);
    // Each issue carries its code and phrases (no words) and its English sentence.
    assert.ok(
      report.issues.every(
        (i: { expected: unknown[]; found: unknown[]; message: string }) =>
          Array.isArray(i.expected) && Array.isArray(i.found) && i.message.length > 0,
      ),
    );
  });

  test('in Spanish', async () => {
    const result = await runCli(['validate', invalid], { env: { LC_ALL: 'es_ES.UTF-8' } });
    assert.equal(result.code, 1);
    assert.match(result.stdout, /se esperaba/);
    assert.match(result.stdout, /3 error\(es\), 0 advertencia\(s\)/);
  });

  test('from stdin and from a URL', async () => {
    const piped = await runCli(['validate', '-'], { stdin: readFileSync(invalid) });
    assert.equal(piped.code, 1);
    const fetched = await runCli(['validate', `${base}/feed.json`]);
    assert.equal(fetched.code, 0, fetched.stdout + fetched.stderr);
    assert.match(fetched.stdout, /valid feed: 3 plan/);
    assert.doesNotMatch(fetched.stdout, /host,/, 'a well-served feed has nothing to fix');
  });

  test("a URL's host headers: CORS missing is an error, type, compression and caching are warnings, each with the fix", async () => {
    const bare = await runCli(['validate', `${base}/bare/feed.json`]);
    assert.equal(bare.code, 1, bare.stdout + bare.stderr);
    assert.match(bare.stdout, /valid feed: 3 plan/, 'the feed itself is fine');
    assert.match(
      bare.stdout,
      /error: host, Access-Control-Allow-Origin: no "Access-Control-Allow-Origin: \*": pages on other sites cannot read this feed; add the header to the feed's folder \(see docs\/publishing\.md, "Hosting", for your server\)/,
    );
    assert.match(bare.stdout, /warning: host, Content-Type: served as "text\/plain" instead of application\/json/);
    assert.match(bare.stdout, /warning: host, Content-Encoding: not compressed \(\d+ KB sent as is/);
    assert.match(
      bare.stdout,
      /warning: host, Cache-Control: "Cache-Control: max-age=86400": readers may see an update up to 24 h late/,
    );
    assert.match(bare.stdout, /warning: host, ETag: neither an ETag nor a Last-Modified/);
    assert.match(bare.stdout, /✗ .*bare\/feed\.json: 1 header\(s\) stop other sites from using it/);
    const json = JSON.parse((await runCli(['validate', `${base}/bare/feed.json`, '--json'])).stdout);
    assert.deepEqual(
      json.host.map((a: { header: string }) => a.header),
      ['Access-Control-Allow-Origin', 'Content-Type', 'Content-Encoding', 'Cache-Control', 'ETag'],
    );
    const french = await runCli(['validate', `${base}/bare/feed.json`, '--lang', 'fr']);
    assert.match(french.stdout, /les pages d’autres sites ne peuvent pas lire ce flux/);

    const unexposed = await runCli(['validate', `${base}/unexposed/feed.json`]);
    assert.equal(unexposed.code, 0, unexposed.stdout);
    assert.match(
      unexposed.stdout,
      /warning: host, Access-Control-Expose-Headers: no "Access-Control-Expose-Headers: ETag, Last-Modified": live elements on other sites cannot read the version/,
    );
    assert.match(unexposed.stdout, /1 thing\(s\) to improve on the host/);

    const script = await runCli(['validate', `${base}/cdn/ogp-embed.js`]);
    assert.equal(script.code, 0, script.stdout);
    assert.match(script.stdout, /✓ .*ogp-embed\.js: served as other sites need it/);
    const plain = await runCli(['validate', `${base}/plain/ogp-embed.iife.js`]);
    assert.equal(plain.code, 1);
    assert.match(
      plain.stdout,
      /error: host, Access-Control-Allow-Origin: .*the script loads its other modules with import\(\), which browsers refuse across sites without it/,
    );
    assert.match(
      plain.stdout,
      /error: host, Content-Type: served as "application\/octet-stream" instead of text\/javascript: browsers refuse to run a module served so/,
    );
  });

  test('what cannot be read exits 2; what is not a feed exits 1', async () => {
    const missing = await runCli(['validate', `${base}/missing.json`]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /could not read .*missing\.json: the server answered HTTP 404/);
    const nofile = await runCli(['validate', join(temp.dir, 'nope.json')]);
    assert.equal(nofile.code, 2);
    const notJson = await runCli(['validate', '-'], { stdin: 'Commitment,Title\n' });
    assert.equal(notJson.code, 1);
    assert.match(notJson.stdout, /expected a JSON document, found text that is not JSON/);
  });

  test('unknown commands and options exit 2 (EXIT.usage) with a pointer to --help', async () => {
    const unknown = await runCli(['frobnicate']);
    assert.equal(unknown.code, 2);
    assert.equal(unknown.code, EXIT.usage);
    assert.equal((await runCli(['--no-such-option'])).code, EXIT.usage);
    assert.equal((await runCli(['validate'])).code, EXIT.usage);
    assert.match(unknown.stderr, /unknown command "frobnicate"/);
    const help = await runCli(['--help', '--lang', 'es']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Estado de salida: 0 válido, 1 inválido/);
  });

  test('--version prints the version of the package installed', async () => {
    const { version } = JSON.parse(
      readFileSync(new URL('../../packages/cli/package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    const printed = await runCli(['--version']);
    assert.equal(printed.code, 0);
    assert.equal(printed.stdout, `${version}\n`);
  });
});
