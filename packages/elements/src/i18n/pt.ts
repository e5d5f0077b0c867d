/**
 * Portuguese: every element's words. Loaded only when an element speaks Portuguese (`pt`, `pt-BR`,
 * `pt-PT`...; see load.ts); dates and numbers follow the full tag through `Intl`.
 * Formal, and worded to read the same in Brazil and Portugal ("Em curso", "Cronologia"), with
 * OGP's Portuguese names: Parceria para Governo Aberto (OGP), Mecanismo de Revisão Independente
 * (MRI), plano de ação, compromisso, marco.
 */
import { LABELS_PT } from '@ogp-embed/sdk';
import type { FeedHttpError, FeedTimeoutError, FeedValidationError, FeedFormatError, NotFoundError } from '@ogp-embed/sdk';
import type { Strings } from './strings.js';

const plural = new Intl.PluralRules('pt');
const seconds = (ms: number) => {
  const value = ms / 1000;
  const figure = new Intl.NumberFormat('pt', { maximumFractionDigits: 1 }).format(value);
  return `${figure} ${plural.select(value) === 'one' ? 'segundo' : 'segundos'}`;
};

const FORMAT: Record<FeedFormatError['reason'], string> = {
  empty: 'O feed está vazio: o servidor não enviou conteúdo',
  'not-utf8': 'Não foi possível ler o feed: não é texto UTF-8',
  'not-json': 'Não foi possível ler o feed: não é JSON válido',
  html: 'Não foi possível ler o feed: o servidor enviou uma página web em vez de JSON (verifique o endereço do feed)',
};

const NOT_FOUND: Record<NotFoundError['kind'], (id: string) => string> = {
  plan: (id) => `O plano de ação ${id} não consta deste feed`,
  commitment: (id) => `O compromisso ${id} não consta deste feed`,
  forum: (id) => `O fórum ${id} não consta deste feed`,
  institution: (id) => `A instituição ${id} não consta deste feed`,
};

