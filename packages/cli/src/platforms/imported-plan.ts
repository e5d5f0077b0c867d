/**
 * What a platform reader gives back: the plan's commitments as feed objects, where each came
 * from (so the SDK's own checks can be reported at a row), what was reported while reading,
 * and the facts the feed's head is made of when the command line does not give them.
 */
import { languageText } from '@ogp-embed/sdk';
import type { LanguageTexts } from '@ogp-embed/sdk';
import type { Origin, SheetIssue } from '../sheets/build-feed.js';

export type Entity = Record<string, unknown>;

/** A sentence in every language the CLI speaks; a `LanguageTexts` to code that knows only en/es. */
export type Said = LanguageTexts & { pt: string; fr: string };

/** An issue's text in `lang`: the importers' own say it in all four, others in en/es. */
export function textIn(text: LanguageTexts, lang: string): string {
  const all = text as Partial<Said>;
  return (lang === 'pt' || lang === 'fr' ? all[lang] : undefined) ?? languageText(text, lang);
}

export interface ImportedPlan {
  platform: 'decidim' | 'gobierto';
  commitments: Entity[];
  origins: WeakMap<object, Origin>;
  issues: SheetIssue[];
  /** Every day the file gives (starts, ends): the plan's period is their span. */
  days: string[];
  /** Languages of the titles, most used first. */
  languages: string[];
  /** The site the records link to (`https://decidim.example.org`), when they do. */
  site?: string;
  /** A plan id the file itself suggests (Decidim's component id). */
  planId?: string;
}

/** Thrown when the file is not the platform's format; `expected` names what was looked for. */
export class NotPlatformFormatError extends Error {
  constructor(readonly expected: Said) {
    super(expected.en);
    this.name = 'NotPlatformFormatError';
  }
}

/** Reports problems of one file, each column that has no place in the feed only once. */
export class IssueLog {
  readonly issues: SheetIssue[] = [];
  private readonly once = new Set<string>();

  constructor(readonly file: string) {}

  add(severity: SheetIssue['severity'], row: number | undefined, column: string | undefined, text: Said): void {
    this.issues.push({
      severity,
      file: this.file,
      ...(row !== undefined ? { row } : {}),
      ...(column ? { column } : {}),
      text,
    });
  }

  /** The first time `key` comes up only. */
  addOnce(
    key: string,
    severity: SheetIssue['severity'],
    row: number | undefined,
    column: string | undefined,
    text: Said,
  ): void {
    if (this.once.has(key)) return;
    this.once.add(key);
    this.add(severity, row, column, text);
  }

  unplaced(column: string): void {
    this.addOnce(`column:${column}`, 'warning', 1, column, {
      en: 'the feed has no place for this column; ignored in every row',
      es: 'el feed no tiene dónde poner esta columna; se ignora en todas las filas',
      pt: 'o feed não tem lugar para esta coluna; ignorada em todas as linhas',
      fr: 'le flux n’a pas de place pour cette colonne ; ignorée dans toutes les lignes',
    });
  }
}

/** A feed id from a platform's id: kept when valid, else made of its letters and digits. */
export function feedId(raw: string): string | undefined {
  const text = raw.trim();
  if (/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/.test(text)) return text;
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9_.:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug || undefined;
}

/** A number as platforms write percentages: `25.0`, `50.00%`, `46,33`. */
export function readPercent(raw: string): number | undefined {
  const text = raw
    .trim()
    .replace(/\s*%$/, '')
    .replace(/^(-?\d+),(\d+)$/, '$1.$2');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

export const NOT_A_DATE = (value: string, order: Said): Said => ({
  en: `expected a date written ${order.en}, found "${value}"; left unknown`,
  es: `se esperaba una fecha escrita ${order.es}, se encontró "${value}"; queda desconocida`,
  pt: `esperava-se uma data escrita ${order.pt}, encontrou-se "${value}"; fica desconhecida`,
  fr: `date attendue, écrite ${order.fr}, trouvé « ${value} » ; reste inconnue`,
});

export const NOT_A_PERCENT = (value: string): Said => ({
  en: `expected a percentage from 0 to 100, found "${value}"; left unknown`,
  es: `se esperaba un porcentaje de 0 a 100, se encontró "${value}"; queda desconocido`,
  pt: `esperava-se uma percentagem de 0 a 100, encontrou-se "${value}"; fica desconhecida`,
  fr: `pourcentage de 0 à 100 attendu, trouvé « ${value} » ; reste inconnu`,
});

export const NO_TITLE: Said = {
  en: 'expected a title, found none; row left out',
  es: 'se esperaba un título, no hay; se deja fuera la fila',
  pt: 'esperava-se um título, não há nenhum; linha deixada de fora',
  fr: 'titre attendu, aucun trouvé ; ligne écartée',
};

export const DUPLICATE_ID = (id: string): Said => ({
  en: `expected a new id, found "${id}" already used by an earlier row; row left out`,
  es: `se esperaba un id nuevo, se encontró "${id}", que ya usa una fila anterior; se deja fuera la fila`,
  pt: `esperava-se um id novo, encontrou-se "${id}", já usado por uma linha anterior; linha deixada de fora`,
  fr: `identifiant nouveau attendu, trouvé « ${id} », déjà utilisé par une ligne précédente ; ligne écartée`,
});

export const UNKNOWN_STATUS = (shown: string, conflict: boolean): Said => ({
  en: `${conflict ? 'the names of status' : 'status'} "${shown}" ${conflict ? 'mean different statuses' : 'is not one this importer can read'}: in every row with it, the status is read from the progress where one is given (0 % not started, 100 % completed, else in progress), else left unknown`,
  es: `${conflict ? 'los nombres del estado' : 'el estado'} "${shown}" ${conflict ? 'significan estados distintos' : 'no es uno que este importador sepa leer'}: en cada fila que lo tiene, el estado se lee del avance si lo hay (0 % sin iniciar, 100 % completado, si no en curso), si no queda desconocido`,
  pt: `${conflict ? 'os nomes do estado' : 'o estado'} "${shown}" ${conflict ? 'significam estados diferentes' : 'não é um que este importador saiba ler'}: em cada linha que o tem, o estado lê-se do progresso quando existe (0 % não iniciado, 100 % concluído, senão em curso), senão fica desconhecido`,
  fr: `${conflict ? 'les noms du statut' : 'le statut'} « ${shown} » ${conflict ? 'désignent des statuts différents' : 'n’est pas un statut que cet import sait lire'} : dans chaque ligne qui le porte, le statut est lu dans l’avancement s’il est donné (0 % non commencé, 100 % terminé, sinon en cours), sinon il reste inconnu`,
});
