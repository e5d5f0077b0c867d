/**
 * The words publishers write for the format's fixed values, in every language the CLI speaks:
 * a status typed "Terminado", "Concluído" or "Achevé" is `completed`. The SDK's own labels in
 * every language it has, and the values themselves, are accepted too (see `cells.ts`).
 * Words are compared without case or accents.
 */
import type { LabelKind } from '@ogp-embed/sdk';

const COMPLETED = [
  'completed', 'complete', 'done', 'finished', 'fulfilled', 'achieved',
  'cumplido', 'cumplida', 'completado', 'completada', 'terminado', 'terminada', 'finalizado', 'finalizada',
  'concluido', 'concluida', 'realizado', 'realizada', 'hecho', 'logrado',
  'cumprido', 'cumprida', 'completo', 'completa', 'feito', 'feita',
  'acheve', 'achevee', 'termine', 'terminee', 'realise', 'realisee', 'fini', 'finie', 'accompli', 'complete',
];
const IN_PROGRESS = [
  'in progress', 'ongoing', 'underway', 'under way', 'started', 'in process',
  'en curso', 'en progreso', 'en proceso', 'en ejecucion', 'en desarrollo', 'iniciado', 'iniciada', 'en marcha',
  'em andamento', 'em curso', 'em progresso', 'em execucao', 'em desenvolvimento', 'iniciada',
  'en cours', 'en progression', 'commence', 'commencee', 'demarre', 'demarree',
];
const NOT_STARTED = [
  'not started', 'not yet started', 'no iniciado', 'no iniciada', 'sin iniciar', 'por iniciar', 'no comenzado',
  'nao iniciado', 'nao iniciada', 'nao comecado', 'por iniciar', 'non commence', 'non commencee', 'pas commence',
  'non demarre', 'pas demarre', 'a venir',
];
const DELAYED = ['delayed', 'late', 'behind schedule', 'atrasado', 'atrasada', 'retrasado', 'retrasada', 'con retraso', 'demorado', 'em atraso', 'en retard', 'retarde', 'retardee'];
const CANCELLED = ['cancelled', 'canceled', 'cancelado', 'cancelada', 'anulado', 'anulada', 'annule', 'annulee'];
const WITHDRAWN = ['withdrawn', 'retirado', 'retirada', 'desistido', 'retire', 'retiree', 'abandonne', 'abandonado'];
const PENDING = ['pending', 'pendiente', 'pendente', 'en attente', 'a faire', 'por hacer', 'a fazer'];
const PLANNED = ['planned', 'scheduled', 'planificada', 'planificado', 'programada', 'programado', 'planejada', 'planejado', 'prevue', 'prevu', 'planifiee', 'planifie'];

const words = (value: string, list: readonly string[]) => list.map((word) => [word, value] as const);

export const SYNONYMS: Partial<Record<LabelKind, ReadonlyArray<readonly [string, string]>>> = {
  milestoneStatus: [
    ...words('completed', COMPLETED), ...words('in-progress', IN_PROGRESS), ...words('not-started', NOT_STARTED),
    ...words('delayed', DELAYED), ...words('cancelled', [...CANCELLED, ...WITHDRAWN]),
  ],
  commitmentStatus: [
    ...words('completed', COMPLETED), ...words('in-progress', IN_PROGRESS), ...words('not-started', NOT_STARTED),
    ...words('delayed', DELAYED), ...words('withdrawn', [...WITHDRAWN, ...CANCELLED]),
    ...words('unknown', ['unknown', 'no information', 'sin informacion', 'desconocido', 'sem informacao', 'desconhecido', 'inconnu', 'sans information']),
  ],
  phaseStatus: [...words('completed', COMPLETED), ...words('in-progress', IN_PROGRESS), ...words('planned', [...PLANNED, ...NOT_STARTED, ...PENDING])],
  agreementStatus: [
    ...words('done', COMPLETED), ...words('in-progress', IN_PROGRESS), ...words('pending', [...PENDING, ...NOT_STARTED]),
    ...words('cancelled', [...CANCELLED, ...WITHDRAWN]),
  ],
  planPhase: [
    ...words('co-creation', ['cocreation', 'co creation', 'cocreacion', 'co creacion', 'cocriacao', 'co-criacao', 'cocreation', 'co-construction', 'coconstruction']),
    ...words('implementation', ['implementacion', 'ejecucion', 'implementacao', 'execucao', 'mise en oeuvre', 'en cours', 'en curso', 'em andamento']),
    ...words('closed', ['closed', 'finished', 'cerrado', 'cerrada', 'finalizado', 'concluido', 'encerrado', 'fechado', 'cloture', 'ferme', 'termine']),
  ],
  institutionKind: [
    ...words('ministry', ['ministerio', 'ministere']),
    ...words('agency', ['agency', 'agencia', 'servicio', 'orgao publico', 'agence', 'organisme public']),
    ...words('legislature', ['parliament', 'congress', 'congreso', 'parlamento', 'congresso', 'poder legislativo', 'parlement', 'pouvoir legislatif']),
    ...words('judiciary', ['poder judicial', 'poder judiciario', 'judiciaire', 'pouvoir judiciaire', 'court']),
    ...words('municipality', ['municipio', 'municipalidad', 'prefeitura', 'municipalite', 'commune', 'mairie']),
    ...words('civil-society', ['ngo', 'cso', 'ong', 'osc', 'sociedade civil', 'societe civile']),
    ...words('academia', ['university', 'universidad', 'universidade', 'universite', 'academie']),
    ...words('international', ['organizacion internacional', 'organismo internacional', 'organizacao internacional', 'organisation internationale']),
    ...words('other', ['otro', 'otra', 'outro', 'outra', 'autre']),
  ],
  indicatorLevel: [
    ...words('goal', ['fin', 'objetivo general', 'finalidade', 'finalite', 'impact']),
    ...words('purpose', ['proposito', 'objetivo especifico', 'objectif specifique']),
    ...words('output', ['componente', 'producto', 'produto', 'produit', 'resultado']),
    ...words('activity', ['actividad', 'atividade', 'activite']),
  ],
  indicatorDirection: [
    ...words('increase', ['aumentar', 'aumento', 'subir', 'augmenter', 'hausse', 'up']),
    ...words('decrease', ['disminuir', 'reducir', 'diminuir', 'reduzir', 'diminuer', 'baisse', 'down']),
    ...words('maintain', ['mantener', 'manter', 'maintenir', 'keep']),
  ],
};
