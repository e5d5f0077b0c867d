import { bilingual } from '../shared/strings.js';

export interface ProgressBarStrings {
  label: string;
  /** Shown in place of a number when progress is not known. */
  unknown: string;
  unknownText: string;
  milestones: (done: number, total: number) => string;
}

export const PROGRESS_BAR_STRINGS = /* @__PURE__ */ bilingual<ProgressBarStrings>({
  label: ['Avance', 'Progress'],
  unknown: ['Sin datos', 'Unknown'],
  unknownText: ['Avance desconocido', 'Progress unknown'],
  milestones: [(done, total) => `${done} de ${total} hitos cumplidos`, (done, total) => `${done} of ${total} milestones completed`],
});
