import type { Lang } from '../shared/strings.js';

export interface ProgressBarStrings {
  label: string;
  /** Shown in place of a number when progress is not known. */
  unknown: string;
  unknownText: string;
  milestones: (done: number, total: number) => string;
}

export const PROGRESS_BAR_STRINGS: Record<Lang, ProgressBarStrings> = {
  en: {
    label: 'Progress',
    unknown: 'Unknown',
    unknownText: 'Progress unknown',
    milestones: (done, total) => `${done} of ${total} milestones completed`,
  },
  es: {
    label: 'Avance',
    unknown: 'Sin datos',
    unknownText: 'Avance desconocido',
    milestones: (done, total) => `${done} de ${total} hitos cumplidos`,
  },
};
