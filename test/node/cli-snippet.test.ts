/**
 * `ogp-embed snippet`, run as the real command: what a webmaster pastes is the script tag and the
 * element with its snapshot (its declarative shadow root, styles linked beside the script), in the
 * language asked for, every text of the feed escaped; an id not in the feed fails naming close ones.
 * The browser side (scripts off, the takeover without a shift) is test/e2e/snapshot.test.ts.
 */
import { createHash } from 'node:crypto';
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { hostileBody, hostileCase } from '../helpers/hostile-corpus.js';
import { ROOT, runCli, tempDir } from '../../packages/cli/test/run-cli.js';

const CHILE = join(ROOT, 'examples/feeds/chile.json');
const SCRIPT = 'https://static.example.gob/ogp/ogp-embed.js';

describe('snippet', () => {
  const temp = tempDir();
  after(() => temp.remove());

  test('a commitment: the script, then the element with its snapshot, readable without any script', async () => {
    const result = await runCli([
      'snippet',
      CHILE,
      '--commitment',
      'CL0081',
      '--src',
      'https://datos.example.gob/feed.json',
      '--script',
      SCRIPT,
    ]);
    assert.equal(result.code, 0, result.stderr);
    const [script, ...rest] = result.stdout.trimEnd().split('\n');
    assert.equal(script, `<script type="module" src="${SCRIPT}" async></script>`);
    const element = rest.join('\n');
    assert.match(
      element,
      /^<ogp-commitment lang="es" commitment="CL0081" src="https:\/\/datos\.example\.gob\/feed\.json" slices="none" snapshot="[^"]+"/,
    );
    assert.match(
      element,
      /<template shadowroot="open" shadowrootmode="open"><link rel="stylesheet" href="https:\/\/static\.example\.gob\/ogp\/ogp-commitment\.css">/,
    );
    // No <style> (a strict style-src refuses it), no script but the one tag.
    assert.doesNotMatch(element, /<style|<script/);
    for (const words of [
      'Compromiso 11',
      'Fortalecimiento de la participación ciudadana en el Congreso Virtual',
      'En curso',
      'Próximo hito',
      'Último reporte',
    ]) {
      assert.ok(element.includes(words), `the snapshot shows "${words}"`);
    }
    assert.match(element, /30\s%/, 'its progress');
    // The progress bar and the badge come with their own snapshots and sheets.
    assert.match(
      element,
      /<ogp-progress-bar[^>]*><template shadowroot="open" shadowrootmode="open"><link rel="stylesheet" href="https:\/\/static\.example\.gob\/ogp\/ogp-progress-bar\.css">/,
    );
    assert.ok(
      gzipSync(element).length <= 3000,
      `the snapshot adds ${gzipSync(element).length} B gzip to the page (≤ 3 KB)`,
    );
  });

  test('--inline-styles: every shadow root carries its styles, and the line names the CSP hashes that allow them', async () => {
    const result = await runCli([
      'snippet',
      CHILE,
      '--commitment',
      'CL0081',
      '--src',
      'feed.json',
      '--script',
      SCRIPT,
      '--inline-styles',
      '--lang',
      'en',
    ]);
    assert.equal(result.code, 0, result.stderr);
    const element = result.stdout.trimEnd().split('\n').slice(1).join('\n');
    // No sheet to wait for: the card's, the badge's and the bar's styles are in their shadow roots.
    assert.doesNotMatch(element, /<link/);
    const styles = [
      ...element.matchAll(/<template shadowroot="open" shadowrootmode="open"><style>([\s\S]*?)<\/style>/g),
    ];
    const roots = element.match(/<template shadowroot/g)!.length;
    assert.equal(styles.length, roots, 'every shadow root (the card, its badges, its bar) starts with its <style>');
    const hashes = [...new Set(styles.map((m) => m[1]!))].map(
      (css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`,
    );
    assert.equal(hashes.length, 3, 'one hash per element: the card, the badge, the bar');
    for (const hash of hashes) assert.ok(result.stderr.includes(hash), `${hash} named in: ${result.stderr}`);
    assert.match(result.stderr, /Content-Security-Policy allows them with: style-src 'sha256-/);
  });

  test('in the language asked for; live, a variant and a host without slices as attributes', async () => {
    for (const [lang, words] of [
      ['en', 'Commitment 11'],
      ['pt-BR', 'Compromisso 11'],
      ['fr', 'Engagement 11'],
    ]) {
      const result = await runCli(['snippet', CHILE, '--commitment', 'CL0081', '--lang', lang!, '--src', 'feed.json']);
      assert.equal(result.code, 0, result.stderr);
      assert.ok(result.stdout.includes(words!), `${lang}: "${words}"`);
      assert.match(result.stdout, new RegExp(`<ogp-commitment lang="${lang}"`));
    }
    const result = await runCli([
      'snippet',
      CHILE,
      '--commitment',
      'CL0081',
      '--src',
      'feed.json',
      '--live',
      '--variant',
      'compact',
      '--no-slices',
    ]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /<ogp-commitment [^>]*variant="compact"[^>]*slices="none"[^>]*\slive\s/);
    assert.match(result.stdout, /part="compact"/);
  });

  test('a plan (its summary and first page of cards), a forum and a timeline', async () => {
    const plan = await runCli(['snippet', CHILE, '--plan', 'AP_CHL05', '--src', 'feed.json']);
    assert.equal(plan.code, 0, plan.stderr);
    assert.match(plan.stdout, /<ogp-plan lang="es" plan="AP_CHL05"/);
    assert.ok(plan.stdout.includes('5° Plan de Acción de Gobierno Abierto'));
    assert.equal(plan.stdout.match(/<li><ogp-commitment /g)?.length, 6, 'the first page: its six cards');
    const forum = await runCli(['snippet', CHILE, '--forum', 'mesa-gobierno-abierto', '--src', 'feed.json']);
    assert.equal(forum.code, 0, forum.stderr);
    assert.match(forum.stdout, /<ogp-agreements lang="es" forum="mesa-gobierno-abierto"/);
    const timeline = await runCli(['snippet', CHILE, '--timeline', 'CL0081', '--src', 'feed.json']);
    assert.equal(timeline.code, 0, timeline.stderr);
    assert.match(timeline.stdout, /<ogp-timeline lang="es" commitment="CL0081"/);
  });

  test('an id not in the feed: an error naming the closest, nothing on stdout, exit 1', async () => {
    const result = await runCli(['snippet', CHILE, '--commitment', 'CL081', '--lang', 'en']);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /no commitment "CL081" in .*chile\.json; did you mean .*CL0081/);
    const none = await runCli(['snippet', CHILE, '--lang', 'en']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /one of --commitment <id>, --plan <id>, --forum <id>, --timeline <id>/);
  });

  test('hostile text in the feed is text: escaped, never markup; a dangerous link is not written', async () => {
    for (const id of ['markup-in-text', 'dangerous-links', 'bidi-and-control']) {
      const c = hostileCase(id);
      const file = join(temp.dir, `${id}.json`);
      writeFileSync(file, hostileBody(c));
      const result = await runCli([
        'snippet',
        file,
        '--commitment',
        c.element.commitment,
        '--src',
        'feed.json',
        '--lang',
        'en',
      ]);
      assert.equal(result.code, 0, `${id}: ${result.stderr}`);
      const out = result.stdout;
      assert.equal(out.match(/<script/gi)?.length, 1, `${id}: one script tag, ours`);
      assert.doesNotMatch(out, /<(img|iframe|object|embed|b|i|style)\b/i, `${id}: no element from the feed's text`);
      assert.doesNotMatch(out, /<[a-z][^<>]*\son\w+=/i, `${id}: no event handler attribute in any tag`);
      assert.doesNotMatch(out, /href="\s*(javascript|data|vbscript):/i, `${id}: no dangerous link`);
    }
  });

  test('from a published folder: its feed, and the element reads its slices', async () => {
    const site = join(temp.dir, 'site');
    assert.equal((await runCli(['publish', CHILE, '-o', site])).code, 0);
    const result = await runCli(['snippet', site, '--commitment', 'CL0069', '--lang', 'en']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /<ogp-commitment lang="en" commitment="CL0069" src="feed\.json"/);
    assert.doesNotMatch(result.stdout, /slices="none"/);
    assert.match(result.stderr, /no --src/);
    assert.doesNotMatch(result.stderr, /no published slices/);
    // The published feed.json read as a file: its feed.parts/ is beside it, so the element reads its slices too.
    const file = await runCli(['snippet', join(site, 'feed.json'), '--commitment', 'CL0069', '--src', 'feed.json']);
    assert.doesNotMatch(file.stdout, /slices="none"/);
  });

  test('a feed with no slices beside it: the element looks for none (no 404 lines on the page), and the webmaster is told', async () => {
    // examples/feeds/chile.json has no chile.parts/ beside it.
    const result = await runCli([
      'snippet',
      CHILE,
      '--commitment',
      'CL0081',
      '--src',
      'https://datos.example.gob/feed.json',
      '--lang',
      'en',
    ]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /<ogp-commitment [^>]*slices="none"/);
    assert.match(result.stderr, /no published slices beside .*chile\.json: the element reads the whole feed/);
  });

  test('publish writes each snapshot beside its slice, per language; validate holds them to the whole', async () => {
    const site = join(temp.dir, 'site-snapshots');
    assert.equal((await runCli(['publish', CHILE, '-o', site])).code, 0);
    const commitments = readdirSync(join(site, 'feed.parts/commitment'));
    // Chile's feed speaks Spanish and English: two snapshots beside each commitment's slice.
    assert.ok(
      commitments.includes('CL0081.json') &&
        commitments.includes('CL0081.es.html') &&
        commitments.includes('CL0081.en.html'),
    );
    assert.equal(
      commitments.filter((name) => name.endsWith('.html')).length,
      2 * commitments.filter((name) => name.endsWith('.json')).length,
    );
    const card = readFileSync(join(site, 'feed.parts/commitment/CL0081.es.html'), 'utf8');
    // What goes inside the page's own <ogp-commitment> tag: the declarative shadow root, sheets by file name.
    assert.match(
      card,
      /^<template shadowroot="open" shadowrootmode="open"><link rel="stylesheet" href="ogp-commitment\.css">/,
    );
    assert.ok(card.includes('Compromiso 11') && card.includes('En curso'));
    assert.ok(readdirSync(join(site, 'feed.parts/plan')).includes('AP_CHL05.en.html'));
    assert.ok(readdirSync(join(site, 'feed.parts/forum')).includes('mesa-gobierno-abierto.es.html'));
    const valid = await runCli(['validate', site, '--lang', 'en']);
    assert.equal(valid.code, 0, valid.stdout + valid.stderr);
    // A snapshot that says something else than the whole, and one missing: errors naming them.
    writeFileSync(join(site, 'feed.parts/commitment/CL0081.es.html'), card.replace('En curso', 'Completado'));
    rmSync(join(site, 'feed.parts/plan/AP_CHL05.en.html'));
    const broken = await runCli(['validate', site, '--lang', 'en']);
    assert.equal(broken.code, 1, broken.stdout);
    assert.match(broken.stdout, /contradicts feed\.json: feed\.parts\/commitment\/CL0081\.es\.html/);
    assert.match(broken.stdout, /missing: feed\.parts\/plan\/AP_CHL05\.en\.html/);
  });
});
