/**
 * Rich text as Decidim and Gobierto store it (`<p>Text&nbsp;here</p>`) into plain text: block
 * elements become line breaks (paragraphs a blank line), a link keeps its words and its address
 * (`words (https://…)`), entities are decoded, every other tag is dropped. The result is text to
 * show as text; nothing of the markup survives to be rendered.
 */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  middot: '·',
  iexcl: '¡',
  iquest: '¿',
  euro: '€',
  copy: '©',
  reg: '®',
  deg: '°',
  ordf: 'ª',
  ordm: 'º',
  aacute: 'á',
  eacute: 'é',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  uuml: 'ü',
  ccedil: 'ç',
  Aacute: 'Á',
  Eacute: 'É',
  Iacute: 'Í',
  Oacute: 'Ó',
  Uacute: 'Ú',
  Ntilde: 'Ñ',
  Uuml: 'Ü',
  Ccedil: 'Ç',
  agrave: 'à',
  egrave: 'è',
  ograve: 'ò',
  Agrave: 'À',
  Egrave: 'È',
  Ograve: 'Ò',
  iuml: 'ï',
  Iuml: 'Ï',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name] ?? whole;
  });
}

const BLOCK = /^(p|div|h[1-6]|ul|ol|blockquote|pre|table|section|article)$/i;
const LINE = /^(br|li|tr|hr)$/i;

/** `true` when the text has markup or entities worth converting. */
export function looksRich(text: string): boolean {
  return /<\/?[a-z][^>]*>|&(#x?[0-9a-f]+|[a-z]+);/i.test(text);
}

export function toPlainText(html: string): string {
  if (!looksRich(html)) return html.trim();
  let out = '';
  let link: { href: string; start: number } | undefined;
  const tag = /<(\/?)([a-z][a-z0-9]*)\b([^>]*)>|<!--[\s\S]*?-->/gi;
  let last = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    out += html.slice(last, m.index).replace(/\s+/g, ' ');
    last = tag.lastIndex;
    const [, closing, name = '', attributes = ''] = m;
    if (!name) continue;
    if (BLOCK.test(name)) out += '\n\n';
    else if (LINE.test(name) && !closing) out += '\n';
    else if (/^a$/i.test(name)) {
      if (!closing) {
        const href = /\bhref\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
        const url = decodeEntities(href?.[2] ?? href?.[3] ?? href?.[4] ?? '').trim();
        link = /^(https?:|mailto:)/i.test(url) ? { href: url, start: out.length } : undefined;
      } else if (link) {
        const words = decodeEntities(out.slice(link.start)).trim();
        if (words !== link.href && words !== link.href.replace(/^mailto:/i, '')) out += ` (${link.href})`;
        link = undefined;
      }
    }
  }
  out += html.slice(last).replace(/\s+/g, ' ');
  return decodeEntities(out)
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
