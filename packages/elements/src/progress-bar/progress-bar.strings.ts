import type { Lang } from '../shared/strings.js';

export interface ProgressBarStrings {
  label: string;
  /** Shown in place of a number when progress is not known. */
  unknown: string;
  unknownText: string;
  milestones: (done: number, total: number) => string;
}

// One object per language, not side by side through bilingual(): for four words, the helper
// would cost the bar's own bundle (8 KB budget) more than the keys it saves.
export const PROGRESS_BAR_STRINGS: Record<Lang, ProgressBarStrings> = {
  es: {
    label: 'Avance',
    unknown: 'Sin datos',
    unknownText: 'Avance desconocido',
    milestones: (done, total) => `${done} de ${total} hitos cumplidos`,
  },
  en: {
    label: 'Progress',
    unknown: 'Unknown',
    unknownText: 'Progress unknown',
    milestones: (done, total) => `${done} of ${total} milestones completed`,
  },
};
