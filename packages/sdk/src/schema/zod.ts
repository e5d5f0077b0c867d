/**
 * The one place the SDK imports zod. The schemas built with it define the format (types, the
 * JSON Schema and the generated validator `parseFeed` runs); pages that only parse feeds never
 * load zod. `jitless` is set before any schema is built: zod's default probes `new Function`
 * while building object schemas, which a page whose Content-Security-Policy forbids eval reports
 * as a violation even though zod catches it (for a page that validates with the exported
 * schemas). The setting is global to the zod copy in use; it changes speed, never results.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
