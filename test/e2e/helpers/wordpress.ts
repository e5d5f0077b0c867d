/**
 * A real WordPress for the plugin's end-to-end test, from Debian's packages, offline: a private
 * MariaDB on a socket in a temp folder, copies of /usr/share/wordpress with their own
 * wp-config.php, installed from PHP (wordpress-site.php), served by `php -S` on 127.0.0.1.
 * Everything this starts is stopped by its PID; everything it writes is in one temp folder.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
const SETUP_PHP = fileURLToPath(new URL('./wordpress-site.php', import.meta.url));
const CURRENT_SCRIPT = fileURLToPath(new URL('./wordpress-current.sh', import.meta.url));

/** A WordPress to test on: Debian bookworm's (the oldest the plugin supports) and sid's (current). */
export interface WordPressTree {
  version: string;
  source: string;
  theme: string;
  /** What installs it, for the one line a missing tree gets. */
  install: string;
}

export const OLDEST: Omit<WordPressTree, 'version'> = {
  source: '/usr/share/wordpress',
  theme: 'twentytwentyone',
  install:
    'apt-get install -y --no-install-recommends wordpress wordpress-theme-twentytwentyone php-cli php-mysql mariadb-server',
};
export const CURRENT: Omit<WordPressTree, 'version'> = {
  source: process.env.OGP_WORDPRESS_CURRENT ?? '/tmp/ogp-wordpress-current/root/usr/share/wordpress',
  theme: 'twentytwentyfive',
  install: `${relative(process.cwd(), CURRENT_SCRIPT)} (downloads Debian sid's wordpress into /tmp/ogp-wordpress-current)`,
};
export const INSTALL_COMMAND = OLDEST.install;

/** The WordPress version a tree holds, from wp-includes/version.php; undefined when it is not there. */
export function wordpressVersion(source: string): string | undefined {
  const file = join(source, 'wp-includes/version.php');
  if (!existsSync(file)) return undefined;
  return /\$wp_version = '([^']+)'/.exec(readFileSync(file, 'utf8'))?.[1];
}

/**
 * What is missing to run a real WordPress here: the tools every site needs (PHP, MariaDB) and each
 * WordPress tree, with the command that installs it. Empty when nothing is.
 */
