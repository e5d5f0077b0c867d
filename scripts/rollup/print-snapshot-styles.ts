/**
 * Prints every element's shadow-root CSS as JSON (`{ "ogp-commitment.css": "…" }`): what the build
 * writes beside `ogp-embed.js` for snapshots to link (scripts/rollup/snapshot-styles.js). Run in
 * Node, where Lit's server build registers the elements without a page.
 */
import { STYLED_TAGS, styleSheetFile, styleSheetOf } from '../../packages/elements/src/snapshot/elements.js';

const sheets: Record<string, string> = {};
for (const tag of STYLED_TAGS) sheets[styleSheetFile(tag)] = await styleSheetOf(tag);
process.stdout.write(JSON.stringify(sheets));
