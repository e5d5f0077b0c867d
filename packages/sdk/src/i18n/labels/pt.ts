/**
 * Portuguese words for every enumerated value of the feed format (see ../labels.ts), in terms that
 * read the same in Brazil and Portugal ("Em curso", not "Em andamento"), as OGP's Portuguese
 * materials and IRM reports write them.
 */
import type { Labels } from '../labels.js';

export const LABELS_PT: Labels = {
  institutionKind: {
    ministry: 'Ministério',
    agency: 'Órgão público',
    legislature: 'Poder Legislativo',
    judiciary: 'Poder Judiciário',
    municipality: 'Município',
    'civil-society': 'Sociedade civil',
    academia: 'Academia',
    international: 'Organismo internacional',
    other: 'Outra',
  },
  planPhase: {
    'co-creation': 'Cocriação',
    implementation: 'Implementação',
    closed: 'Encerrada',
  },
  ogpValue: {
    'access-to-information': 'Acesso à informação',
    'civic-participation': 'Participação cívica',
    'public-accountability': 'Prestação de contas pública',
    'technology-and-innovation': 'Tecnologia e inovação',
  },
  commitmentStatus: {
    'not-started': 'Não iniciado',
    'in-progress': 'Em curso',
    delayed: 'Atrasado',
    completed: 'Concluído',
    withdrawn: 'Retirado',
    unknown: 'Sem informação',
  },
  milestoneStatus: {
    'not-started': 'Não iniciado',
    'in-progress': 'Em curso',
    delayed: 'Atrasado',
    completed: 'Concluído',
    cancelled: 'Cancelado',
  },
  milestoneState: {
    completed: 'Concluído',
    cancelled: 'Cancelado',
    overdue: 'Prazo vencido',
    unreported: 'Não informado',
    'due-soon': 'Vence em breve',
    upcoming: 'Próximo',
    undated: 'Sem data',
  },
  phaseStatus: {
    planned: 'Prevista',
    'in-progress': 'Em curso',
    completed: 'Concluída',
  },
  agreementStatus: {
    pending: 'Pendente',
    'in-progress': 'Em curso',
    done: 'Cumprido',
    cancelled: 'Cancelado',
  },
  // The Logical Framework's Portuguese names (as in CEPAL's and the IDB's Portuguese guides).
  indicatorLevel: {
    goal: 'Fim',
    purpose: 'Propósito',
    output: 'Componente',
    activity: 'Atividade',
  },
  indicatorDirection: {
    increase: 'Aumentar',
    decrease: 'Diminuir',
    maintain: 'Manter',
  },
  // The IRM's scales as its Portuguese reports write them.
  irmSpecificity: {
    none: 'Nenhuma',
    low: 'Baixa',
    medium: 'Média',
    high: 'Alta',
  },
  irmPotentialImpact: {
    none: 'Nenhum',
    minor: 'Menor',
    moderate: 'Moderado',
    transformative: 'Transformador',
  },
  irmPotentialForResults: {
    unclear: 'Incerto',
    modest: 'Modesto',
    substantial: 'Substancial',
  },
  irmCompletion: {
    withdrawn: 'Retirado',
    unclear: 'Incerto',
    'not-started': 'Não iniciado',
    limited: 'Limitado',
    substantial: 'Substancial',
    complete: 'Concluído',
  },
  irmEarlyResults: {
    'no-early-results': 'Sem resultados iniciais',
    marginal: 'Marginais',
    significant: 'Significativos',
    outstanding: 'Excepcionais',
  },
  irmDidItOpenGovernment: {
    worsens: 'Piorou',
    'did-not-change': 'Não mudou',
    marginal: 'Marginal',
    major: 'Significativo',
    outstanding: 'Excepcional',
  },
  // Phrases that carry their scale's name ("Cumprimento limitado", never a bare "Limitado" that could
  // be read as the government's status), in the words of the IRM's Portuguese reports above.
  irmVerdict: {
    'irmCompletion:withdrawn': 'Retirado',
    'irmCompletion:unclear': 'Cumprimento incerto',
    'irmCompletion:not-started': 'Não iniciado',
    'irmCompletion:limited': 'Cumprimento limitado',
    'irmCompletion:substantial': 'Cumprimento substancial',
    'irmCompletion:complete': 'Concluído',
    'irmEarlyResults:no-early-results': 'Sem resultados iniciais',
    'irmEarlyResults:marginal': 'Resultados iniciais marginais',
    'irmEarlyResults:significant': 'Resultados iniciais significativos',
    'irmEarlyResults:outstanding': 'Resultados iniciais excepcionais',
    'irmDidItOpenGovernment:worsens': 'Abertura do governo: piorou',
    'irmDidItOpenGovernment:did-not-change': 'Abertura do governo: não mudou',
    'irmDidItOpenGovernment:marginal': 'Abertura do governo: marginal',
    'irmDidItOpenGovernment:major': 'Abertura do governo: significativa',
    'irmDidItOpenGovernment:outstanding': 'Abertura do governo: excepcional',
  },
  irmTerm: {
    'mid-term': 'MRI, meio do período',
    'end-of-term': 'MRI, fim do plano',
  },
  // MRI: Mecanismo de Revisão Independente, OGP's Portuguese name for the IRM.
  verdictSource: {
    government: 'Governo',
    irm: 'MRI',
    unknown: 'Sem informação',
  },
};
