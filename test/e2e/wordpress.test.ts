/**
 * The WordPress plugin in a real WordPress (Debian's packages, offline): the oldest it supports
 * (bookworm's 6.1.9, the plugin's "Requires at least") and a current one (sid's 7.1.4, fetched by
 * test/e2e/helpers/wordpress-current.sh), each in the two set-ups where raw HTML is stripped: a
 * multisite network (a site admin and an Editor) and a single site with DISALLOW_UNFILTERED_HTML
 * (an administrator and an Editor). Each WordPress is started once, all four at the same time. The
 * built zip is installed with WordPress's own upgrader over what a 0.1.0 install left; posts are
 * saved through the REST API as those users; pages are opened in Chromium against a loopback
 * feed server, which also plays a hostile feed host, and serves the snapshots `publish` writes (one
 * made hostile) so that readers with scripts off read the cards.
 * Needs `npm run build`. Without PHP, MariaDB or a WordPress tree it is skipped with one line naming
 * what is missing and the command that installs it; with OGP_REQUIRE_WORDPRESS=1 (CI) that is a
 * failure instead. OGP_SKIP_WORDPRESS=1 skips it on purpose.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { parseFeed } from '@ogp-embed/sdk';
import { snapshotFiles } from '../../packages/cli/src/publish/snapshots.js';
import { buildProblem, BUILD_SOURCES } from '../../scripts/rollup/fresh-build.js';
import { launchChromium, SHADOW_TEXT_SCRIPT } from './helpers/browser.js';
import { ROOT } from './helpers/demo.js';
import {
  rest,
  sitePhp,
  startMariaDb,
  startSite,
  stop,
  stopSite,
  wordpressMissing,
  type Database,
  type Site,
  type WordPressTree,
} from './helpers/wordpress.js';

const ZIP = join(ROOT, 'packages/wordpress/dist/ogp-embed.zip');
const FEED = readFileSync(join(ROOT, 'examples/feeds/chile.json'));
const ENTRY = 'ogp-embed/embed/ogp-embed.iife.js';
/** What a hostile (or compromised, or intercepted: http:// feeds are allowed) feed host sends as its CORS header. */
const INJECTED_ORIGIN = '<img src=x onerror="window.ogpInjected=1">';
/**
 * Markup a hostile feed host slips into a published snapshot (the plan AP_CHL05's, in English):
 * script, handlers, a `javascript:` link, styles and a foreign style sheet, a shortcode, and a
 * title that is escaped text. Only the text may reach readers, as text.
 */
const HOSTILE_SNAPSHOT_PARTS = [
  '<script>window.ogpInjected=1</script>',
  '<img src=x onerror="window.ogpInjected=1">',
  '<a href="javascript:window.ogpInjected=1" onclick="window.ogpInjected=1">hostile link</a>',
  '<style>* { display: none }</style>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<iframe src="https://evil.example/"></iframe>',
  '<p part="hostile" style="position:fixed" onmouseover="window.ogpInjected=1">[ogp_commitment id="CL0069"] &lt;img src=x onerror=alert(1)&gt;</p>',
].join('');
/** Snapshots by path on the feed server (`/feeds/chile.parts/…`), written in `before` by the CLI's own renderer. */
const snapshots = new Map<string, Buffer>();
const MODES = ['multi', 'single'] as const;
/** For a developer's quicker run: only the sites whose "<version> <mode>" contains this, e.g. `7.1.4 multi`. */
const ONLY = process.env.OGP_WORDPRESS_ONLY ?? '';
const wanted = (version: string, mode: string) => `${version} ${mode}`.includes(ONLY);

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
  {
    selector: 'ogp-commitment[commitment="CL0081"]',
    text: 'Citizen Participation in the Virtual Congress',
    by: 'block',
  },
  { selector: 'ogp-plan[plan="AP_CHL06"]', text: '6th Open Government Action Plan', by: 'block' },
  { selector: 'ogp-agreements', text: 'Open Government Roundtable', by: 'block' },
  {
    selector: 'ogp-timeline[commitment="CL0081"]',
    text: 'Diagnóstico de incidencia del Congreso Virtual',
    by: 'block',
  },
  { selector: 'ogp-commitment[commitment="CL0074"]', text: 'Energy Poverty Platform', by: 'shortcode' },
  { selector: 'ogp-plan[plan="AP_CHL05"]', text: '5th Open Government Action Plan', by: 'shortcode' },
  {
    selector: 'ogp-timeline[commitment="CL0069"]',
    text: 'Informe de Diagnóstico de interoperabilidad',
    by: 'shortcode',
  },
  // Spanish: its words come from a language chunk, which must be in the plugin's folder too.
  {
    selector: 'ogp-commitment[lang="es"]',
    text: 'Fortalecimiento de la participación ciudadana en el Congreso Virtual',
    by: 'shortcode',
  },
] as const;
const LINK = 'https://www.opengovpartnership.org/members/chile/commitments/CL0081/';

