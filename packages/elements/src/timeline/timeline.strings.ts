import type { Lang } from '../shared/strings.js';

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
  evidence: string;
}

export const TIMELINE_STRINGS: Record<Lang, TimelineStrings> = {
  en: {
    label: 'Timeline',
    today: (date) => `Today, ${date}`,
    start: 'Start',
    end: 'End',
    update: 'Progress update',
    due: (date) => `Due: ${date}`,
    done: (date) => `Completed: ${date}`,
    by: (author) => `by ${author}`,
    empty: 'No milestones or updates have been published yet.',
    evidence: 'Evidence',
  },
  es: {
    label: 'Línea de tiempo',
    today: (date) => `Hoy, ${date}`,
    start: 'Inicio',
    end: 'Término',
    update: 'Reporte de avance',
    due: (date) => `Plazo: ${date}`,
    done: (date) => `Cumplido: ${date}`,
    by: (author) => `por ${author}`,
    empty: 'Aún no se han publicado hitos ni avances.',
    evidence: 'Verificadores',
  },
};
