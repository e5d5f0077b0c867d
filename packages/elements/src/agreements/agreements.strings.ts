import type { Lang } from '../shared/strings.js';

export interface AgreementsStrings {
  agreements: string;
  meeting: (date: string) => string;
  agreement: string;
  responsible: string;
  due: string;
  status: string;
  summary: (open: number, overdue: number) => string;
  openOnly: string;
  none: string;
  noneOpen: string;
  minutes: string;
  noDue: string;
}

export const AGREEMENTS_STRINGS: Record<Lang, AgreementsStrings> = {
  en: {
    agreements: 'Agreements',
    meeting: (date) => `Meeting of ${date}`,
    agreement: 'Agreement',
    responsible: 'Responsible',
    due: 'Due',
    status: 'Status',
    summary: (open, overdue) =>
      `${open === 1 ? '1 open agreement' : `${open} open agreements`}${overdue ? `, ${overdue} overdue` : ''}`,
    openOnly: 'Only open agreements',
    none: 'No agreements have been recorded.',
    noneOpen: 'No open agreements.',
    minutes: 'Minutes',
    noDue: 'No date',
  },
  es: {
    agreements: 'Acuerdos',
    meeting: (date) => `Reunión del ${date}`,
    agreement: 'Acuerdo',
    responsible: 'Responsable',
    due: 'Plazo',
    status: 'Estado',
    summary: (open, overdue) =>
      `${open === 1 ? '1 acuerdo pendiente' : `${open} acuerdos pendientes`}${overdue ? `, ${overdue} vencidos` : ''}`,
    openOnly: 'Solo acuerdos pendientes',
    none: 'No hay acuerdos registrados.',
    noneOpen: 'No hay acuerdos pendientes.',
    minutes: 'Acta',
    noDue: 'Sin fecha',
  },
};
