import { bilingual } from '../shared/strings.js';

export interface TimelineStrings {
  label: string;
  today: (date: string) => string;
  start: string;
  end: string;
  update: string;
  due: (date: string) => string;
  done: (date: string) => string;
  by: (author: string) => string;
  empty: string;
}

export const TIMELINE_STRINGS = /* @__PURE__ */ bilingual<TimelineStrings>({
  label: ['Línea de tiempo', 'Timeline'],
  today: [(date) => `Hoy, ${date}`, (date) => `Today, ${date}`],
  start: ['Inicio', 'Start'],
  end: ['Término', 'End'],
  update: ['Reporte de avance', 'Progress update'],
  due: [(date) => `Plazo: ${date}`, (date) => `Due: ${date}`],
  done: [(date) => `Cumplido: ${date}`, (date) => `Completed: ${date}`],
  by: [(author) => `por ${author}`, (author) => `by ${author}`],
  empty: ['Aún no se han publicado hitos ni avances.', 'No milestones or updates have been published yet.'],
});
