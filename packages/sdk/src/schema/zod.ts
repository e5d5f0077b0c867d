/**
 * The one place the SDK imports zod. The schemas built with it define the format (types, the
 * JSON Schema and the generated validator `parseFeed` runs); pages that only parse feeds never
 * load zod. zod/mini's object schemas never compile code (only classic zod's JIT objects probe
 * `new Function`, which a page whose Content-Security-Policy forbids eval reports), so a strict
 * page may validate with the exported schemas as they are. zod's `config()` is global to every
 * copy of zod on the page (`globalThis.__zod_globalConfig`): the SDK leaves it alone, so a host
 * application's own zod keeps the settings the application chose.
 */
import * as z from 'zod/mini';

export { z };
