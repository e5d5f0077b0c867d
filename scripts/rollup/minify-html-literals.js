// Shortens the markup inside Lit's html`...` and svg`...` templates of our own sources: the
// indentation of a template is text the browser collapses to one space anyway. Each run of
// white space that holds a line break becomes one space, so what renders is the same (no
// template of ours is in a `<pre>` or sets `white-space: pre`), and a space next to a `${...}`
// stays a space.

const INDENTATION = /(?<!\\)[ \t]*\n\s*/g;

/** One static part of a template, as written in the source, with its line breaks collapsed. */
export function minifyHtmlPart(/** @type {string} */ html) {
  return html.replace(INDENTATION, ' ');
}

/** Every html`...` and svg`...` template in an ESTree program. */
function markupTemplates(/** @type {any} */ node, /** @type {any[]} */ found = []) {
  if (node === null || typeof node !== 'object') return found;
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && (node.tag.name === 'html' || node.tag.name === 'svg')) {
    found.push(node.quasi);
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => markupTemplates(child, found));
    else if (value && typeof value === 'object' && typeof value.type === 'string') markupTemplates(value, found);
  }
  return found;
}

/**
 * For self-contained bundles (no source maps): rewrites template text in place.
 * @returns {import('rollup').Plugin}
 */
export function minifyHtmlLiterals() {
  return {
    name: 'ogp-minify-html-literals',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\b(html|svg)`/.test(code)) return null;
      const quasis = markupTemplates(this.parse(code)).flatMap((template) => template.quasis);
      let out = code;
      for (const quasi of quasis.sort((a, b) => b.start - a.start)) {
        out = out.slice(0, quasi.start) + minifyHtmlPart(code.slice(quasi.start, quasi.end)) + out.slice(quasi.end);
      }
      return { code: out, map: null };
    },
  };
}
