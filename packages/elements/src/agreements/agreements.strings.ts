import { bilingual } from '../shared/strings.js';

export interface AgreementsStrings {
  agreements: string;
  meeting: (date: string) => string;
  agreement: string;
  responsible: string;
  due: string;
  summary: (open: number, overdue: number) => string;
  openOnly: string;
  none: string;
  noneOpen: string;
  minutes: string;
  noDue: string;
}

export const AGREEMENTS_STRINGS = /* @__PURE__ */ bilingual<AgreementsStrings>({
  agreements: ['Acuerdos', 'Agreements'],
  meeting: [(date) => `Reunión del ${date}`, (date) => `Meeting of ${date}`],
  agreement: ['Acuerdo', 'Agreement'],
  responsible: ['Responsable', 'Responsible'],
  due: ['Plazo', 'Due'],
  summary: [
    (open, overdue) => `${open} ${open === 1 ? 'acuerdo pendiente' : 'acuerdos pendientes'}${overdue ? `, ${overdue} vencidos` : ''}`,
    (open, overdue) => `${open} ${open === 1 ? 'open agreement' : 'open agreements'}${overdue ? `, ${overdue} overdue` : ''}`,
  ],
  openOnly: ['Solo acuerdos pendientes', 'Only open agreements'],
  none: ['No hay acuerdos registrados.', 'No agreements have been recorded.'],
  noneOpen: ['No hay acuerdos pendientes.', 'No open agreements.'],
  minutes: ['Acta', 'Minutes'],
  noDue: ['Sin fecha', 'No date'],
});
