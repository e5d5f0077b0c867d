/** The demo server (scripts/serve), started by a test on 127.0.0.1 and a free port. */
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createDemoServer, type DemoServer, type DemoServerOptions } from '../../../scripts/serve/demo-server.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface RunningDemo {
  demo: DemoServer;
  /** `http://127.0.0.1:<port>/` */
  url: string;
}

export async function startDemo(options: Omit<DemoServerOptions, 'root'> = {}): Promise<RunningDemo> {
  const demo = createDemoServer({ ...options, root: ROOT });
  const url = await demo.listen(0);
  return { demo, url };
}

/** A response as it came on the wire: node:http, not fetch, which decodes the body and hides which encoding came. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** GET `path` of the server at `base` with `headers`, the body left as sent (compressed or not). */
export function rawGet(base: string, path: string, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    request(new URL(path, base), { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}