const pt: Strings = {
  lang: 'pt',
  labels: LABELS_PT,
  shared: {
    // "Carregando" is Brazil's form; Portugal writes "A carregar". No neutral form reads as well.
    loading: 'Carregando…',
    updated: (when) => `Atualizado: ${when}`,
    stale: (when) => `Não foi possível atualizar; são apresentados os dados de ${when}.`,
    error: (error) => {
      switch (error.code) {
        case 'feed-http':
          return `Não foi possível carregar o feed: HTTP ${(error as FeedHttpError).status}`;
        case 'feed-timeout':
          return `O feed não respondeu em ${seconds((error as FeedTimeoutError).timeout)}`;
        case 'feed-network':
          return 'Não foi possível obter o feed: a rede falhou, ou o servidor do feed não permite que este site o leia (CORS)';
        case 'feed-format':
          return FORMAT[(error as FeedFormatError).reason] ?? FORMAT['not-json'];
        case 'feed-url':
          return 'O endereço do feed não é um endereço web (http ou https)';
        case 'feed-validation': {
          const issues = (error as FeedValidationError).issues.filter((issue) => issue.severity === 'error');
          const more = issues.length - 1;
          const where = issues[0] ? `há um problema em ${issues[0].path || 'feed'}` : 'não é um feed';
          const rest = more > 0 ? ` (e mais ${more} ${plural.select(more) === 'one' ? 'problema' : 'problemas'})` : '';
          return `O feed foi rejeitado: ${where}${rest}`;
        }
        case 'not-found': {
          const { kind, id } = error as NotFoundError;
          return (NOT_FOUND[kind] ?? NOT_FOUND.commitment)(id);
        }
        default:
          return 'Não foi possível carregar o feed';
      }
    },
    unexpected: (detail) => `Ocorreu um erro: ${detail}`,
    outdated: 'Estes dados podem estar desatualizados.',
    status: 'Situação',
    lead: 'Instituição responsável',
    progress: 'Progresso',
  },
  progressBar: {
    label: 'Progresso',
    unknown: 'Sem dados',
    unknownText: 'Progresso desconhecido',
    milestones: (done, total) => `${done} de ${total} marcos concluídos`,
  },
  agreements: {
    agreements: 'Acordos',
    meeting: (date) => `Reunião de ${date}`,
    agreement: 'Acordo',
    responsible: 'Responsável',
    due: 'Prazo',
    open: { one: '{count} acordo pendente', other: '{count} acordos pendentes' },
    overdue: { other: '{count} com prazo vencido' },
    openOnly: 'Apenas acordos pendentes',
    none: 'Não constam acordos.',
    noneOpen: 'Não há acordos pendentes.',
    minutes: 'Ata',
    noDue: 'Sem data',
  },
  commitment: {
    commitment: (number) => `Compromisso ${number}`,
    supporting: 'Instituições de apoio',
    period: 'Período',
    values: 'Valores da OGP',
    next: 'Próximo marco',
    due: (date) => `prazo: ${date}`,
    ended: 'Terminou',
    endedWith: (date, state) => `${date}; situação final: ${state}`,
    asOf: 'Último relatório',
    show: 'Ver detalhes',
    hide: 'Ocultar detalhes',
    description: 'Descrição',
    problem: 'Problema',
    objective: 'Objetivo',
    timeline: 'Marcos e atualizações',
    indicators: 'Indicadores',
    irm: 'Avaliação do Mecanismo de Revisão Independente (MRI)',
    carriesForward: 'Dá continuidade a',
    noMilestones: 'Não foram publicados marcos.',
    yes: 'Sim',
    no: 'Não',
    irmFields: {
      specificity: 'Especificidade',
      verifiable: 'Verificável',
      relevant: 'Relevante para os valores da OGP',
      potentialImpact: 'Impacto potencial',
      potentialForResults: 'Potencial de resultados',
      completionMidTerm: 'Conclusão (meio do período)',
      completionEndOfTerm: 'Conclusão (fim do plano)',
      earlyResults: 'Resultados iniciais',
      didItOpenGovernment: 'Contribuiu para a abertura do governo?',
      starred: 'Compromisso estrelado',
    },
    irmReport: 'Relatório do MRI',
  },
  indicator: {
    baseline: 'Linha de base',
    target: 'Meta',
    latest: 'Última medição',
    direction: 'Mudança esperada',
    toTarget: 'Progresso em direção à meta',
    date: 'Data',
    value: 'Valor',
    measurements: 'Medições',
    noMeasurements: 'Ainda não foram publicadas medições.',
    verification: 'Meio de verificação',
    assumptions: 'Pressupostos',
    chart: (name) => `Gráfico de ${name}; os valores constam da tabela seguinte.`,
  },
  plan: {
    commitments: { one: '{count} compromisso', other: '{count} compromissos' },
    overdue: { other: '{count} com prazo de término ultrapassado' },
    average: 'Progresso médio',
    knownFor: (n, total) => `conhecido em ${n} de ${total}`,
    byStatus: 'Compromissos por situação',
    sources: {
      government: { other: 'Segundo o governo: {count}' },
      irm: { other: 'Segundo o MRI: {count}' },
      unknown: { other: 'Sem informação: {count}' },
    },
    disagreements: { one: 'O MRI diverge do governo em {count} compromisso', other: 'O MRI diverge do governo em {count} compromissos' },
    phase: 'Fase',
    filters: 'Filtrar compromissos',
    search: 'Pesquisar',
    value: 'Valor da OGP',
    theme: 'Tema',
    sort: 'Ordenar por',
    any: 'Qualquer',
    sorts: { number: 'Número', title: 'Título', progress: 'Progresso', status: 'Situação', due: 'Próximo prazo' },
    showing: (from, to, total) => `Resultados ${from}–${to} de ${total}`,
    noMatch: 'Nenhum compromisso corresponde a estes filtros.',
    clear: 'Limpar filtros',
    empty: 'Este plano ainda não tem compromissos.',
    previous: 'Anterior',
    next: 'Seguinte',
    page: (n, total) => `Página ${n} de ${total}`,
    pages: 'Páginas',
    listUnavailable: 'Não foi possível carregar a lista completa: mostram-se a primeira página e os números acima.',
  },
  timeline: {
    label: 'Cronologia',
    today: (date) => `Hoje, ${date}`,
    start: 'Início',
    end: 'Término',
    update: 'Relatório de progresso',
    due: (date) => `Prazo: ${date}`,
    done: (date) => `Concluído: ${date}`,
    by: (author) => `por ${author}`,
    empty: 'Ainda não foram publicados marcos nem atualizações.',
  },
};

export default pt;
