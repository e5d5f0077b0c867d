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
 * `import { css } from 'lit'` in a module whose css`...` templates interpolate nothing: those need
 * none of the checks of Lit's `css()` (which refuses values that are not CSS), so they can be Lit's
 * `unsafeCSS` of the same text, the same CSSResult. The embed then leaves `css()` and its error
 * messages out. `undefined` when the module does not qualify.
 */
function plainCssImport(/** @type {any} */ program, /** @type {any[]} */ templates) {
  if (templates.length === 0 || templates.some((template) => template.expressions.length > 0)) return undefined;
  for (const node of program.body) {
    if (node.type !== 'ImportDeclaration' || node.source.value !== 'lit') continue;
    const specifier = node.specifiers.find((/** @type {any} */ s) => s.imported?.name === 'css' && s.local.name === 'css');
    if (specifier) return specifier;
  }
  return undefined;
}

/**
 * For self-contained bundles (no source maps): rewrites template text in place, and css`...`
 * as `unsafeCSS(`...`)` where nothing is interpolated (see `plainCssImport`).
 * @returns {import('rollup').Plugin}
 */
export function minifyCssLiterals() {
  return {
    name: 'ogp-minify-css-literals',
    transform(code, id) {
      if (id.includes('/node_modules/') || !code.includes('css`')) return null;
      const program = this.parse(code);
      const templates = cssTemplates(program);
      const edits = templates.flatMap((template) =>
        template.quasis.map((/** @type {any} */ quasi, /** @type {number} */ i) => ({
          start: quasi.start,
          end: quasi.end,
          text: minifyCssPart(code.slice(quasi.start, quasi.end), { first: i === 0, last: i === template.quasis.length - 1 }),
        })),
      );
      const specifier = plainCssImport(program, templates);
      if (specifier) {
        edits.push({ start: specifier.start, end: specifier.end, text: 'unsafeCSS as css' });
        for (const template of templates) {
          // `template` is the literal, backticks included: css`...` becomes css(`...`).
          edits.push({ start: template.start, end: template.start, text: '(' });
          edits.push({ start: template.end, end: template.end, text: ')' });
        }
      }
      let out = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) {
        out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      }
      return { code: out, map: null };
    },
  };
}
