import type { IrmAssessment } from '@ogp-embed/sdk';
import { bilingual } from '../shared/strings.js';

export interface CommitmentStrings {
  commitment: (number: string) => string;
  supporting: string;
  period: string;
  values: string;
  next: string;
  due: (date: string) => string;
  asOf: string;
  show: string;
  hide: string;
  description: string;
  problem: string;
  objective: string;
  timeline: string;
  indicators: string;
  irm: string;
  carriesForward: string;
  noMilestones: string;
  yes: string;
  no: string;
  /** The name of each IRM rating shown. */
  irmFields: Record<Exclude<keyof IrmAssessment, 'reportUrl'>, string>;
  irmReport: string;
}

export const COMMITMENT_STRINGS = /* @__PURE__ */ bilingual<CommitmentStrings>({
  commitment: [(number) => `Compromiso ${number}`, (number) => `Commitment ${number}`],
  supporting: ['Instituciones de apoyo', 'Supporting institutions'],
  period: ['Período', 'Period'],
  values: ['Valores OGP', 'OGP values'],
  next: ['Próximo hito', 'Next milestone'],
  due: [(date) => `plazo: ${date}`, (date) => `due ${date}`],
  asOf: ['Último reporte', 'Last report'],
  show: ['Ver detalles', 'Show details'],
  hide: ['Ocultar detalles', 'Hide details'],
  description: ['Descripción', 'Description'],
  problem: ['Problema', 'Problem'],
  objective: ['Objetivo', 'Objective'],
  timeline: ['Hitos y avances', 'Milestones and updates'],
  indicators: ['Indicadores', 'Indicators'],
  irm: ['Evaluación del Mecanismo de Revisión Independiente (MRI)', 'Independent Reporting Mechanism (IRM) assessment'],
  carriesForward: ['Da continuidad a', 'Carries forward'],
  noMilestones: ['No se han publicado hitos.', 'No milestones have been published.'],
  yes: ['Sí', 'Yes'],
  no: ['No', 'No'],
  irmFields: [
    {
      specificity: 'Especificidad',
      verifiable: 'Verificable',
      relevant: 'Relevante a los valores OGP',
      potentialImpact: 'Impacto potencial',
      potentialForResults: 'Potencial de resultados',
      completionMidTerm: 'Cumplimiento (medio término)',
      completionEndOfTerm: 'Cumplimiento (fin del plan)',
      earlyResults: 'Resultados tempranos',
      didItOpenGovernment: '¿Contribuyó a abrir el gobierno?',
      starred: 'Compromiso estelar',
    },
    {
      specificity: 'Specificity',
      verifiable: 'Verifiable',
      relevant: 'Relevant to OGP values',
      potentialImpact: 'Potential impact',
      potentialForResults: 'Potential for results',
      completionMidTerm: 'Completion (mid-term)',
      completionEndOfTerm: 'Completion (end of term)',
      earlyResults: 'Early results',
      didItOpenGovernment: 'Did it open government?',
      starred: 'Starred commitment',
    },
  ],
  irmReport: ['Informe del MRI', 'IRM report'],
});
