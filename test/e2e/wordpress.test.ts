/**
 * The WordPress plugin in a real WordPress (Debian's packages, offline), in the two set-ups where
 * raw HTML is stripped: a multisite network (a site admin and an Editor) and a single site with
 * DISALLOW_UNFILTERED_HTML (an administrator and an Editor). The built zip is installed with
 * WordPress's own upgrader; posts are saved through the REST API as those users; the published
 * posts are opened in Chromium against a loopback feed server.
 * Needs `npm run build` and the packages named in test/e2e/helpers/wordpress.ts: without them it
 * fails with the install command, unless OGP_SKIP_WORDPRESS=1 says to skip it.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildProblem, BUILD_SOURCES } from '../../scripts/rollup/fresh-build.js';
import { launchChromium, SHADOW_TEXT_SCRIPT } from './helpers/browser.js';
import { ROOT } from './helpers/demo.js';
import { rest, startMariaDb, startSite, stop, stopSite, wordpressMissing, type Database, type Site } from './helpers/wordpress.js';

const ZIP = join(ROOT, 'packages/wordpress/dist/ogp-embed.zip');
const SKIP = process.env.OGP_SKIP_WORDPRESS === '1';
const FEED = readFileSync(join(ROOT, 'examples/feeds/chile.json'));
const ENTRY = 'ogp-embed/embed/ogp-embed.iife.js';

let root = '';
let db: Database | undefined;
let feedServer: Server | undefined;
let feedUrl = '';
let browser: Browser | undefined;
const sites: Site[] = [];
/** Paths the feed server was asked for. */
const feedRequests: string[] = [];

/** Each element the post holds, what it must show (from examples/feeds/chile.json), and how it got there. */
const SHOWN = [
  { selector: 'ogp-commitment[commitment="CL0081"]', text: 'Citizen Participation in the Virtual Congress', by: 'block' },
  { selector: 'ogp-plan[plan="AP_CHL06"]', text: '6th Open Government Action Plan', by: 'block' },
  { selector: 'ogp-agreements', text: 'Open Government Roundtable', by: 'block' },
  { selector: 'ogp-timeline[commitment="CL0081"]', text: 'Diagnóstico de incidencia del Congreso Virtual', by: 'block' },
  { selector: 'ogp-commitment[commitment="CL0074"]', text: 'Energy Poverty Platform', by: 'shortcode' },
  { selector: 'ogp-plan[plan="AP_CHL05"]', text: '5th Open Government Action Plan', by: 'shortcode' },
  { selector: 'ogp-timeline[commitment="CL0069"]', text: 'Informe de Diagnóstico de interoperabilidad', by: 'shortcode' },
  // Spanish: its words come from a language chunk, which must be in the plugin's folder too.
  { selector: 'ogp-commitment[lang="es"]', text: 'Fortalecimiento de la participación ciudadana en el Congreso Virtual', by: 'shortcode' },
] as const;
const LINK = 'https://www.opengovpartnership.org/members/chile/commitments/CL0081/';

