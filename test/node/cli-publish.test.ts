/**
 * `ogp-embed publish` and `ogp-embed validate <folder>`, run as the real command: the folder holds
 * the feed as compact JSON and its parts; it is written whole or not at all, only what changed,
 * beside the host's own files and never over someone else's; commitments already published never
 * disappear unasked; a part missing, stale or contradicting the whole is an error naming it.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { checkPlanDigest, parseFeed, PLAN_DIGEST_ROWS } from '@ogp-embed/sdk';
import { ROOT, runCli, tempDir } from '../../packages/cli/test/run-cli.js';

const CHILE = join(ROOT, 'examples/feeds/chile.json');

describe('publish', () => {
  const temp = tempDir();
  after(() => temp.remove());

  test('the feed as compact JSON, an index naming its version, and one part per commitment, plan, plan digest and forum', async () => {
    const site = join(temp.dir, 'site');
    const result = await runCli(['publish', CHILE, '-o', site]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /21 commitment\(s\), 3 plan\(s\), 1 forum\(s\)/);
    const given = readFileSync(CHILE);
    const whole = Buffer.from(JSON.stringify(JSON.parse(given.toString('utf8'))));
    assert.ok(readFileSync(join(site, 'feed.json')).equals(whole), 'feed.json is the feed given, without indentation');
    assert.ok(whole.length < given.length * 0.9, 'compact: fewer bytes than the indented file');
    const index = JSON.parse(readFileSync(join(site, 'feed.parts/index.json'), 'utf8'));
    const feed = JSON.parse(whole.toString('utf8'));
    assert.equal(index.parts.feed, '../feed.json');
    assert.equal(index.parts.sha256, createHash('sha256').update(whole).digest('hex'));
    assert.equal(index.generatedAt, feed.generatedAt);
    assert.equal(parseFeed(index, { mode: 'strict' }).ok, true, 'the index is a feed too (no plans)');
    // The slices (JSON); beside them, each element's snapshots (test/node/cli-snippet.test.ts).
    const slices = (kind: string) =>
      readdirSync(join(site, 'feed.parts', kind)).filter((name) => name.endsWith('.json'));
    assert.equal(slices('commitment').length, 21);
    assert.deepEqual(slices('plan').sort(), ['AP_CHL04.json', 'AP_CHL05.json', 'AP_CHL06.json']);
    assert.deepEqual(readdirSync(join(site, 'feed.parts/plan-digest')).sort(), [
      'AP_CHL04.json',
      'AP_CHL05.json',
      'AP_CHL06.json',
    ]);
    // A digest: every commitment of the plan without texts, the first page's rows whole, checked by its own validator.
    const digest = JSON.parse(readFileSync(join(site, 'feed.parts/plan-digest/AP_CHL05.json'), 'utf8'));
    const plan = feed.plans.find((p: { id: string }) => p.id === 'AP_CHL05');
    assert.equal(digest.part.kind, 'plan-digest');
    assert.equal(parseFeed(digest, { mode: 'strict' }).ok, true);
    assert.equal(checkPlanDigest(digest.digest).success, true);
    assert.deepEqual(
      digest.digest.commitments.map((c: { id: string }) => c.id),
      plan.commitments.map((c: { id: string }) => c.id),
    );
    assert.ok(
      digest.digest.commitments.every((c: object) => !('title' in c)),
      'no texts in the digest',
    );
    assert.equal(digest.plans[0].commitments.length, Math.min(plan.commitments.length, PLAN_DIGEST_ROWS));
    const card = JSON.parse(readFileSync(join(site, 'feed.parts/commitment/CL0069.json'), 'utf8'));
    assert.deepEqual(card.part, {
      kind: 'commitment',
      id: 'CL0069',
      generatedAt: feed.generatedAt,
      sha256: index.parts.sha256,
    });
    const result2 = parseFeed(card, { mode: 'strict' });
    assert.equal(result2.ok, true, 'a part is a feed of its own: the same validator accepts it');
    assert.ok(card.institutions.length < feed.institutions.length, 'only the institutions it names');
    assert.ok(readFileSync(join(site, 'feed.parts/commitment/CL0069.json')).length * 5 < whole.length);

    const validated = await runCli(['validate', site]);
    assert.equal(validated.code, 0, validated.stdout + validated.stderr);
    assert.match(validated.stdout, /every one of 29 published part\(s\) agrees with feed\.json/);
  });

  test('publishing again writes only what changed: unchanged files keep their dates, leftovers go', async () => {
    const site = join(temp.dir, 'again');
    assert.equal((await runCli(['publish', CHILE, '-o', site])).code, 0);
    writeFileSync(join(site, 'feed.parts/commitment/OLD.json'), '{}');
    const past = new Date('2020-01-01T00:00:00Z');
    const card = join(site, 'feed.parts/commitment/CL0069.json');
    const forum = join(site, 'feed.parts/forum/mesa-gobierno-abierto.json');
    utimesSync(card, past, past);
    utimesSync(forum, past, past);
    const same = await runCli(['publish', CHILE, '-o', site]);
    assert.equal(same.code, 0, same.stderr);
    assert.match(
      same.stderr,
      /0 file\(s\) written, 80 unchanged \(dates kept\), 1 removed: "rsync -a --delete" or "aws s3 sync --delete" uploads only what changed/,
    );
    assert.equal(statSync(card).mtimeMs, past.getTime(), 'an unchanged part keeps its date');
    assert.equal(existsSync(join(site, 'feed.parts/commitment/OLD.json')), false, 'nothing left over');

    // One commitment's status changes: the whole, the index, that commitment's card and its plan's documents change; the forum does not.
    const feed = JSON.parse(readFileSync(CHILE, 'utf8'));
    const commitment = feed.plans
      .flatMap((plan: { commitments: { id: string }[] }) => plan.commitments)
      .find((c: { id: string }) => c.id === 'CL0069');
    commitment.title = `${typeof commitment.title === 'string' ? commitment.title : 'Título'} (revisado)`;
    const edited = join(temp.dir, 'edited.json');
    writeFileSync(edited, JSON.stringify(feed, null, 2));
    const changed = await runCli(['publish', edited, '-o', site]);
    assert.equal(changed.code, 0, changed.stderr);
    assert.notEqual(statSync(card).mtimeMs, past.getTime(), 'the changed commitment is written');
    const counts = /(\d+) file\(s\) written, (\d+) unchanged/.exec(changed.stderr)!;
    // Every part names the whole's version (its SHA-256), so a change to the whole is a change to every part.
    // 30 files of data, and 50 snapshots (25 elements in Spanish and English).
    assert.equal(Number(counts[1]) + Number(counts[2]), 80);
    assert.deepEqual(
      readdirSync(temp.dir).filter((name) => name.startsWith('.')),
      [],
      'no temporary folder left',
    );
  });

  test("the host's own files are kept; anything else in the folder is named and nothing is written", async () => {
    const site = join(temp.dir, 'hosted');
    mkdirSync(site);
    const host = {
      '.htaccess': 'Header set Access-Control-Allow-Origin "*"\n',
      'index.html': '<p>my site</p>',
      CNAME: 'datos.example.gob\n',
      'web.config': '<configuration/>',
    };
    for (const [name, text] of Object.entries(host)) writeFileSync(join(site, name), text);
    const result = await runCli(['publish', CHILE, '-o', site]);
    assert.equal(result.code, 0, result.stderr);
    for (const [name, text] of Object.entries(host)) assert.equal(readFileSync(join(site, name), 'utf8'), text, name);
    assert.deepEqual(
      readdirSync(site).filter((name) => name.startsWith('.ogp-embed')),
      [],
      'no temporary folder left',
    );

    const mine = join(temp.dir, 'mine');
    mkdirSync(join(mine, 'docs'), { recursive: true });
    writeFileSync(join(mine, 'index.html'), '<p>my site</p>');
    writeFileSync(join(mine, 'photo.jpg'), 'jpeg');
    const refused = await runCli(['publish', CHILE, '-o', mine]);
    assert.equal(refused.code, 2);
    assert.match(
      refused.stderr,
      /holds files that are neither a published feed nor the host's own \(\.htaccess, index\.html, CNAME, web\.config…\): docs\/ and photo\.jpg; choose a new or empty folder, or move them out \(nothing was written\)/,
    );
    assert.deepEqual(readdirSync(mine).sort(), ['docs', 'index.html', 'photo.jpg']);
  });

  test('a feed with fewer commitments than the one published stops, saying how many would disappear, unless --allow-shrink', async () => {
    const site = join(temp.dir, 'shrink');
    assert.equal((await runCli(['publish', CHILE, '-o', site])).code, 0);
    const before = readFileSync(join(site, 'feed.json'));
    const feed = JSON.parse(readFileSync(CHILE, 'utf8'));
    for (const plan of feed.plans) plan.commitments = plan.commitments.slice(0, 1);
    const smaller = join(temp.dir, 'smaller.json');
    writeFileSync(smaller, JSON.stringify(feed));
    const refused = await runCli(['publish', smaller, '-o', site]);
    assert.equal(refused.code, 1);
    assert.match(
      refused.stderr,
      /✗ 18 of the 21 commitments published in .*shrink would disappear \(\w+, \w+, \w+, \w+, \w+, …\); nothing was written\. If that is meant, publish again with --allow-shrink\./,
    );
    assert.ok(readFileSync(join(site, 'feed.json')).equals(before), 'the published feed is left as it was');
    const spanish = await runCli(['publish', smaller, '-o', site, '--lang', 'es']);
    assert.match(spanish.stderr, /desaparecerían 18 de los 21 compromisos publicados/);

    const allowed = await runCli(['publish', smaller, '-o', site, '--allow-shrink']);
    assert.equal(allowed.code, 0, allowed.stderr);
    assert.match(allowed.stderr, /18 of the 21 commitments published before are gone from the feed/);
    assert.equal(readdirSync(join(site, 'feed.parts/commitment')).filter((name) => name.endsWith('.json')).length, 3);
  });

  test('a feed with errors is not published, and says why', async () => {
    const feed = JSON.parse(readFileSync(CHILE, 'utf8'));
    feed.plans[0].commitments[0].lead = 'no-such-institution';
    const broken = join(temp.dir, 'broken.json');
    writeFileSync(broken, JSON.stringify(feed));
    const site = join(temp.dir, 'broken-site');
    const result = await runCli(['publish', broken, '-o', site, '--lang', 'es']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /no-such-institution/);
    assert.match(result.stderr, /no se publicó nada/);
    assert.equal(existsSync(site), false);
  });
});

describe('validate <folder>', () => {
  const temp = tempDir();
  after(() => temp.remove());

  const published = async (name: string) => {
    const site = join(temp.dir, name);
    const result = await runCli(['publish', CHILE, '-o', site]);
    assert.equal(result.code, 0, result.stderr);
    return site;
  };

  test('a part missing, stale or contradicting the whole: an error naming each; an extra file: a warning', async () => {
    const site = await published('damaged');
    rmSync(join(site, 'feed.parts/plan/AP_CHL05.json'));
    const stale = JSON.parse(readFileSync(join(site, 'feed.parts/commitment/CL0069.json'), 'utf8'));
    stale.part.sha256 = 'f'.repeat(64);
    writeFileSync(join(site, 'feed.parts/commitment/CL0069.json'), JSON.stringify(stale));
    const lying = JSON.parse(readFileSync(join(site, 'feed.parts/forum/mesa-gobierno-abierto.json'), 'utf8'));
    lying.forums[0].meetings[0].agreements[0].status = 'done';
    writeFileSync(join(site, 'feed.parts/forum/mesa-gobierno-abierto.json'), JSON.stringify(lying));
    writeFileSync(join(site, 'feed.parts/commitment/LEFTOVER.json'), '{}');

    const result = await runCli(['validate', site]);
    assert.equal(result.code, 1, result.stdout);
    assert.match(result.stdout, /error: missing: feed\.parts\/plan\/AP_CHL05\.json \(plan AP_CHL05\)/);
    assert.match(
      result.stdout,
      /error: stale, cut from another version of feed\.json: feed\.parts\/commitment\/CL0069\.json \(commitment CL0069\)/,
    );
    assert.match(result.stdout, /error: contradicts feed\.json: feed\.parts\/forum\/mesa-gobierno-abierto\.json/);
    assert.match(result.stdout, /warning: not a part of this feed: feed\.parts\/commitment\/LEFTOVER\.json/);
    assert.match(result.stdout, /3 published part\(s\) missing, stale or contradicting/);

    const json = JSON.parse((await runCli(['validate', site, '--json'])).stdout);
    assert.equal(json.valid, false);
    assert.deepEqual(json.published.problems.map((p: { code: string }) => p.code).sort(), [
      'contradicts',
      'extra',
      'missing',
      'stale',
    ]);
  });

  test('feed.json changed after publishing: every part and the index are stale', async () => {
    const site = await published('edited');
    const feed = JSON.parse(readFileSync(join(site, 'feed.json'), 'utf8'));
    feed.generatedAt = '2030-01-01T00:00:00Z';
    writeFileSync(join(site, 'feed.json'), JSON.stringify(feed));
    const result = await runCli(['validate', site, '--json']);
    assert.equal(result.code, 1);
    const { problems } = JSON.parse(result.stdout).published;
    assert.ok(
      problems.some((p: { path: string; code: string }) => p.path === 'feed.parts/index.json' && p.code === 'stale'),
    );
    assert.equal(problems.filter((p: { code: string }) => p.code === 'stale').length, 29);
  });

  test('a folder without parts is an error that says to publish', async () => {
    const site = join(temp.dir, 'bare');
    mkdirSync(site);
    writeFileSync(join(site, 'feed.json'), readFileSync(CHILE));
    const result = await runCli(['validate', site, '--lang', 'es']);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /no hay partes publicadas \(ejecute "ogp-embed publish"\): feed\.parts/);
  });
});
