/**
 * Some cells only stand together: a reported status needs its percent's date ("Estado a la
 * fecha"), a target its figure. When one of them cannot be read the group is left out whole, and
 * each of the other cells it takes along is named with what it held, so a report never says
 * "1 cell" when a status and a percent went too.
 */
import type { LanguageTexts } from '@ogp-embed/sdk';

/** The set values of a group left out, by their dotted keys (`reported.status`), as text. */
export function groupValues(group: unknown, path: string): { key: string; value: string }[] {
  if (group === undefined || group === null) return [];
  if (typeof group !== 'object' || Array.isArray(group))
    return [{ key: path, value: Array.isArray(group) ? group.join('; ') : String(group) }];
  return Object.entries(group as Record<string, unknown>).flatMap(([key, value]) =>
    groupValues(value, `${path}.${key}`),
  );
}

/** The text for a cell left out with `causeColumn`, which is `empty` or could not be read. */
export function lostWithText(causeColumn: string, value: string, empty = false): LanguageTexts {
  return empty
    ? {
        en: `"${value}" is left out too: it needs "${causeColumn}" of this row, which is empty (fill it in and both are kept)`,
        es: `también se deja fuera "${value}": necesita "${causeColumn}" de esta fila, que está vacía (complétela y se conservan las dos)`,
        pt: `"${value}" também fica de fora: precisa de "${causeColumn}" desta linha, que está vazia (preencha-a e ficam as duas)`,
        fr: `«\u00a0${value}\u00a0» est aussi laissé de côté\u00a0: il lui faut «\u00a0${causeColumn}\u00a0» de cette ligne, qui est vide (remplissez-la et les deux sont gardés)`,
      }
    : {
        en: `"${value}" is left out too: it goes with "${causeColumn}" of this row, which could not be read (correct that cell and both are kept)`,
        es: `también se deja fuera "${value}": va junto con "${causeColumn}" de esta fila, que no se pudo leer (corrija esa celda y se conservan las dos)`,
        pt: `"${value}" também fica de fora: anda junto com "${causeColumn}" desta linha, que não se pôde ler (corrija essa célula e ficam as duas)`,
        fr: `«\u00a0${value}\u00a0» est aussi laissé de côté\u00a0: il va avec «\u00a0${causeColumn}\u00a0» de cette ligne, qui n’a pas pu être lue (corrigez cette cellule et les deux sont gardés)`,
      };
}