/** Logs `user` in through wp-login.php's form. */
async function logIn(page: Page, site: Site, user: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${site.url}/wp-login.php`);
  await page.fill('#user_login', user);
  await page.fill('#user_pass', site.users[user]!.password);
  await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
}

function postContent(feed: string): string {
  const rawScript = `${feed.replace('/chile.json', '/raw-snippet.js')}`;
  return [
    '<!-- wp:paragraph --><p>Blocks:</p><!-- /wp:paragraph -->',
    `<!-- wp:ogp-embed/commitment {"id":"CL0081","link":"${LINK}"} /-->`,
    '<!-- wp:ogp-embed/plan {"id":"AP_CHL06","variant":"compact"} /-->',
    `<!-- wp:ogp-embed/agreements {"src":"${feed}"} /-->`,
    '<!-- wp:ogp-embed/timeline {"id":"CL0081","live":true} /-->',
    '<!-- wp:shortcode -->[ogp_commitment id="CL0074" variant="compact"]<!-- /wp:shortcode -->',
    `<!-- wp:shortcode -->[ogp_plan id="AP_CHL05" src="${feed}"]<!-- /wp:shortcode -->`,
    '<!-- wp:shortcode -->[ogp_timeline commitment="CL0069"]<!-- /wp:shortcode -->',
    '<!-- wp:shortcode -->[ogp_commitment id="CL0081" lang="es" variant="compact"]<!-- /wp:shortcode -->',
    // Hostile values: a script as id, javascript: as the feed, a quote to break out of an attribute.
    '<!-- wp:ogp-embed/commitment {"id":"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"} /-->',
    '<!-- wp:ogp-embed/commitment {"id":"CL0052","src":"javascript:alert(1)"} /-->',
    '<!-- wp:ogp-embed/plan {"id":"AP_CHL04\\u0022 onmouseover=\\u0022alert(1)"} /-->',
    '<!-- wp:shortcode -->[ogp_commitment id="CL0053" src="javascript:alert(1)"]<!-- /wp:shortcode -->',
    '<!-- wp:shortcode -->[ogp_commitment id="CL0066\' onclick=\'alert(1)"]<!-- /wp:shortcode -->',
    // The README's Custom HTML snippet, pasted by someone without unfiltered_html.
    `<!-- wp:html --><script src="${rawScript}"></script><ogp-commitment src="${feed}" commitment="CL0068"><a href="${feed}">raw snippet</a></ogp-commitment><!-- /wp:html -->`,
  ].join('\n\n');
}

before(async () => {
  if (SKIP) return;
  const missing = await wordpressMissing();
  if (missing) throw new Error(missing);
  const problem = buildProblem([ZIP], [...BUILD_SOURCES, 'packages/wordpress/ogp-embed'].map((source) => join(ROOT, source)));
  if (problem) throw new Error(`packages/wordpress/dist/ogp-embed.zip is ${problem}`);

  root = mkdtempSync(join(tmpdir(), 'ogp-wordpress-'));
  feedServer = createServer((request, response) => {
    feedRequests.push(request.url ?? '');
    const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-cache' };
    if (request.url?.startsWith('/feeds/chile.json')) {
      response.writeHead(200, { ...headers, 'content-type': 'application/json' }).end(FEED);
    } else {
      response.writeHead(404, headers).end();
    }
  });
  await new Promise<void>((resolve) => feedServer!.listen(0, '127.0.0.1', resolve));
  const feedPort = (feedServer.address() as { port: number }).port;
  feedUrl = `http://127.0.0.1:${feedPort}/feeds/chile.json`;

  db = await startMariaDb(root);
  // Both sites and the browser at once; whatever started is kept for `after` to stop, even if another failed.
  const started = await Promise.allSettled([
    startSite(root, db, 'multi', ZIP, feedPort).then((site) => sites.push(site)),
    startSite(root, db, 'single', ZIP, feedPort).then((site) => sites.push(site)),
    launchChromium().then((launched) => (browser = launched)),
  ]);
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
});

after(async () => {
  await browser?.close();
  for (const site of sites) await stopSite(site);
  await stop(db?.process);
  await new Promise((resolve) => (feedServer ? feedServer.close(resolve) : resolve(undefined)));
  if (root) rmSync(root, { recursive: true, force: true });
});

