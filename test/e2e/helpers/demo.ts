/** The demo server (scripts/serve), started by a test on 127.0.0.1 and a free port. */
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
