import { bilingual } from '../shared/strings.js';

export type PlanSort = 'number' | 'title' | 'progress' | 'status' | 'due';

export interface PlanStrings {
  commitments: (n: number) => string;
  overdue: (n: number) => string;
  average: string;
  knownFor: (n: number, total: number) => string;
  byStatus: string;
  phase: string;
  filters: string;
  search: string;
  value: string;
  theme: string;
  sort: string;
  any: string;
  sorts: Record<PlanSort, string>;
  showing: (from: number, to: number, total: number) => string;
  noMatch: string;
  clear: string;
  empty: string;
  previous: string;
  next: string;
  page: (n: number, total: number) => string;
  pages: string;
}

export const PLAN_STRINGS = /* @__PURE__ */ bilingual<PlanStrings>({
  commitments: [(n) => `${n} compromiso${n === 1 ? '' : 's'}`, (n) => `${n} commitment${n === 1 ? '' : 's'}`],
  overdue: [(n) => `${n} con plazo vencido`, (n) => `${n} past their end date`],
  average: ['Avance promedio', 'Average progress'],
  knownFor: [(n, total) => `conocido en ${n} de ${total}`, (n, total) => `known for ${n} of ${total}`],
  byStatus: ['Compromisos por estado', 'Commitments by status'],
  phase: ['Fase', 'Phase'],
  filters: ['Filtrar compromisos', 'Filter commitments'],
  search: ['Buscar', 'Search'],
  value: ['Valor OGP', 'OGP value'],
  theme: ['Tema', 'Theme'],
  sort: ['Ordenar por', 'Sort by'],
  any: ['Cualquiera', 'Any'],
  sorts: [
    { number: 'Número', title: 'Título', progress: 'Avance', status: 'Estado', due: 'Próximo plazo' },
    { number: 'Number', title: 'Title', progress: 'Progress', status: 'Status', due: 'Next due date' },
  ],
  showing: [(from, to, total) => `Mostrando ${from}–${to} de ${total}`, (from, to, total) => `Showing ${from}–${to} of ${total}`],
  noMatch: ['Ningún compromiso coincide con estos filtros.', 'No commitments match these filters.'],
  clear: ['Quitar filtros', 'Clear filters'],
  empty: ['Este plan aún no tiene compromisos.', 'This plan has no commitments yet.'],
  previous: ['Anterior', 'Previous'],
  next: ['Siguiente', 'Next'],
  page: [(n, total) => `Página ${n} de ${total}`, (n, total) => `Page ${n} of ${total}`],
  pages: ['Páginas', 'Pages'],
});
