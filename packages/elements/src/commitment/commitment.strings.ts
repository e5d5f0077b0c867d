import type { Lang } from '../shared/strings.js';

export interface CommitmentStrings {
  commitment: (number: string) => string;
  lead: string;
  supporting: string;
  period: string;
  values: string;
  next: string;
  due: (date: string) => string;
  asOf: string;
  progress: string;
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
  irmFields: {
    specificity: string;
    verifiable: string;
    relevant: string;
    potentialImpact: string;
    potentialForResults: string;
    completionMidTerm: string;
    completionEndOfTerm: string;
    earlyResults: string;
    didItOpenGovernment: string;
    starred: string;
  };
  irmReport: string;
}

export const COMMITMENT_STRINGS: Record<Lang, CommitmentStrings> = {
  en: {
    commitment: (number) => `Commitment ${number}`,
    lead: 'Lead institution',
    supporting: 'Supporting institutions',
    period: 'Period',
    values: 'OGP values',
    next: 'Next milestone',
    due: (date) => `due ${date}`,
    asOf: 'Last report',
    progress: 'Progress',
    show: 'Show details',
    hide: 'Hide details',
    description: 'Description',
    problem: 'Problem',
    objective: 'Objective',
    timeline: 'Milestones and updates',
    indicators: 'Indicators',
    irm: 'Independent Reporting Mechanism (IRM) assessment',
    carriesForward: 'Carries forward',
    noMilestones: 'No milestones have been published.',
    yes: 'Yes',
    no: 'No',
    irmFields: {
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
    irmReport: 'IRM report',
  },
  es: {
    commitment: (number) => `Compromiso ${number}`,
    lead: 'Institución responsable',
    supporting: 'Instituciones de apoyo',
    period: 'Período',
    values: 'Valores OGP',
    next: 'Próximo hito',
    due: (date) => `plazo: ${date}`,
    asOf: 'Último reporte',
    progress: 'Avance',
    show: 'Ver detalles',
    hide: 'Ocultar detalles',
    description: 'Descripción',
    problem: 'Problema',
    objective: 'Objetivo',
    timeline: 'Hitos y avances',
    indicators: 'Indicadores',
    irm: 'Evaluación del Mecanismo de Revisión Independiente (MRI)',
    carriesForward: 'Da continuidad a',
    noMilestones: 'No se han publicado hitos.',
    yes: 'Sí',
    no: 'No',
    irmFields: {
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
    irmReport: 'Informe del MRI',
  },
};
