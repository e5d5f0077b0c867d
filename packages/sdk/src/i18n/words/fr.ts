/**
 * French words for the SDK's errors and parse issues (codes and fields in, sentences out; see
 * ../words.ts). A module apart from the labels: a page's bundle takes English's for `message`
 * without any language's labels.
 */
import type { Words } from '../words.js';

const plural = new Intl.PluralRules('fr');

const seconds = (ms: number) => {
  const value = ms / 1000;
  return `${new Intl.NumberFormat('fr', { maximumFractionDigits: 1 }).format(value)}\u00a0${plural.select(value) === 'one' ? 'seconde' : 'secondes'}`;
};
const bound = (word: string, orEqual: string) => (strict: unknown, limit: unknown) =>
  `${word} ${strict ? '' : orEqual}${String(limit)}`;
const NOT_FOUND = {
  plan: (id: string) => `Le plan d’action ${id} ne figure pas dans ce flux`,
  commitment: (id: string) => `L’engagement ${id} ne figure pas dans ce flux`,
  forum: (id: string) => `Le forum ${id} ne figure pas dans ce flux`,
  institution: (id: string) => `L’institution ${id} ne figure pas dans ce flux`,
} as const;

/**
 * The SDK's errors and parse issues in French. A no-break space (U+00A0) goes before `:`, `;`,
 * `!` and `?`, written here, never added by code.
 */
export const WORDS_FR: Words = {
  errors: {
    'feed-http': ({ status, noCopy }) =>
      `Impossible de charger le flux\u00a0: HTTP ${status}${noCopy ? ' (non modifié, mais aucune copie à réutiliser)' : ''}`,
    'feed-timeout': ({ timeout }) => `Le flux n’a pas répondu en ${seconds(timeout)}`,
    'feed-network': () =>
      'Impossible d’accéder au flux\u00a0: le réseau a échoué, ou le serveur du flux n’autorise pas ce site à le lire (CORS)',
    'feed-format': ({ reason }) =>
      reason === 'empty'
        ? 'Le flux est vide\u00a0: le serveur n’a envoyé aucun contenu'
        : reason === 'not-utf8'
          ? 'Impossible de lire le flux\u00a0: ce n’est pas du texte UTF-8'
          : reason === 'html'
            ? 'Impossible de lire le flux\u00a0: le serveur a envoyé une page web au lieu de JSON (vérifiez l’adresse du flux)'
            : 'Impossible de lire le flux\u00a0: ce n’est pas du JSON valide',
    'feed-url': () => 'L’adresse du flux n’est pas une adresse web (http ou https)',
    'feed-validation': ({ first, more }) =>
      `Le flux a été rejeté\u00a0: ${first ?? 'ce n’est pas un flux'}${more > 0 ? ` (et ${more} autre${plural.select(more) === 'one' ? '' : 's'} problème${plural.select(more) === 'one' ? '' : 's'})` : ''}`,
    'not-found': ({ kind, id, within }) =>
      kind === 'indicator'
        ? `L’engagement ${within ?? ''} n’a pas d’indicateur ${id}`
        : (NOT_FOUND[kind] ?? NOT_FOUND.commitment)(id),
    'element-misuse': ({ element, problem, attribute, given, value = '…' }) =>
      problem === 'no-src'
        ? `<${element}> n’a pas de src\u00a0: ajoutez src="…/feed.json" (l’adresse du flux), ou placez-le dans <ogp-feed src="…">`
        : problem === 'wrong-attribute'
          ? `<${element}> a ${given}= mais lit ${attribute}=\u00a0: écrivez ${attribute}="${value}" pour choisir ce qu’il affiche`
          : `<${element}> n’a pas de ${attribute}\u00a0: ajoutez ${attribute}="…" pour choisir ce qu’il affiche`,
    unexpected: () => 'Impossible de charger le flux',
  },
  issues: {
    clause: (expected, found, missing) =>
      `attendu ${expected}, ${missing ? 'mais le champ manque' : `trouvé ${found}`}`,
    at: (where, clause) => `${where}\u00a0: ${clause}`,
    root: 'flux',
    phrases: {
      text: () =>
        'texte\u00a0: une chaîne, ou un objet associant des étiquettes de langue à des chaînes ({"fr": "…", "en": "…"})',
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
      'as-is': (value) => String(value),
    },
  },
};
