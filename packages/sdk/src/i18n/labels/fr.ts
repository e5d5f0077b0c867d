/**
 * French words for every enumerated value of the feed format (see ../labels.ts), as OGP's French
 * materials and the IRM's (MEI) French reports write them.
 */
import type { Labels } from '../labels.js';

export const LABELS_FR: Labels = {
  institutionKind: {
    ministry: 'Ministère',
    agency: 'Organisme public',
    legislature: 'Pouvoir législatif',
    judiciary: 'Pouvoir judiciaire',
    municipality: 'Municipalité',
    'civil-society': 'Société civile',
    academia: 'Milieu universitaire',
    international: 'Organisation internationale',
    other: 'Autre',
  },
  planPhase: {
    'co-creation': 'Co-création',
    implementation: 'Mise en œuvre',
    closed: 'Clôturée',
  },
  ogpValue: {
    'access-to-information': 'Accès à l’information',
    'civic-participation': 'Participation civique',
    'public-accountability': 'Redevabilité publique',
    'technology-and-innovation': 'Technologie et innovation',
  },
  commitmentStatus: {
    'not-started': 'Non commencé',
    'in-progress': 'En cours',
    delayed: 'En retard',
    completed: 'Achevé',
    withdrawn: 'Retiré',
    unknown: 'Aucune information',
  },
  milestoneStatus: {
    'not-started': 'Non commencé',
    'in-progress': 'En cours',
    delayed: 'En retard',
    completed: 'Achevé',
    cancelled: 'Annulé',
  },
  milestoneState: {
    completed: 'Achevé',
    cancelled: 'Annulé',
    overdue: 'Échéance dépassée',
    unreported: 'Non renseigné',
    'due-soon': 'Échéance proche',
    upcoming: 'À venir',
    undated: 'Sans date',
  },
  phaseStatus: {
    planned: 'Prévue',
    'in-progress': 'En cours',
    completed: 'Achevée',
  },
  agreementStatus: {
    pending: 'En attente',
    'in-progress': 'En cours',
    done: 'Réalisé',
    cancelled: 'Annulé',
  },
  // The Logical Framework's French names (cadre logique). "Produit" for output: no single official
  // OGP rendering; the European Commission's guides use "réalisation" or "produit".
  indicatorLevel: {
    goal: 'Objectif global',
    purpose: 'Objectif spécifique',
    output: 'Produit',
    activity: 'Activité',
  },
  indicatorDirection: {
    increase: 'Augmenter',
    decrease: 'Diminuer',
    maintain: 'Maintenir',
  },
  // The IRM's (MEI) scales as its French reports write them.
  irmSpecificity: {
    none: 'Aucune',
    low: 'Faible',
    medium: 'Moyenne',
    high: 'Élevée',
  },
  irmPotentialImpact: {
    none: 'Aucun',
    minor: 'Mineur',
    moderate: 'Modéré',
    transformative: 'Transformateur',
  },
  irmPotentialForResults: {
    unclear: 'Peu clair',
    modest: 'Modeste',
    substantial: 'Substantiel',
  },
  irmCompletion: {
    withdrawn: 'Retiré',
    unclear: 'Peu clair',
    'not-started': 'Pas commencé',
    limited: 'Limité',
    substantial: 'Substantiel',
    complete: 'Achevé',
  },
  irmEarlyResults: {
    'no-early-results': 'Aucun résultat préliminaire',
    marginal: 'Marginaux',
    significant: 'Significatifs',
    outstanding: 'Exceptionnels',
  },
  irmDidItOpenGovernment: {
    worsens: 'Détérioration',
    'did-not-change': 'Aucun changement',
    marginal: 'Marginal',
    major: 'Majeur',
    outstanding: 'Exceptionnel',
  },
  // Phrases that carry their scale's name ("Achèvement limité", never a bare "Limité" that could be
  // read as the government's status), in the words of the MEI's French reports above.
  irmVerdict: {
    'irmCompletion:withdrawn': 'Retiré',
    'irmCompletion:unclear': 'Achèvement peu clair',
    'irmCompletion:not-started': 'Pas commencé',
    'irmCompletion:limited': 'Achèvement limité',
    'irmCompletion:substantial': 'Achèvement substantiel',
    'irmCompletion:complete': 'Achevé',
    'irmEarlyResults:no-early-results': 'Aucun résultat préliminaire',
    'irmEarlyResults:marginal': 'Résultats préliminaires marginaux',
    'irmEarlyResults:significant': 'Résultats préliminaires significatifs',
    'irmEarlyResults:outstanding': 'Résultats préliminaires exceptionnels',
    'irmDidItOpenGovernment:worsens': 'Ouverture du gouvernement\u00a0: détérioration',
    'irmDidItOpenGovernment:did-not-change': 'Ouverture du gouvernement\u00a0: aucun changement',
    'irmDidItOpenGovernment:marginal': 'Ouverture du gouvernement\u00a0: marginale',
    'irmDidItOpenGovernment:major': 'Ouverture du gouvernement\u00a0: majeure',
    'irmDidItOpenGovernment:outstanding': 'Ouverture du gouvernement\u00a0: exceptionnelle',
  },
  irmTerm: {
    'mid-term': 'MEI, mi-parcours',
    'end-of-term': 'MEI, fin du plan',
  },
  // MEI: Mécanisme d'évaluation indépendant, OGP's French name for the IRM.
  verdictSource: {
    government: 'Gouvernement',
    irm: 'MEI',
    unknown: 'Aucune information',
  },
};
