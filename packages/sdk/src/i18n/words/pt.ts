/**
 * Portuguese words for the SDK's errors and parse issues (codes and fields in, sentences out; see
 * ../words.ts). A module apart from the labels: a page's bundle takes English's for `message`
 * without any language's labels.
 */
import type { Words } from '../words.js';

const plural = new Intl.PluralRules('pt');

const seconds = (ms: number) => {
  const value = ms / 1000;
  return `${new Intl.NumberFormat('pt', { maximumFractionDigits: 1 }).format(value)} ${plural.select(value) === 'one' ? 'segundo' : 'segundos'}`;
};
const bound = (word: string, orEqual: string) => (strict: unknown, limit: unknown) =>
  `${word} ${strict ? '' : orEqual}${String(limit)}`;
const NOT_FOUND = {
  plan: (id: string) => `O plano de ação ${id} não consta deste feed`,
  commitment: (id: string) => `O compromisso ${id} não consta deste feed`,
  forum: (id: string) => `O fórum ${id} não consta deste feed`,
  institution: (id: string) => `A instituição ${id} não consta deste feed`,
} as const;

/** The SDK's errors and parse issues in Portuguese (worded to read the same in Brazil and Portugal). */
export const WORDS_PT: Words = {
  errors: {
    'feed-http': ({ status, noCopy }) =>
      `Não foi possível carregar o feed: HTTP ${status}${noCopy ? ' (sem alterações, mas não há cópia a reutilizar)' : ''}`,
    'feed-timeout': ({ timeout }) => `O feed não respondeu em ${seconds(timeout)}`,
    'feed-network': () =>
      'Não foi possível obter o feed: a rede falhou, ou o servidor do feed não permite que este site o leia (CORS)',
    'feed-format': ({ reason }) =>
      reason === 'empty'
        ? 'O feed está vazio: o servidor não enviou conteúdo'
        : reason === 'not-utf8'
          ? 'Não foi possível ler o feed: não é texto UTF-8'
          : reason === 'html'
            ? 'Não foi possível ler o feed: o servidor enviou uma página web em vez de JSON (verifique o endereço do feed)'
            : 'Não foi possível ler o feed: não é JSON válido',
    'feed-url': () => 'O endereço do feed não é um endereço web (http ou https)',
    'feed-validation': ({ first, more }) =>
      `O feed foi rejeitado: ${first ?? 'não é um feed'}${more > 0 ? ` (e mais ${more} ${plural.select(more) === 'one' ? 'problema' : 'problemas'})` : ''}`,
    'not-found': ({ kind, id, within }) =>
      kind === 'indicator'
        ? `O compromisso ${within ?? ''} não tem o indicador ${id}`
        : (NOT_FOUND[kind] ?? NOT_FOUND.commitment)(id),
    'element-misuse': ({ element, problem, attribute, given, value = '…' }) =>
      problem === 'no-src'
        ? `<${element}> não tem src: acrescente src="…/feed.json" (o endereço do feed), ou coloque-o dentro de <ogp-feed src="…">`
        : problem === 'wrong-attribute'
          ? `<${element}> tem ${given}= mas lê ${attribute}=: escreva ${attribute}="${value}" para escolher o que mostra`
          : `<${element}> não tem ${attribute}: acrescente ${attribute}="…" para escolher o que mostra`,
    unexpected: () => 'Não foi possível carregar o feed',
  },
  issues: {
    clause: (expected, found, missing) =>
      `esperava-se ${expected}, ${missing ? 'não se encontrou' : 'encontrou-se'} ${found}`,
    at: (where, clause) => `${where}: ${clause}`,
    root: 'feed',
    phrases: {
      text: () =>
        'texto: uma cadeia de caracteres, ou um objeto de etiquetas de idioma para cadeias ({"pt": "…", "es": "…"})',
      date: () => 'uma data escrita AAAA, AAAA-MM ou AAAA-MM-DD',
      'real-day': () => 'um dia que exista no calendário',
      'due-date': () => 'uma data escrita AAAA, AAAA-MM ou AAAA-MM-DD, ou "asap" (o mais breve possível)',
      timestamp: () => 'um carimbo de data e hora como 2026-01-31T12:00:00Z',
      'web-url': () => 'um endereço http:// ou https://',
      contact: () => 'um endereço http(s), uma ligação mailto: ou um endereço de correio eletrónico',
      id: () => 'um identificador de letras, algarismos, "_", ".", ":" ou "-" (no máximo 64)',
      'language-tag': () => 'uma etiqueta de idioma como pt ou pt-BR',
      'schema-version': () => 'uma versão 1.x do formato',
      'non-empty': () => 'um texto não vazio',
      'type-string': () => 'uma cadeia de caracteres',
      'type-number': () => 'um número',
      'type-int': () => 'um número inteiro',
      'type-boolean': () => 'true ou false',
      'type-object': () => 'um objeto',
      'type-array': () => 'uma lista',
      'one-of': (options) => `um de ${options}`,
      'number-greater': bound('um número maior que', 'ou igual a '),
      'number-less': bound('um número menor que', 'ou igual a '),
      'length-greater': bound('um comprimento maior que', 'ou igual a '),
      'length-less': bound('um comprimento menor que', 'ou igual a '),
      'valid-format': (format) => `um ${format} válido`,
      'unique-id': () => 'um id ainda não usado no feed',
      'known-institution': () => 'o id de uma das instituições do feed',
      'known-commitment': () => 'o id de um compromisso deste feed',
      'due-before-end': (end) => `um prazo não posterior ao término do compromisso (${end})`,
      'json-document': () => 'um documento JSON',
      'empty-body': () => 'um corpo vazio',
      'html-page': () => 'uma página web (HTML)',
      'not-json': (detail) => `texto que não é JSON (${detail})`,
      missing: () => 'nada (falta o campo)',
      list: (n) => `uma lista de ${n}`,
      object: () => 'um objeto',
      'quoted-text': (quoted) => `o texto ${quoted}`,
      number: (n) => `o número ${n}`,
      'as-is': (value) => String(value),
    },
  },
};