for (const mode of ['multi', 'single'] as const) {
  describe(`${mode === 'multi' ? 'a multisite network' : 'a single site with DISALLOW_UNFILTERED_HTML'}`, { skip: SKIP && 'OGP_SKIP_WORDPRESS=1' }, () => {
    const site = () => sites.find((s) => s.mode === mode)!;
    const admin = mode === 'multi' ? 'siteadmin' : 'admin';
    const posts: { user: string; id: number; link: string }[] = [];

    test('the users who write posts here cannot post raw HTML', () => {
      for (const [name, user] of Object.entries(site().users)) {
        assert.equal(user.unfilteredHtml, false, `${name} must not have unfiltered_html`);
        if (mode === 'multi') assert.equal(user.superAdmin, false, `${name} is not a super admin`);
      }
      assert.equal(site().users[admin]!.manageOptions, true);
    });

    test('the render function refuses hostile values on its own, not only because KSES stripped them', () => {
      const { hostile } = site();
      for (const name of ['script id', 'quote id', 'javascript src', 'data src', 'protocol-relative src']) {
        assert.equal(hostile[name], '', `${name}: no tag for readers`);
      }
      for (const name of ['javascript link', 'hostile lang', 'hostile variant']) {
        const html = hostile[name]!;
        assert.match(html, /^<ogp-commitment src="https:\/\/example\.org\/feed\.json" commitment="CL0069"/, name);
        assert.match(html, /^<ogp-commitment src="[^"]*" commitment="CL0069" lang="[\w-]+" variant="\w+"><a href="https:\/\/example\.org\/feed\.json">Commitment CL0069<\/a><\/ogp-commitment>$/, name);
      }
      assert.match(hostile['hostile lang']!, / lang="en-US"/);
      assert.match(hostile['hostile variant']!, / variant="card"/);
    });

    test('an Editor cannot open Settings → OGP embed; the admin saves the default feed there and reads the check in words', async () => {
      const context = await browser!.newContext();
      const page = await context.newPage();
      const login = (user: string) => logIn(page, site(), user);
      await login('editor');
      const refused = await page.goto(`${site().url}/wp-admin/options-general.php?page=ogp-embed`);
      assert.notEqual(refused?.status(), 200);
      assert.equal(await page.locator('#ogp-embed-feed').count(), 0);

      await login(admin);
      await page.goto(`${site().url}/wp-admin/options-general.php?page=ogp-embed`);
      assert.equal(await page.locator('input[name="_wpnonce"]').count(), 1, 'the form carries a nonce');
      await page.fill('#ogp-embed-feed', feedUrl);
      await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
      const check = await page.locator('#ogp-embed-feed-check').innerText();
      assert.match(check, /Last check: ready\./);
      assert.match(check, /schema version 1\.0, 3 action plans, 21 commitments/);
      assert.match(check, /Access-Control-Allow-Origin: \*/);
      assert.equal(await page.inputValue('#ogp-embed-feed'), feedUrl);

      // A forged post without the nonce changes nothing.
      const forged = await page.request.post(`${site().url}/wp-admin/options.php`, {
        form: { option_page: 'ogp_embed', action: 'update', 'ogp_embed_settings[feed]': 'https://evil.example/feed.json' },
      });
      assert.notEqual(forged.status(), 302);
      await page.goto(`${site().url}/wp-admin/options-general.php?page=ogp-embed`);
      assert.equal(await page.inputValue('#ogp-embed-feed'), feedUrl);
      await context.close();
    });

    test('posts saved through the REST API keep the blocks and shortcodes, and lose the raw snippet', async () => {
      for (const user of Object.keys(site().users)) {
        const saved = await rest(site(), user, '/wp/v2/posts', {
          method: 'POST',
          body: { title: `Cards by ${user}`, content: postContent(feedUrl), status: 'publish' },
        });
        assert.equal(saved.status, 201, JSON.stringify(saved.json));
        const { json } = await rest(site(), user, `/wp/v2/posts/${saved.json.id}&context=edit`);
        const raw: string = json.content.raw;
        assert.doesNotMatch(raw, /<script/i, `${user}: the pasted <script> is stripped`);
        assert.doesNotMatch(raw, /<ogp-commitment/i, `${user}: the pasted <ogp-commitment> is stripped`);
        for (const kept of ['wp:ogp-embed/commitment {"id":"CL0081"', 'wp:ogp-embed/plan {"id":"AP_CHL06"', 'wp:ogp-embed/agreements', 'wp:ogp-embed/timeline', '[ogp_commitment id="CL0074" variant="compact"]', '[ogp_plan id="AP_CHL05"', '[ogp_timeline commitment="CL0069"]']) {
          assert.ok(raw.includes(kept), `${user}: ${kept} is kept`);
        }
        posts.push({ user, id: saved.json.id, link: saved.json.link });
      }
    });

    test('each published post shows every card with the feed\'s data, loads the script once, and refuses the hostile values', async () => {
      for (const post of posts) {
        const page = await browser!.newPage();
        await page.addInitScript({ content: `${SHADOW_TEXT_SCRIPT}; window.__dialogs = 0; window.alert = () => { window.__dialogs++; };` });
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        const scripts: string[] = [];
        page.on('request', (request) => request.url().includes('/ogp-embed/embed/') && scripts.push(request.url()));
        await page.goto(`${site().url}/?p=${post.id}`);
        for (const { selector, text, by } of SHOWN) {
          await page.waitForFunction(
            `(() => { const e = document.querySelector(${JSON.stringify(selector)}); return e && window.shadowText(e).includes(${JSON.stringify(text)}); })()`,
            undefined,
            { timeout: 15_000 },
          ).catch(async () => {
            const shown = await page.evaluate(`(() => { const e = document.querySelector(${JSON.stringify(selector)}); return e ? window.shadowText(e) : 'no such element'; })()`);
            throw new Error(`${post.user}'s post, ${by} ${selector}: waited for "${text}"; it shows: ${JSON.stringify(shown)}`);
          });
        }
        assert.equal(await page.locator(`script[src*="${ENTRY}"]`).count(), 1, 'one script tag');
        assert.equal(scripts.filter((url) => url.includes(ENTRY)).length, 1, 'the script is fetched once');
        assert.ok(scripts.every((url) => url.startsWith(site().url)), `served by the site itself: ${scripts.join(', ')}`);
        const tags = await page.evaluate(`[...document.querySelectorAll('ogp-commitment, ogp-plan, ogp-agreements, ogp-timeline')].map((e) => e.outerHTML.slice(0, e.outerHTML.indexOf('>') + 1))`) as string[];
        assert.equal(tags.length, SHOWN.length, `only the valid blocks and shortcodes made tags: ${tags.join(' ')}`);
        for (const tag of tags) {
          assert.match(tag, new RegExp(`src="${feedUrl.replace(/[.?]/g, '\\$&')}"`));
          assert.match(tag, / lang="(en-US|es)"/, 'lang from the site\'s locale, or the one given');
          assert.doesNotMatch(tag, /javascript:|onmouseover|onclick/i);
        }
        const html = await page.content();
        assert.doesNotMatch(html, /CL0052|CL0053|CL0066|AP_CHL04|CL0068/, 'no trace of the refused or stripped tags');
        assert.equal(await page.evaluate('window.__dialogs'), 0);
        assert.deepEqual(errors, []);
        await page.close();
      }
      assert.ok(!feedRequests.some((path) => path.includes('raw-snippet')), 'the pasted script was never requested');
    });

    test('with scripts off, each tag holds its fallback link, written by the server', async () => {
      const context = await browser!.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${site().url}/?p=${posts[0]!.id}`);
      const link = page.locator('ogp-commitment[commitment="CL0081"]:not([lang="es"]) > a');
      assert.equal(await link.getAttribute('href'), LINK, 'the link given in the block');
      assert.equal(await link.innerText(), 'Commitment CL0081: Citizen Participation in the Virtual Congress', 'title from the checked feed');
      const plan = page.locator('ogp-plan[plan="AP_CHL06"] > a');
      assert.equal(await plan.getAttribute('href'), feedUrl, 'no page in the feed: the feed itself');
      assert.match(await plan.innerText(), /^Action plan AP_CHL06: 6th Open Government Action Plan/);
      assert.equal(await page.locator('ogp-commitment[commitment="CL0074"] > a').innerText(), 'Commitment CL0074: Energy Poverty Platform');
      assert.equal(await page.locator('ogp-agreements > a').innerText(), 'Forum agreements: Open Government Roundtable');
      assert.equal(await page.locator('ogp-commitment[lang="es"] > a').innerText(), 'Commitment CL0081: Fortalecimiento de la participación ciudadana en el Congreso Virtual', 'the title in the tag\'s language');
      await context.close();
    });

    test('the block editor previews the real element, with the feed\'s data, for an Editor', { skip: mode !== 'multi' && 'once is enough' }, async () => {
      const context = await browser!.newContext();
      const page = await context.newPage();
      await page.addInitScript({ content: SHADOW_TEXT_SCRIPT });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await logIn(page, site(), 'editor');
      const post = posts.find((p) => p.user === 'editor')!;
      await page.goto(`${site().url}/wp-admin/post.php?post=${post.id}&action=edit`);
      const preview = '.editor-styles-wrapper ogp-commitment[commitment="CL0081"]';
      await page.waitForFunction(
        `(() => { const e = document.querySelector(${JSON.stringify(preview)}); return e && window.shadowText(e).includes('Citizen Participation in the Virtual Congress'); })()`,
        undefined,
        { timeout: 30_000 },
      ).catch(async (error) => {
        // What the editor shows instead, so a failure says why.
        const state = await page.evaluate(`({ url: location.href, wrappers: document.querySelectorAll('.editor-styles-wrapper').length, iframes: document.querySelectorAll('iframe').length, tags: [...document.querySelectorAll('ogp-commitment')].map((e) => e.outerHTML.slice(0, 300) + ' => ' + window.shadowText(e)), blocks: document.querySelectorAll('[data-type^="ogp-embed"]').length, defined: !!customElements.get('ogp-commitment'), text: document.body.innerText.slice(0, 800) })`);
        throw new Error(`${error.message}\n${JSON.stringify(state, null, 1)}\n${errors.join('\n')}`);
      });
      // The sidebar: select the block (through the editor's own data store), read its fields.
      await page.evaluate(`(() => {
        const block = wp.data.select('core/block-editor').getBlocks().find((b) => b.name === 'ogp-embed/commitment');
        wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
        wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
      })()`);
      const sidebar = page.locator('.block-editor-block-inspector');
      await sidebar.getByLabel('Feed address').waitFor();
      assert.equal(await sidebar.getByLabel('Commitment id (e.g. CL0069)').inputValue(), 'CL0081');
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('a page without a block or shortcode gets no script', async () => {
      const page = await browser!.newPage();
      await page.goto(`${site().url}/?p=1`);
      assert.match(await page.title(), /Hello world/);
      assert.equal(await page.locator('script[src*="ogp-embed"]').count(), 0);
      await page.close();
    });
  });
}
