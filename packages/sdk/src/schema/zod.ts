/**
 * The one place the SDK imports zod. `jitless` is set before any schema is built: zod's
 * default probes `new Function` while building object schemas, which a page whose
 * Content-Security-Policy forbids eval reports as a violation even though zod catches it.
 * Measured on the 10,000-commitment bench feed, the interpreted parser is no slower than
 * the JIT one, so nothing is lost. The setting is global to the zod copy in use (zod
 * exposes no per-schema switch); it changes speed, never results. Node code that wants
 * the compiled fast path uses `parseFeedCompiled` (parse/parse-feed-compiled.ts).
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
