/**
 * The examples that need a bundler (the React page, the SDK page) are written as a developer
 * would write them, importing `react` and `@ogp-embed/*` from npm. The demo server bundles them
 * with esbuild when asked for `<name>.js` next to a `<name>.ts`, `.tsx` or `.jsx`, from the
 * packages' built `dist/` (what an npm user gets), and rebuilds only when a source changed.
 */
import { statSync } from 'node:fs';
import { build } from 'esbuild';
import { etagOf, type Reply } from './http-reply.js';

const SOURCES = ['.ts', '.tsx', '.jsx'];

interface Built {
  reply: Reply;
  /** Every file the bundle was built from, with the mtime it had. */
  inputs: Map<string, number>;
}

const cache = new Map<string, Built>();

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/** The source a requested `.js` file is built from, if there is one. */
export function bundleSource(jsPath: string): string | undefined {
  if (!jsPath.endsWith('.js') || mtime(jsPath) >= 0) return undefined;
  const stem = jsPath.slice(0, -'.js'.length);
  return SOURCES.map((ext) => stem + ext).find((path) => mtime(path) >= 0);
}

export async function bundle(entry: string): Promise<Reply> {
  const cached = cache.get(entry);
  if (cached && [...cached.inputs].every(([path, time]) => mtime(path) === time)) return cached.reply;
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    minify: true,
    sourcemap: 'inline',
    metafile: true,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const code = result.outputFiles[0]!.contents;
  const inputs = new Map(Object.keys(result.metafile.inputs).map((path) => [path, mtime(path)]));
  const reply: Reply = {
    body: code,
    type: 'text/javascript; charset=utf-8',
    etag: etagOf(code),
    lastModified: new Date(),
    headers: { 'cache-control': 'no-cache' },
  };
  cache.set(entry, { reply, inputs });
  return reply;
}
