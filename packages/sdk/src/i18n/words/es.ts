/**
 * Spanish words for the SDK's errors and parse issues (codes and fields in, sentences out; see
 * ../words.ts). A module apart from the labels: a page's bundle takes English's for `message`
 * without any language's labels.
 */
import type { Words } from '../words.js';

const seconds = (ms: number) => {
  const value = ms / 1000;
  return `${new Intl.NumberFormat('es', { maximumFractionDigits: 1 }).format(value)} ${value === 1 ? 'segundo' : 'segundos'}`;
};
const bound = (word: string) => (strict: unknown, limit: unknown) =>
  `${word} ${strict ? '' : 'o igual a '}${String(limit)}`;
const NOT_FOUND = {
  plan: (id: string) => `El plan de acción ${id} no está en este feed`,
  commitment: (id: string) => `El compromiso ${id} no está en este feed`,
  forum: (id: string) => `El foro ${id} no está en este feed`,
  institution: (id: string) => `La institución ${id} no está en este feed`,
} as const;

/** The SDK's errors and parse issues in Spanish. */
export const WORDS_ES: Words = {
  errors: {
    'feed-http': ({ status, noCopy }) =>
      `No se pudo cargar el feed: HTTP ${status}${noCopy ? ' (sin cambios, pero no hay copia que reutilizar)' : ''}`,
    'feed-timeout': ({ timeout }) => `El feed no respondió en ${seconds(timeout)}`,
    'feed-network': () =>
      'No se pudo acceder al feed: falló la red, o el servidor del feed no permite que este sitio lo lea (CORS)',
    'feed-format': ({ reason }) =>
      reason === 'empty'
        ? 'El feed está vacío: el servidor no envió contenido'
        : reason === 'not-utf8'
          ? 'No se pudo leer el feed: no es texto UTF-8'
          : reason === 'html'
            ? 'No se pudo leer el feed: el servidor envió una página web en lugar de JSON (revise la dirección del feed)'
            : 'No se pudo leer el feed: no es JSON válido',
    'feed-url': () => 'La dirección del feed no es una dirección web (http o https)',
    'feed-validation': ({ first, more }) =>
      `El feed fue rechazado: ${first ?? 'no es un feed'}${more > 0 ? ` (y ${more} ${more === 1 ? 'problema' : 'problemas'} más)` : ''}`,
    'not-found': ({ kind, id, within }) =>
      kind === 'indicator'
        ? `El compromiso ${within ?? ''} no tiene el indicador ${id}`
        : (NOT_FOUND[kind] ?? NOT_FOUND.commitment)(id),
    'element-misuse': ({ element, problem, attribute, given, value = '…' }) =>
      problem === 'no-src'
        ? `<${element}> no tiene src: agregue src="…/feed.json" (la dirección del feed), o colóquelo dentro de <ogp-feed src="…">`
        : problem === 'wrong-attribute'
          ? `<${element}> tiene ${given}= pero lee ${attribute}=: escriba ${attribute}="${value}" para elegir qué muestra`
          : `<${element}> no tiene ${attribute}: agregue ${attribute}="…" para elegir qué muestra`,
    unexpected: () => 'No se pudo cargar el feed',
  },
  issues: {
    // Spanish negates the verb with "nada": "no se encontró nada", never "se encontró nada".
    clause: (expected, found, missing) => `se esperaba ${expected}, ${missing ? 'no ' : ''}se encontró ${found}`,
    at: (where, clause) => `${where}: ${clause}`,
    root: 'feed',
    phrases: {
      text: () => 'texto: una cadena, o un objeto de etiquetas de idioma a cadenas ({"es": "…", "en": "…"})',
      date: () => 'una fecha escrita AAAA, AAAA-MM o AAAA-MM-DD',
      'real-day': () => 'un día que exista en el calendario',
      'due-date': () => 'una fecha escrita AAAA, AAAA-MM o AAAA-MM-DD, o "asap" (a la brevedad)',
      timestamp: () => 'una marca de tiempo como 2026-01-31T12:00:00Z',
      'web-url': () => 'una dirección http:// o https://',
      contact: () => 'una dirección http(s), un enlace mailto: o un correo electrónico',
      id: () => 'un identificador de letras, dígitos, "_", ".", ":" o "-" (64 como máximo)',
      'language-tag': () => 'una etiqueta de idioma como es o en-GB',
      'schema-version': () => 'una versión 1.x del formato',
      'non-empty': () => 'un texto no vacío',
      'type-string': () => 'una cadena',
      'type-number': () => 'un número',
      'type-int': () => 'un número entero',
      'type-boolean': () => 'true o false',
      'type-object': () => 'un objeto',
      'type-array': () => 'una lista',
      'one-of': (options) => `uno de ${options}`,
      'number-greater': bound('un número mayor que'),
      'number-less': bound('un número menor que'),
      'length-greater': bound('un largo mayor que'),
      'length-less': bound('un largo menor que'),
      'valid-format': (format) => `un ${format} válido`,
      'unique-id': () => 'un id no usado antes en el feed',
      'known-institution': () => 'el id de una de las instituciones del feed',
      'known-commitment': () => 'el id de un compromiso de este feed',
      'due-before-end': (end) => `una fecha límite no posterior al término del compromiso (${end})`,
      'json-document': () => 'un documento JSON',
      'empty-body': () => 'un cuerpo vacío',
      'html-page': () => 'una página web (HTML)',
      'not-json': (detail) => `texto que no es JSON (${detail})`,
      missing: () => 'nada (falta el campo)',
      list: (n) => `una lista de ${n}`,
      object: () => 'un objeto',
      'quoted-text': (quoted) => `el texto ${quoted}`,
      number: (n) => `el número ${n}`,
      'as-is': (value) => String(value),
    },
  },
};
