/**
 * The words every element uses for its states, in each language the elements speak.
 * Element-specific words live beside each element (`<name>.strings.ts`), so an element
 * bundled alone carries only its own.
 */
export type Lang = 'es' | 'en';

export interface SharedStrings {
  loading: string;
  updated: (when: string) => string;
  stale: (when: string) => string;
  unexpected: (detail: string) => string;
  /** The data shown may be old (compact layouts). */
  outdated: string;
}

export const SHARED_STRINGS: Record<Lang, SharedStrings> = {
  en: {
    loading: 'Loading…',
    updated: (when) => `Updated: ${when}`,
    stale: (when) => `Could not refresh; showing the data of ${when}.`,
    unexpected: (detail) => `Something went wrong: ${detail}`,
    outdated: 'This data may be out of date.',
  },
  es: {
    loading: 'Cargando…',
    updated: (when) => `Actualizado: ${when}`,
    stale: (when) => `No se pudo actualizar; se muestran los datos de ${when}.`,
    unexpected: (detail) => `Algo salió mal: ${detail}`,
    outdated: 'Estos datos pueden estar desactualizados.',
  },
};