/** What can run here, and what cannot (one line each), decided before any test is declared. */
const SKIP = process.env.OGP_SKIP_WORDPRESS === '1';
const REQUIRE = process.env.OGP_REQUIRE_WORDPRESS === '1';
const { trees, missing } = SKIP ? { trees: [] as WordPressTree[], missing: [] } : await wordpressMissing();
if (SKIP || missing.length > 0) {
  const why = SKIP ? 'OGP_SKIP_WORDPRESS=1' : `missing ${missing.join('; ')}`;
  const name = trees.length > 0 ? 'the plugin in every WordPress it is tested on' : 'the plugin in a real WordPress';
  // One line in the report; in CI (OGP_REQUIRE_WORDPRESS=1) a failure rather than a skip.
  if (REQUIRE) test(name, () => assert.fail(`OGP_REQUIRE_WORDPRESS=1, but ${why}`));
  else test(name, { skip: `skipped: ${why}` }, () => {});
}

/** Logs `user` in through wp-login.php's form, landing on `then` (an admin page) rather than the heavy dashboard. */
async function logIn(page: Page, site: Site, user: string, then: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${site.url}/wp-login.php?redirect_to=${encodeURIComponent(`${site.url}/wp-admin/${then}`)}`);
  await page.fill('#user_login', user);
  await page.fill('#user_pass', site.users[user]!.password);
  await Promise.all([page.waitForURL(/wp-admin/, { waitUntil: 'domcontentloaded' }), page.click('#wp-submit')]);
}

/**
 * A browser context whose waits allow for a machine shared with other work (several WordPress
 * servers and Chromium on two cores): a slow page is not a failure, a missing one still is.
 */
async function newContext(options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser!.newContext(options);
  context.setDefaultTimeout(60_000);
  context.setDefaultNavigationTimeout(90_000);
  return context;
}
async function newPage(): Promise<Page> {
  return (await newContext()).newPage();
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

/**
 * Evaluates `expression` in each frame of `page` (the 7.x editor's canvas is an iframe) until one
 * gives a truthy value; returns it and its frame. `shadowText` is defined in the expression's scope.
 */
async function inSomeFrame(
  page: Page,
  expression: string,
  what: string,
  timeout = 90_000,
): Promise<{ frame: Frame; value: unknown }> {
  const deadline = Date.now() + timeout;
  const script = `(() => { ${SHADOW_TEXT_SCRIPT.replace('window.shadowText =', 'const shadowText =')}; return (${expression}); })()`;
  for (;;) {
    for (const frame of page.frames()) {
      const value = await frame.evaluate(script).catch(() => undefined);
      if (value) return { frame, value };
    }
    if (Date.now() > deadline) {
      // What each frame shows instead, so a failure says why.
      const seen = await Promise.all(
        page
          .frames()
          .map((frame) =>
            frame
              .evaluate(
                `(() => { ${SHADOW_TEXT_SCRIPT}; return { url: location.href.slice(0, 80), tags: [...document.querySelectorAll('ogp-commitment, ogp-plan, .ogp-embed-placeholder, .ogp-embed-refused')].map((e) => e.outerHTML.slice(0, 160) + ' => ' + (e.shadowRoot ? window.shadowText(e).slice(0, 120) : 'no shadow root')), defined: !!customElements.get('ogp-commitment'), embedScript: !!document.querySelector('script[src*="ogp-embed.iife"]') }; })()`,
              )
              .catch((error: Error) => error.message),
          ),
      );
      throw new Error(`waited ${timeout / 1000} s for ${what}; the frames show: ${JSON.stringify(seen, null, 1)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

if (trees.length > 0) {
  before(async () => {
    const problem = buildProblem(
      [ZIP],
      [...BUILD_SOURCES, 'packages/wordpress/ogp-embed'].map((source) => join(ROOT, source)),
    );
    if (problem) throw new Error(`packages/wordpress/dist/ogp-embed.zip is ${problem}`);

    root = mkdtempSync(join(tmpdir(), 'ogp-wordpress-'));
    // What `ogp-embed publish` writes beside chile.json, served under its name (chile.parts/).
    const parsed = parseFeed(JSON.parse(FEED.toString('utf8')));
    assert.ok(parsed.ok);
    for (const file of await snapshotFiles(parsed.feed))
      snapshots.set(`/feeds/${file.path.replace(/^feed\.parts\//, 'chile.parts/')}`, file.bytes);
    const hostilePath = '/feeds/chile.parts/plan/AP_CHL05.en.html';
    const genuine = snapshots.get(hostilePath)!.toString('utf8');
    snapshots.set(hostilePath, Buffer.from(genuine.replace(/(<template[^>]*>)/, `$1${HOSTILE_SNAPSHOT_PARTS}`)));
    feedServer = createServer((request, response) => {
      feedRequests.push(request.url ?? '');
      const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-cache' };
      if (request.url?.startsWith('/feeds/chile.json')) {
        response.writeHead(200, { ...headers, 'content-type': 'application/json' }).end(FEED);
      } else if (snapshots.has(request.url ?? '')) {
        response.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(snapshots.get(request.url!));
      } else if (request.url?.startsWith('/feeds/hostile-cors.json')) {
        response
          .writeHead(200, { 'access-control-allow-origin': INJECTED_ORIGIN, 'content-type': 'application/json' })
          .end(FEED);
      } else {
        response.writeHead(404, headers).end();
      }
    });
    await new Promise<void>((resolve) => feedServer!.listen(0, '127.0.0.1', resolve));
    const feedPort = (feedServer.address() as { port: number }).port;
    feedUrl = `http://127.0.0.1:${feedPort}/feeds/chile.json`;

    db = await startMariaDb(root);
    // Every site and the browser at once; whatever started is kept for `after` to stop, even if another failed.
    const started = await Promise.allSettled([
      ...trees.flatMap((tree) =>
        MODES.filter((mode) => wanted(tree.version, mode)).map((mode) =>
          startSite(root, db!, tree, mode, ZIP, feedPort).then((site) => sites.push(site)),
        ),
      ),
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
}

// The four sites' tests side by side (each site's own tests in order): most of the time is waiting.
if (trees.length > 0)
  describe('the plugin in a real WordPress', { concurrency: true }, () => {
    for (const tree of trees) {
      for (const mode of MODES.filter((m) => wanted(tree.version, m))) {
        const setUp = mode === 'multi' ? 'a multisite network' : 'a single site with DISALLOW_UNFILTERED_HTML';
        // In order: each test builds on the one before (saved settings, posts), and the last deletes the plugin.
        describe(`WordPress ${tree.version}, ${setUp}`, { concurrency: 1 }, () => {
          const site = () => sites.find((s) => s.mode === mode && s.version === tree.version)!;
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
              assert.match(
                html,
                /^<ogp-commitment src="[^"]*" commitment="CL0069" lang="[\w-]+" variant="\w+"><span>Commitment CL0069<\/span><\/ogp-commitment>$/,
                name,
              );
            }
            assert.match(hostile['hostile lang']!, / lang="en-US"/);
            assert.match(hostile['hostile variant']!, / variant="card"/);
          });

          test('with no feed set, a shortcode shows visitors nothing and Editors why, without breaking its paragraph', () => {
            const { visitor, editor } = site().notices;
            assert.equal(visitor.trim(), '<p>Before  after.</p>', 'nothing for visitors');
            assert.match(
              editor,
              /^<p>Before <span class="ogp-embed-refused" role="note">Open Government Embed \(only editors see this\): No feed address: [^<]*set a default one in Settings → Open Government Embed\.<\/span> after\.<\/p>\s*$/,
              'one paragraph, the notice a <span> inside it',
            );
          });

          test('the script address a 0.1.0 install stored is deleted on upgrade, and the settings page has no such field', async () => {
            await fetch(`${site().url}/`);
            const options = await sitePhp(site(), 'options');
            assert.deepEqual(options['1'].ogp_embed_settings, { feed: '' }, 'only the feed is kept');
          });

          test('Settings → OGP embed: an Editor cannot open it; the admin reads every check in words, and a hostile CORS header runs nothing', async () => {
            const context = await newContext();
            const page = await context.newPage();
            const dialogs: string[] = [];
            page.on('dialog', (dialog) => {
              dialogs.push(dialog.message());
              void dialog.dismiss();
            });
            const settings = `${site().url}/wp-admin/options-general.php?page=ogp-embed`;
            await logIn(page, site(), 'editor', 'profile.php');
            const refused = await page.goto(settings);
            assert.notEqual(refused?.status(), 200);
            assert.equal(await page.locator('#ogp-embed-feed').count(), 0);

            await logIn(page, site(), admin, 'options-general.php?page=ogp-embed');
            /** Saves `value` as the default feed; the notice WordPress shows, and the check's paragraph. */
            const save = async (value: string) => {
              await page.goto(settings);
              await page.fill('#ogp-embed-feed', value);
              await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
              const notice = page.locator('#setting-error-ogp-embed-feed');
              const check = page.locator('#ogp-embed-feed-check');
              return {
                notice: (await notice.count()) ? await notice.innerText() : '',
                check: (await check.count()) ? await check.innerText() : '',
              };
            };
            assert.equal(
              await page.goto(settings).then(() => page.locator('input[name="_wpnonce"]').count()),
              1,
              'the form carries a nonce',
            );
            assert.equal(
              await page.locator('input[name*="cdn_url"], input[name*="script_source"]').count(),
              0,
              'no script address to set',
            );

            // The header injection: the feed host's Access-Control-Allow-Origin is markup.
            const hostile = await save(feedUrl.replace('chile.json', 'hostile-cors.json'));
            assert.equal(await page.evaluate('window.ogpInjected'), undefined, "the header's script did not run");
            assert.equal(await page.locator('.wrap img, .notice img').count(), 0, 'no element made from the header');
            assert.doesNotMatch(hostile.notice + hostile.check, /onerror|<img/, 'the header is not quoted');
            assert.match(hostile.notice, /Access-Control-Allow-Origin header is neither \* nor a site's address/);

            // Why an address is refused; the previous one kept.
            const refusedAddress = await save('//evil.example/feed.json');
            assert.match(
              refusedAddress.notice,
              /not saved: it starts with \/\/: write https:\/\/ in front of it\. The previous one was kept\./,
            );
            assert.equal(await page.inputValue('#ogp-embed-feed'), feedUrl.replace('chile.json', 'hostile-cors.json'));

            // A path on this site, as the FAQ says.
            mkdirSync(join(site().dir, 'feeds'), { recursive: true });
            writeFileSync(join(site().dir, 'feeds/chile.json'), FEED);
            const path = await save('/feeds/chile.json');
            assert.match(path.check, /Last check: ready\./);
            assert.match(path.check, /It is on this site, so readers' browsers need no CORS header/);

            const good = await save(feedUrl);
            assert.match(good.check, /Last check: ready\./);
            assert.match(good.check, /schema version 1\.0, 3 action plans, 21 commitments/);
            assert.match(good.check, /Access-Control-Allow-Origin: \*/);
            assert.equal(await page.inputValue('#ogp-embed-feed'), feedUrl);

            // A forged post without the nonce changes nothing.
            const forged = await page.request.post(`${site().url}/wp-admin/options.php`, {
              form: {
                option_page: 'ogp_embed',
                action: 'update',
                'ogp_embed_settings[feed]': 'https://evil.example/feed.json',
              },
            });
            assert.notEqual(forged.status(), 302);
            await page.goto(settings);
            assert.equal(await page.inputValue('#ogp-embed-feed'), feedUrl);
            assert.deepEqual(dialogs, []);
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
              for (const kept of [
                'wp:ogp-embed/commitment {"id":"CL0081"',
                'wp:ogp-embed/plan {"id":"AP_CHL06"',
                'wp:ogp-embed/agreements',
                'wp:ogp-embed/timeline',
                '[ogp_commitment id="CL0074" variant="compact"]',
                '[ogp_plan id="AP_CHL05"',
                '[ogp_timeline commitment="CL0069"]',
              ]) {
                assert.ok(raw.includes(kept), `${user}: ${kept} is kept`);
              }
              posts.push({ user, id: saved.json.id, link: saved.json.link });
            }
          });

          test("each published post shows every card with the feed's data, loads the script once from the site, and refuses the hostile values", async () => {
            for (const post of posts) {
              const page = await newPage();
              await page.addInitScript({
                content: `${SHADOW_TEXT_SCRIPT}; window.__dialogs = 0; window.alert = () => { window.__dialogs++; };`,
              });
              const errors: string[] = [];
              page.on('pageerror', (error) => errors.push(error.message));
              const scripts: string[] = [];
              page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
              await page.goto(`${site().url}/?p=${post.id}`);
              for (const { selector, text, by } of SHOWN) {
                await page
                  .waitForFunction(
                    `(() => { const e = document.querySelector(${JSON.stringify(selector)}); return e && !e.hasAttribute('snapshot') && window.shadowText(e).includes(${JSON.stringify(text)}); })()`,
                    undefined,
                    { timeout: 45_000 },
                  )
                  .catch(async () => {
                    const shown = await page.evaluate(
                      `(() => { const e = document.querySelector(${JSON.stringify(selector)}); return e ? window.shadowText(e) : 'no such element'; })()`,
                    );
                    throw new Error(
                      `${post.user}'s post, ${by} ${selector}: waited for "${text}"; it shows: ${JSON.stringify(shown)}`,
                    );
                  });
              }
              assert.equal(await page.locator(`script[src*="${ENTRY}"]`).count(), 1, 'one script tag');
              assert.equal(scripts.filter((url) => url.includes(ENTRY)).length, 1, 'the script is fetched once');
              const elsewhere = scripts.filter(
                (url) => !url.startsWith(site().url) && !url.startsWith(`blob:${site().url}/`),
              );
              assert.deepEqual(elsewhere, [], 'every script is served by the site itself (not the old CDN address)');
              const tags = (await page.evaluate(
                `[...document.querySelectorAll('ogp-commitment, ogp-plan, ogp-agreements, ogp-timeline')].map((e) => e.outerHTML.slice(0, e.outerHTML.indexOf('>') + 1))`,
              )) as string[];
              assert.equal(
                tags.length,
                SHOWN.length,
                `only the valid blocks and shortcodes made tags: ${tags.join(' ')}`,
              );
              for (const tag of tags) {
                assert.match(tag, new RegExp(`src="${feedUrl.replace(/[.?]/g, '\\$&')}"`));
                assert.match(
                  tag,
                  / lang="(en-US|en|es)"/,
                  "lang from the site's locale, the one given, or its snapshot's",
                );
                assert.doesNotMatch(tag, /javascript:|onmouseover|onclick/i);
              }
              const html = await page.content();
              assert.doesNotMatch(
                html,
                /CL0052|CL0053|CL0066|AP_CHL04|CL0068/,
                'no trace of the refused or stripped tags',
              );
              assert.equal(await page.evaluate('window.__dialogs'), 0);
              assert.equal(
                await page.evaluate('window.ogpInjected'),
                undefined,
                "the hostile snapshot's script never ran",
              );
              assert.deepEqual(errors, []);
              await page.context().close();
            }
            assert.ok(
              !feedRequests.some((path) => path.includes('raw-snippet')),
              'the pasted script was never requested',
            );
          });

          test('with scripts off, readers see the published card (title, verdict), hostile markup in it stripped, and the fallback link', async () => {
            const context = await newContext({ javaScriptEnabled: false });
            const page = await context.newPage();
            await page.goto(`${site().url}/?p=${posts[0]!.id}`);
            // The card itself, from the snapshot beside the feed (includes/snapshot.php), in a declarative shadow root.
            const card = page.locator('ogp-commitment[commitment="CL0081"]:not([lang="es"])');
            assert.equal(await card.getAttribute('snapshot'), '', 'written with its snapshot');
            assert.equal(await card.getAttribute('lang'), 'en', "the snapshot's language (the site's en-US has none)");
            assert.equal(
              await card.locator('[part="title"]').innerText(),
              'Citizen Participation in the Virtual Congress',
            );
            assert.equal(await card.locator('[part="status"] [part="label"]').first().innerText(), 'In progress');
            const sheets = await card
              .locator('link[rel="stylesheet"]')
              .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
            assert.ok(sheets.length >= 2, 'a sheet for the card and one for each element inside it');
            for (const sheet of new Set(sheets)) {
              assert.match(
                sheet,
                /\/wp-content\/plugins\/ogp-embed\/embed\/ogp-[a-z-]+\.css\?/,
                "the plugin's own sheet",
              );
              assert.equal((await page.request.get(sheet)).status(), 200, sheet);
            }
            // The hostile snapshot: its markup gone, its text still text, the rest of the plan's card there.
            const plan = page.locator('ogp-plan[plan="AP_CHL05"]');
            assert.equal(await plan.getAttribute('snapshot'), '');
            assert.match(
              await plan.locator('[part="hostile"]').innerText(),
              /^\[ogp_commitment id=.CL0069.\] <img src=x onerror=alert\(1\)>$/,
              'text stays text (and a shortcode in it runs nothing)',
            );
            assert.equal(
              await plan.locator('script, img, iframe, style, [style], [onclick], [onmouseover]').count(),
              0,
            );
            assert.equal(await plan.locator('a[href*="javascript:"]').count(), 0);
            assert.match(await plan.locator('[part="title"]').first().innerText(), /5th Open Government Action Plan/);
            assert.doesNotMatch(await page.content(), /evil\.example|onerror="|<script>window/);
            const link = page.locator('ogp-commitment[commitment="CL0081"]:not([lang="es"]) > a');
            assert.equal(await link.getAttribute('href'), LINK, 'the link given in the block');
            assert.equal(
              await link.innerText(),
              'Commitment CL0081: Citizen Participation in the Virtual Congress',
              'title from the checked feed',
            );
            // No page in the feed for this plan: its title as plain text, not a link to the feed's JSON.
            assert.equal(await page.locator('ogp-plan[plan="AP_CHL06"] a').count(), 0);
            assert.match(
              await page.locator('ogp-plan[plan="AP_CHL06"]').innerText(),
              /^Action plan AP_CHL06: 6th Open Government Action Plan/,
            );
            assert.equal(
              await page.locator('ogp-commitment[commitment="CL0074"]').innerText(),
              'Commitment CL0074: Energy Poverty Platform',
            );
            // With its snapshot (the feed's first forum), and the fallback kept for browsers without declarative shadow DOM.
            assert.equal(
              await page.locator('ogp-agreements > span').innerText(),
              'Forum agreements: Open Government Roundtable',
            );
            assert.match(await page.locator('ogp-agreements [part="title"]').innerText(), /Open Government Roundtable/);
            assert.equal(
              await page.locator('ogp-commitment[lang="es"]').innerText(),
              'Commitment CL0081: Fortalecimiento de la participación ciudadana en el Congreso Virtual',
              "the title in the tag's language",
            );
            await context.close();
          });

          test(
            "the block editor shows the real card inside its canvas, and a new block offers the feed's ids",
            { skip: mode !== 'multi' && 'once per WordPress version' },
            async () => {
              const context = await newContext();
              const page = await context.newPage();
              const errors: string[] = [];
              const deprecations: string[] = [];
              page.on('pageerror', (error) => errors.push(error.message));
              page.on(
                'console',
                (message) => /apiVersion|API version/.test(message.text()) && deprecations.push(message.text()),
              );
              const post = posts.find((p) => p.user === 'editor')!;
              await logIn(page, site(), 'editor', `post.php?post=${post.id}&action=edit`);
              const card = (selector: string, text: string) =>
                `(() => { const e = document.querySelector(${JSON.stringify(`.editor-styles-wrapper ${selector}`)}); return !!e && !!customElements.get(e.localName) && shadowText(e).includes(${JSON.stringify(text)}); })()`;
              const { frame: canvas } = await inSomeFrame(
                page,
                card('ogp-commitment[commitment="CL0081"]', 'Citizen Participation in the Virtual Congress'),
                "the saved block's card in the editor",
              );
              if (Number.parseFloat(tree.version) >= 7)
                assert.notEqual(
                  canvas,
                  page.mainFrame(),
                  'on 7.x the canvas is an iframe, and the card is defined inside it',
                );

              // A new block: the canvas asks for the id, offering the feed's.
              await page.evaluate(`(() => {
            const block = wp.blocks.createBlock('ogp-embed/commitment');
            wp.data.dispatch('core/block-editor').insertBlocks(block);
            wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
          })()`);
              const picker = canvas.locator('.ogp-embed-pick select');
              await picker.locator('option[value="CL0074"]').waitFor({ state: 'attached' });
              assert.match(
                await picker.locator('option[value="CL0074"]').innerText(),
                /CL0074.*Energy Poverty Platform/,
              );
              await picker.selectOption('CL0074');
              await inSomeFrame(
                page,
                card('ogp-commitment[commitment="CL0074"]', 'Energy Poverty Platform'),
                "the picked commitment's card",
              );

              // The sidebar: select the saved block, read its fields.
              await page.evaluate(`(() => {
            const block = wp.data.select('core/block-editor').getBlocks().find((b) => b.name === 'ogp-embed/commitment' && b.attributes.id === 'CL0081');
            wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
            (wp.data.dispatch('core/editor').openGeneralSidebar ?? wp.data.dispatch('core/edit-post').openGeneralSidebar)('edit-post/block');
          })()`);
              const sidebar = page.locator('.block-editor-block-inspector');
              await sidebar.getByLabel('Feed address').waitFor();
              assert.equal(await sidebar.getByLabel('Commitment id (e.g. CL0069)').inputValue(), 'CL0081');
              assert.deepEqual(errors, []);
              assert.deepEqual(deprecations, [], 'no block registered with an old API version');
              await context.close();
            },
          );

          test('a page without a block or shortcode gets no script', async () => {
            const page = await newPage();
            await page.goto(`${site().url}/?p=1`);
            assert.match(await page.title(), /Hello world/);
            assert.equal(await page.locator('script[src*="ogp-embed"]').count(), 0);
            await page.context().close();
          });

          test('what the server stored of the default feed is refreshed daily', async () => {
            const refreshed = await sitePhp(site(), 'refresh');
            assert.equal(refreshed.scheduled, true, 'a daily refresh is scheduled once a default feed is set');
            assert.ok(refreshed.checkedAt > 0 && refreshed.ok, 'the feed was checked again');
            assert.notEqual(refreshed.title, 'stale', 'the titles follow the feed');
          });

          test('deleting the plugin deletes its files and options, on every site of a network', async () => {
            const { files, options } = await sitePhp(site(), 'uninstall');
            assert.equal(files, false);
            assert.deepEqual(options, {}, 'no ogp_embed option or transient left');
          });
        });
      }
    }
  });
