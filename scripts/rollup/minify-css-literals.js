// Minifies the CSS inside Lit's css`...` templates of our own sources: a minifier leaves strings
// alone, and the styles are a large share of each element. Only the static parts of a template
// change, never the text inside CSS strings, and never the space next to a `${...}`.

const STRING = /("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/;

/** Minifies CSS text with no string literal in it. */
function squeeze(/** @type {string} */ text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    // `0.5rem` is `.5rem`; `( -45deg` is `(-45deg`; `a > b` is `a>b`; ` !important` is `!important`.
    .replace(/(?<![\w.#-])0\.(\d)/g, '.$1')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/\s*>\s*/g, '>')
    .replace(/\s+!important/g, '!important');
}

/**
 * @param {string} css one static part of a template, as written in the source
 * @param {{ first: boolean, last: boolean }} at where it is in its template
 */
export function minifyCssPart(css, { first, last }) {
  // Odd indices of the split are string literals: kept as they are.
  let out = css
    .split(STRING)
    .map((part, i) => (i % 2 === 1 ? part : squeeze(part)))
    .join('');
  // A space that separated CSS from an interpolation must stay one space.
  if (!first && /^\s/.test(css) && !out.startsWith(' ')) out = ` ${out}`;
  if (!last && /\s$/.test(css) && !out.endsWith(' ')) out = `${out} `;
  return first && last ? out.trim() : first ? out.trimStart() : last ? out.trimEnd() : out;
}

/** Every css`...` template in an ESTree program. */
function cssTemplates(/** @type {any} */ node, /** @type {any[]} */ found = []) {
  if (node === null || typeof node !== 'object') return found;
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css') {
    found.push(node.quasi);
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => cssTemplates(child, found));
    else if (value && typeof value === 'object' && typeof value.type === 'string') cssTemplates(value, found);
  }
  return found;
}

/**
 * For self-contained bundles (no source maps): rewrites template text in place.
 * @returns {import('rollup').Plugin}
 */
export function minifyCssLiterals() {
  return {
    name: 'ogp-minify-css-literals',
    transform(code, id) {
      if (id.includes('/node_modules/') || !code.includes('css`')) return null;
      const edits = cssTemplates(this.parse(code)).flatMap((template) =>
        template.quasis.map((/** @type {any} */ quasi, /** @type {number} */ i) => ({
          start: quasi.start,
          end: quasi.end,
          text: minifyCssPart(code.slice(quasi.start, quasi.end), { first: i === 0, last: i === template.quasis.length - 1 }),
        })),
      );
      let out = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) {
        out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      }
      return { code: out, map: null };
    },
  };
}
