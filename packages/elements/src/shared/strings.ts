/**
 * The words every element uses for its states, in each language the elements speak.
 * Element-specific words live beside each element (`<name>.strings.ts`), so an element
 * bundled alone carries only its own.
 */
export type Lang = 'es' | 'en';

/** Each entry's words side by side, `[Spanish, English]`, as the SDK writes its labels. */
export type SideBySide<T> = { readonly [K in keyof T]: readonly [es: T[K], en: T[K]] };

/** One object per language from words written side by side (each key once, not once per language). */
export function bilingual<T>(words: SideBySide<T>): Record<Lang, T> {
  const es = {} as T;
  const en = {} as T;
  for (const key in words) [es[key], en[key]] = words[key];
  return { es, en };
}

export interface SharedStrings {
  loading: string;
  updated: (when: string) => string;
  stale: (when: string) => string;
  unexpected: (detail: string) => string;
  /** The data shown may be old (compact layouts). */
  outdated: string;
  /** Words more than one element uses. */
  status: string;
  lead: string;
  progress: string;
}

export const SHARED_STRINGS = /* @__PURE__ */ bilingual<SharedStrings>({
  loading: ['Cargando…', 'Loading…'],
  updated: [(when) => `Actualizado: ${when}`, (when) => `Updated: ${when}`],
  stale: [(when) => `No se pudo actualizar; se muestran los datos de ${when}.`, (when) => `Could not refresh; showing the data of ${when}.`],
  unexpected: [(detail) => `Algo salió mal: ${detail}`, (detail) => `Something went wrong: ${detail}`],
  outdated: ['Estos datos pueden estar desactualizados.', 'This data may be out of date.'],
  status: ['Estado', 'Status'],
  lead: ['Institución responsable', 'Lead institution'],
  progress: ['Avance', 'Progress'],
});
