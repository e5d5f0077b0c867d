// The template literals of our sources, for the embed: minifiers leave strings alone, and the
// markup and styles are a large share of each element.
// 1. Lit's own minifier of html`...`, svg`...` and css`...` (html-minifier-next, lightningcss).
//    Spaces are collapsed to one, never removed, so what renders stays the same, and no empty
//    attribute is dropped (`alt=""` says an image is decoration).
// 2. Then ours, which Lit's does not do: Lit's `css` tag checks what is interpolated (it refuses
//    values that are not CSS). A module whose css`...` templates interpolate nothing needs none of
//    that: each can be Lit's `unsafeCSS` of the same text, the same CSSResult, and the embed leaves
//    `css()` and its messages out (measured: 165 B gzip in the `base` chunk, which every page loads).
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

/** Options of Lit's plugin (its defaults, but for the two safety settings above). */
export const LITERAL_OPTIONS = {
  exclude: ['**/node_modules/**'],
  failOnError: true,
  options: { minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false } },
};

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

/** `import { css } from 'lit'`, when every css`...` template of the module interpolates nothing. */
function plainCssImport(/** @type {any} */ program, /** @type {any[]} */ templates) {
  if (templates.length === 0 || templates.some((template) => template.expressions.length > 0)) return undefined;
  for (const node of program.body) {
    if (node.type !== 'ImportDeclaration' || node.source.value !== 'lit') continue;
    const specifier = node.specifiers.find(
      (/** @type {any} */ s) => s.imported?.name === 'css' && s.local.name === 'css',
    );
    if (specifier) return specifier;
  }
  return undefined;
}

/**
 * css`...` becomes css(`...`) with `css` imported as Lit's `unsafeCSS`, in modules that
 * interpolate into none of their css`...` templates. No source map (the embed has none).
 * @returns {import('rollup').Plugin}
 */
export function plainCssAsUnsafeCss() {
  return {
    name: 'ogp-plain-css',
    transform(code, id) {
      if (id.includes('/node_modules/') || !code.includes('css`')) return null;
      const program = this.parse(code);
      const templates = cssTemplates(program);
      const specifier = plainCssImport(program, templates);
      if (!specifier) return null;
      const edits = [{ start: specifier.start, end: specifier.end, text: 'unsafeCSS as css' }];
      for (const template of templates) {
        // `template` is the literal, backticks included: css`...` becomes css(`...`).
        edits.push(
          { start: template.start, end: template.start, text: '(' },
          { start: template.end, end: template.end, text: ')' },
        );
      }
      let out = code;
      for (const edit of edits.sort((a, b) => b.start - a.start))
        out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      return { code: out, map: null };
    },
  };
}

/** Both, in order: Lit's reads tagged templates only. @returns {import('rollup').Plugin[]} */
export function minifyTemplateLiterals() {
  return [minifyHtmlLiterals(LITERAL_OPTIONS), plainCssAsUnsafeCss()];
}
