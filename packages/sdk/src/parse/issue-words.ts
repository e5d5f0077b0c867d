/**
 * What a parse issue says, in the languages the SDK does not build eagerly: each issue's
 * `expected` and `found` carry a `phrase` (a key and its arguments) beside their English and
 * Spanish words, and these tables say it in Portuguese and French. Only `issueMessage` and
 * `issueParts` read them, so a bundle that only parses (the embed) carries none of this.
 */
import type { Phrase } from '../i18n/bilingual.js';

type Say = (...args: Array<string | number | boolean>) => string;

export interface IssueWords {
  /** The whole sentence: where, what was expected, what was found (`missing`: nothing was, the verb is negated). */
  compose: (where: string, expected: string, found: string, missing: boolean) => string;
  /** How the feed itself is named when the issue is at its root (path ""). */
  root: string;
  phrases: Record<string, Say>;
}

const bound = (word: string, orEqual: string) => (strict: string | number | boolean, limit: string | number | boolean) =>
  `${word} ${strict ? '' : orEqual}${String(limit)}`;

export const PT: IssueWords = {
  compose: (where, expected, found, missing) => `${where}: esperava-se ${expected}, ${missing ? 'não se encontrou' : 'encontrou-se'} ${found}`,
  root: 'feed',
  phrases: {
    text: () => 'texto: uma cadeia de caracteres, ou um objeto de etiquetas de idioma para cadeias ({"pt": "…", "es": "…"})',
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
  },
};

export const FR: IssueWords = {
  compose: (where, expected, found, missing) => `${where}\u00a0: attendu ${expected}, ${missing ? 'mais le champ manque' : `trouvé ${found}`}`,
  root: 'flux',
  phrases: {
    text: () => 'texte\u00a0: une chaîne, ou un objet associant des étiquettes de langue à des chaînes ({"fr": "…", "en": "…"})',
    date: () => 'une date écrite AAAA, AAAA-MM ou AAAA-MM-JJ',
    'real-day': () => 'un jour qui existe dans le calendrier',
    'due-date': () => 'une date écrite AAAA, AAAA-MM ou AAAA-MM-JJ, ou "asap" (dès que possible)',
    timestamp: () => 'un horodatage tel que 2026-01-31T12:00:00Z',
    'web-url': () => 'une adresse http:// ou https://',
    contact: () => 'une adresse http(s), un lien mailto: ou une adresse électronique',
    id: () => 'un identifiant composé de lettres, de chiffres, de "_", ".", ":" ou "-" (64 au plus)',
    'language-tag': () => 'une étiquette de langue telle que fr ou fr-CA',
    'schema-version': () => 'une version 1.x du format',
    'non-empty': () => 'un texte non vide',
    'type-string': () => 'une chaîne',
    'type-number': () => 'un nombre',
    'type-int': () => 'un nombre entier',
    'type-boolean': () => 'true ou false',
    'type-object': () => 'un objet',
    'type-array': () => 'une liste',
    'one-of': (options) => `l’une des valeurs ${options}`,
    'number-greater': bound('un nombre supérieur à', 'ou égal à '),
    'number-less': bound('un nombre inférieur à', 'ou égal à '),
    'length-greater': bound('une longueur supérieure à', 'ou égale à '),
    'length-less': bound('une longueur inférieure à', 'ou égale à '),
    'valid-format': (format) => `un ${format} valide`,
    'unique-id': () => 'un identifiant non encore utilisé dans le flux',
    'known-institution': () => 'l’identifiant de l’une des institutions du flux',
    'known-commitment': () => 'l’identifiant d’un engagement de ce flux',
    'due-before-end': (end) => `une échéance qui ne dépasse pas la fin de l’engagement (${end})`,
    'json-document': () => 'un document JSON',
    'empty-body': () => 'un corps vide',
    'html-page': () => 'une page web (HTML)',
    'not-json': (detail) => `un texte qui n’est pas du JSON (${detail})`,
    missing: () => 'rien (le champ manque)',
    list: (n) => `une liste de ${n}`,
    object: () => 'un objet',
    'quoted-text': (quoted) => `le texte ${quoted}`,
    number: (n) => `le nombre ${n}`,
  },
};

/** The issue words of each language a parse does not write eagerly. */
export const ISSUE_WORDS: Readonly<Record<'pt' | 'fr', IssueWords>> = { pt: PT, fr: FR };

/** A phrase in `words`' language; `undefined` for a key it has no sentence for. */
export function say(phrase: Phrase, words: IssueWords): string | undefined {
  const [key, ...args] = phrase;
  return Object.hasOwn(words.phrases, key) ? words.phrases[key]!(...args) : undefined;
}
