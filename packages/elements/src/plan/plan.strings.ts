import type { Lang } from '../shared/strings.js';

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
  status: string;
  institution: string;
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

export const PLAN_STRINGS: Record<Lang, PlanStrings> = {
  en: {
    commitments: (n) => (n === 1 ? '1 commitment' : `${n} commitments`),
    overdue: (n) => `${n} past their end date`,
    average: 'Average progress',
    knownFor: (n, total) => `known for ${n} of ${total}`,
    byStatus: 'Commitments by status',
    phase: 'Phase',
    filters: 'Filter commitments',
    search: 'Search',
    status: 'Status',
    institution: 'Lead institution',
    value: 'OGP value',
    theme: 'Theme',
    sort: 'Sort by',
    any: 'Any',
    sorts: { number: 'Number', title: 'Title', progress: 'Progress', status: 'Status', due: 'Next due date' },
    showing: (from, to, total) => `Showing ${from}–${to} of ${total}`,
    noMatch: 'No commitments match these filters.',
    clear: 'Clear filters',
    empty: 'This plan has no commitments yet.',
    previous: 'Previous',
    next: 'Next',
    page: (n, total) => `Page ${n} of ${total}`,
    pages: 'Pages',
  },
  es: {
    commitments: (n) => (n === 1 ? '1 compromiso' : `${n} compromisos`),
    overdue: (n) => `${n} con plazo vencido`,
    average: 'Avance promedio',
    knownFor: (n, total) => `conocido en ${n} de ${total}`,
    byStatus: 'Compromisos por estado',
    phase: 'Fase',
    filters: 'Filtrar compromisos',
    search: 'Buscar',
    status: 'Estado',
    institution: 'Institución responsable',
    value: 'Valor OGP',
    theme: 'Tema',
    sort: 'Ordenar por',
    any: 'Cualquiera',
    sorts: { number: 'Número', title: 'Título', progress: 'Avance', status: 'Estado', due: 'Próximo plazo' },
    showing: (from, to, total) => `Mostrando ${from}–${to} de ${total}`,
    noMatch: 'Ningún compromiso coincide con estos filtros.',
    clear: 'Quitar filtros',
    empty: 'Este plan aún no tiene compromisos.',
    previous: 'Anterior',
    next: 'Siguiente',
    page: (n, total) => `Página ${n} de ${total}`,
    pages: 'Páginas',
  },
};