export async function wordpressMissing(): Promise<{ trees: WordPressTree[]; missing: string[] }> {
  const tools: string[] = [];
  for (const command of ['php', 'mariadbd', 'mariadb-install-db', 'mariadb-admin', 'mariadb']) {
    const found = await run('sh', ['-c', `command -v ${command} || test -x /usr/sbin/${command}`]).then(
      () => true,
      () => false,
    );
    if (!found) tools.push(command);
  }
  if (!tools.includes('php')) {
    const { stdout } = await run('php', ['-m']);
    if (!/^mysqli$/m.test(stdout)) tools.push('php-mysql');
  }
  const missing: string[] = [];
  const trees: WordPressTree[] = [];
  for (const tree of [OLDEST, CURRENT]) {
    const version = wordpressVersion(tree.source);
    const themed = existsSync(join(tree.source, `wp-content/themes/${tree.theme}/style.css`));
    if (version && themed) trees.push({ ...tree, version });
    else
      missing.push(`${tree.source} (${version ? `no ${tree.theme} theme` : 'no WordPress'}): run \`${tree.install}\``);
  }
  if (tools.length > 0) missing.unshift(`${tools.join(', ')}: run \`${OLDEST.install}\``);
  return { trees: tools.length > 0 ? [] : trees, missing };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const sbin = (name: string) => (existsSync(`/usr/sbin/${name}`) ? `/usr/sbin/${name}` : name);

/**
 * Stops a child by its PID and waits for it to exit. A child started `detached` leads its own
 * process group (`php -S` forks workers): the group goes with it.
 */
export async function stop(child: ChildProcess | undefined, group = false): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const target = group ? -child.pid : child.pid;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(target, 'SIGTERM');
  const timer = setTimeout(() => child.exitCode === null && process.kill(target, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Stops a site's `php -S` and its workers. */
export const stopSite = (site: Site | undefined) => stop(site?.server, true);

export interface Database {
  socket: string;
  process: ChildProcess;
}

/** A private MariaDB on a socket, no TCP. */
export async function startMariaDb(root: string): Promise<Database> {
  const dataDir = join(root, 'db');
  const runDir = join(root, 'run');
  mkdirSync(runDir, { recursive: true });
  mkdirSync(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? ['--user=mysql'] : [];
  if (asRoot) {
    // As root, MariaDB runs as `mysql`, which must reach its folders inside the (0700) temp folder.
    chmodSync(root, 0o755);
    await run('chown', ['-R', 'mysql:mysql', dataDir, runDir]);
  }
  await run(
    sbin('mariadb-install-db'),
    [
      ...user,
      `--datadir=${dataDir}`,
      '--skip-test-db',
      '--auth-root-authentication-method=normal',
      '--innodb-log-file-size=16M',
    ],
    { timeout: 120_000 },
  );
  const socket = join(runDir, 'mysqld.sock');
  const child = spawn(
    sbin('mariadbd'),
    [
      '--no-defaults',
      ...user,
      `--datadir=${dataDir}`,
      `--socket=${socket}`,
      `--pid-file=${join(runDir, 'mysqld.pid')}`,
      '--skip-networking',
      '--innodb-buffer-pool-size=64M',
      '--innodb-log-file-size=16M',
      `--log-error=${join(root, 'mariadb.log')}`,
    ],
    { stdio: 'ignore' },
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`mariadbd exited (${child.exitCode}); see ${join(root, 'mariadb.log')}`);
    const up = await run(sbin('mariadb-admin'), [`--socket=${socket}`, '-uroot', 'ping'], { timeout: 5_000 }).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error('mariadbd did not answer within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { socket, process: child };
}

export async function sql(db: Database, statements: string): Promise<void> {
  await run(sbin('mariadb'), [`--socket=${db.socket}`, '-uroot', '-e', statements]);
}

export interface Site {
  mode: 'single' | 'multi';
  /** The WordPress version it runs. */
  version: string;
  dir: string;
  url: string;
  server: ChildProcess;
  users: Record<
    string,
    {
      id: number;
      password: string;
      appPassword: string;
      role: string[];
      unfilteredHtml: boolean;
      manageOptions: boolean;
      superAdmin: boolean;
    }
  >;
  hostile: Record<string, string>;
  /** A shortcode in a paragraph before any feed is set: what a visitor and an Editor get. */
  notices: { visitor: string; editor: string };
  lang: string;
}

function wpConfig(name: string, socket: string, url: string, extra: string): string {
  const key = () => randomBytes(24).toString('hex');
  const keys = [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT',
    'NONCE_SALT',
  ]
    .map((k) => `define('${k}', '${key()}');`)
    .join('\n');
  return `<?php
define('DB_NAME', '${name}');
define('DB_USER', '${name}');
define('DB_PASSWORD', '${name}-pw');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${keys}
$table_prefix = 'wp_';
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('FS_METHOD', 'direct');
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_DEBUG', false);
${extra}
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`;
}

async function php(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run('php', [SETUP_PHP, ...args], { cwd, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`php ${args[0]} failed: ${stderr || stdout || (error as Error).message}`, { cause: error });
  }
}

/** Runs a phase of wordpress-site.php against a site; what it prints (JSON) parsed. */
export async function sitePhp(site: Pick<Site, 'dir' | 'mode'>, phase: string, ...args: string[]): Promise<any> {
  return JSON.parse(await php([phase, site.dir, site.mode, ...args], site.dir));
}

/**
 * A WordPress where raw HTML is stripped for the users it makes: `multi`, a multisite network
 * (a site admin and an Editor; only the super admin has unfiltered_html), or `single` with
 * DISALLOW_UNFILTERED_HTML (an administrator and an Editor). The plugin's zip installed and active.
 */
export async function startSite(
  root: string,
  db: Database,
  tree: WordPressTree,
  mode: 'single' | 'multi',
  zip: string,
  feedPort: number,
): Promise<Site> {
  const name = `wp_${tree.version.replace(/\W/g, '')}_${mode}`;
  const dir = join(root, name);
  // Debian's tree links to files of other packages; a link whose package is not installed (sid's
  // PHPMailer additions: mail only) is left out rather than failing the copy.
  cpSync(tree.source, dir, { recursive: true, dereference: true, filter: (from) => existsSync(from) });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  await sql(
    db,
    `CREATE DATABASE ${name}; CREATE USER '${name}'@'localhost' IDENTIFIED BY '${name}-pw'; GRANT ALL ON ${name}.* TO '${name}'@'localhost';`,
  );

  const hardening = mode === 'single' ? "define('DISALLOW_UNFILTERED_HTML', true);" : '';
  writeFileSync(join(dir, 'wp-config.php'), wpConfig(name, db.socket, url, hardening));
  writeFileSync(join(dir, '.home'), url);
  // The test's feed is on a loopback port: WordPress's safe HTTP API allows only 80, 443 and 8080.
  mkdirSync(join(dir, 'wp-content/mu-plugins'), { recursive: true });
  writeFileSync(
    join(dir, 'wp-content/mu-plugins/e2e-feed-port.php'),
    `<?php\nadd_filter('http_allowed_safe_ports', function ($ports) { $ports[] = ${feedPort}; return $ports; });\n`,
  );

  await php(['install', dir, mode, `127.0.0.1:${port}`, tree.theme], dir);
  if (mode === 'multi') {
    const network = `define('MULTISITE', true);
define('SUBDOMAIN_INSTALL', false);
define('DOMAIN_CURRENT_SITE', '127.0.0.1:${port}');
define('PATH_CURRENT_SITE', '/');
define('SITE_ID_CURRENT_SITE', 1);
define('BLOG_ID_CURRENT_SITE', 1);`;
    writeFileSync(join(dir, 'wp-config.php'), wpConfig(name, db.socket, url, network));
  }
  const made = JSON.parse(await php(['configure', dir, mode, zip], dir)) as Pick<
    Site,
    'users' | 'hostile' | 'notices' | 'lang'
  >;

  const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', dir], {
    cwd: dir,
    stdio: 'ignore',
    // Workers so the browser's parallel requests are served in parallel (and the feed check of a
    // path on the site reaches the site while it saves); `detached` makes the server lead a process
    // group, so stopping it stops its workers too.
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    detached: true,
  });
  const deadline = Date.now() + 20_000;
  while (
    !(await fetch(`${url}/wp-login.php`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    const problem =
      server.exitCode !== null
        ? `php -S exited (${server.exitCode})`
        : Date.now() > deadline
          ? `php -S did not answer on ${url} within 20 s`
          : '';
    if (problem) {
      await stop(server, true);
      throw new Error(problem);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { mode, version: tree.version, dir, url, server, ...made };
}

/** A call to the site's REST API as `user`, authenticated with the user's application password. */
export async function rest(
  site: Site,
  user: string,
  route: string,
  init: { method?: string; body?: unknown } = {},
): Promise<{ status: number; json: any }> {
  const account = site.users[user]!;
  // `?rest_route=`: `php -S` has no rewrite rules for /wp-json/. `route` may carry `&name=value`.
  const response = await fetch(`${site.url}/?rest_route=${route}`, {
    method: init.method ?? 'GET',
    headers: {
      authorization: `Basic ${Buffer.from(`${user}:${account.appPassword}`).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, json: await response.json() };
}
