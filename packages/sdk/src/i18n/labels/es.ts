/** Spanish words for every enumerated value of the feed format (see ../labels.ts). */
import type { Labels } from '../labels.js';

export const LABELS_ES: Labels = {
  institutionKind: {
    ministry: 'Ministerio',
    agency: 'Servicio público',
    legislature: 'Poder Legislativo',
    judiciary: 'Poder Judicial',
    municipality: 'Municipalidad',
    'civil-society': 'Sociedad civil',
    academia: 'Academia',
    international: 'Organismo internacional',
    other: 'Otra',
  },
  planPhase: {
    'co-creation': 'Cocreación',
    implementation: 'Implementación',
    closed: 'Cerrada',
  },
  ogpValue: {
    'access-to-information': 'Acceso a la información',
    'civic-participation': 'Participación cívica',
    'public-accountability': 'Rendición de cuentas pública',
    'technology-and-innovation': 'Tecnología e innovación',
  },
  commitmentStatus: {
    'not-started': 'No iniciado',
    'in-progress': 'En curso',
    delayed: 'Atrasado',
    completed: 'Cumplido',
    withdrawn: 'Retirado',
    unknown: 'Sin información',
  },
  milestoneStatus: {
    'not-started': 'No iniciado',
    'in-progress': 'En curso',
    delayed: 'Atrasado',
    completed: 'Cumplido',
    cancelled: 'Cancelado',
  },
  milestoneState: {
    completed: 'Cumplido',
    cancelled: 'Cancelado',
    overdue: 'Vencido',
    unreported: 'Sin reporte',
    'due-soon': 'Vence pronto',
    upcoming: 'Próximo',
    undated: 'Sin fecha',
  },
  phaseStatus: {
    planned: 'Planificada',
    'in-progress': 'En curso',
    completed: 'Completada',
  },
  agreementStatus: {
    pending: 'Pendiente',
    'in-progress': 'En curso',
    done: 'Cumplido',
    cancelled: 'Cancelado',
  },
  // The Logical Framework's own Spanish names (CEPAL): fin, propósito, componente, actividad.
  indicatorLevel: {
    goal: 'Fin',
    purpose: 'Propósito',
    output: 'Componente',
    activity: 'Actividad',
  },
  indicatorDirection: {
    increase: 'Aumentar',
    decrease: 'Disminuir',
    maintain: 'Mantener',
  },
  irmSpecificity: {
    none: 'Ninguna',
    low: 'Baja',
    medium: 'Media',
    high: 'Alta',
  },
  irmPotentialImpact: {
    none: 'Ninguno',
    minor: 'Menor',
    moderate: 'Moderado',
    transformative: 'Transformador',
  },
  irmPotentialForResults: {
    unclear: 'Poco claro',
    modest: 'Modesto',
    substantial: 'Sustancial',
  },
  irmCompletion: {
    withdrawn: 'Retirado',
    unclear: 'Poco claro',
    'not-started': 'No iniciado',
    limited: 'Limitado',
    substantial: 'Sustancial',
    complete: 'Completo',
  },
  irmEarlyResults: {
    'no-early-results': 'Sin resultados tempranos',
    marginal: 'Marginales',
    significant: 'Significativos',
    outstanding: 'Destacados',
  },
  irmDidItOpenGovernment: {
    worsens: 'Empeora',
    'did-not-change': 'No cambió',
    marginal: 'Marginal',
    major: 'Importante',
    outstanding: 'Destacado',
  },
  // Phrases that carry their scale's name: a reader sees "Cumplimiento limitado", never a bare
  // "Limitado" that could be read as the government's status. OGP's Spanish reports' words.
  irmVerdict: {
    'irmCompletion:withdrawn': 'Retirado',
    'irmCompletion:unclear': 'Cumplimiento poco claro',
    'irmCompletion:not-started': 'No iniciado',
    'irmCompletion:limited': 'Cumplimiento limitado',
    'irmCompletion:substantial': 'Cumplimiento sustancial',
    'irmCompletion:complete': 'Cumplimiento completo',
    'irmEarlyResults:no-early-results': 'Sin resultados tempranos',
    'irmEarlyResults:marginal': 'Resultados tempranos marginales',
    'irmEarlyResults:significant': 'Resultados tempranos significativos',
    'irmEarlyResults:outstanding': 'Resultados tempranos destacados',
    'irmDidItOpenGovernment:worsens': 'Apertura del gobierno: empeoró',
    'irmDidItOpenGovernment:did-not-change': 'Apertura del gobierno: no cambió',
    'irmDidItOpenGovernment:marginal': 'Apertura del gobierno: marginal',
    'irmDidItOpenGovernment:major': 'Apertura del gobierno: importante',
    'irmDidItOpenGovernment:outstanding': 'Apertura del gobierno: destacada',
  },
  irmTerm: {
    'mid-term': 'MRI, medio término',
    'end-of-term': 'MRI, fin del plan',
  },
  // MRI: Mecanismo de Revisión Independiente, OGP's Spanish name for the IRM.
  verdictSource: {
    government: 'Gobierno',
    irm: 'MRI',
    unknown: 'Sin información',
  },
};
