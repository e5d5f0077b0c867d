/**
 * French: every element's words. Loaded only when an element speaks French (`fr`, `fr-CA`...; see
 * load.ts); dates and numbers follow the full tag through `Intl`.
 * Formal, with OGP's French names: Partenariat pour un gouvernement ouvert (PGO), Mécanisme
 * d'évaluation indépendant (MEI), plan d'action, engagement, jalon. A no-break space goes before
 * a colon, as French typography wants (Quebec's usage too).
 */
import { LABELS_FR } from '@ogp-embed/sdk';
import type { FeedHttpError, FeedTimeoutError, FeedValidationError, FeedFormatError, NotFoundError } from '@ogp-embed/sdk';
import type { Strings } from './strings.js';

const plural = new Intl.PluralRules('fr');
const seconds = (ms: number) => {
  const value = ms / 1000;
  const figure = new Intl.NumberFormat('fr', { maximumFractionDigits: 1 }).format(value);
  return `${figure} ${plural.select(value) === 'one' ? 'seconde' : 'secondes'}`;
};

// "Flux" for feed: the term French public administrations use for a data feed.
const FORMAT: Record<FeedFormatError['reason'], string> = {
  empty: 'Le flux est vide\u00a0: le serveur n’a envoyé aucun contenu',
  'not-utf8': 'Le flux n’a pas pu être lu\u00a0: ce n’est pas du texte UTF-8',
  'not-json': 'Le flux n’a pas pu être lu\u00a0: ce n’est pas du JSON valide',
  html: 'Le flux n’a pas pu être lu\u00a0: le serveur a envoyé une page web au lieu de JSON (vérifiez l’adresse du flux)',
};

const NOT_FOUND: Record<NotFoundError['kind'], (id: string) => string> = {
  plan: (id) => `Le plan d’action ${id} ne figure pas dans ce flux`,
  commitment: (id) => `L’engagement ${id} ne figure pas dans ce flux`,
  forum: (id) => `Le forum ${id} ne figure pas dans ce flux`,
  institution: (id) => `L’institution ${id} ne figure pas dans ce flux`,
};

const fr: Strings = {
  lang: 'fr',
  labels: LABELS_FR,
  shared: {
    loading: 'Chargement…',
    updated: (when) => `Mis à jour\u00a0: ${when}`,
    stale: (when) => `Actualisation impossible\u00a0; les données affichées datent du ${when}.`,
    error: (error) => {
      switch (error.code) {
        case 'feed-http':
          return `Le flux n’a pas pu être chargé\u00a0: HTTP ${(error as FeedHttpError).status}`;
        case 'feed-timeout':
          return `Le flux n’a pas répondu dans un délai de ${seconds((error as FeedTimeoutError).timeout)}`;
        case 'feed-network':
          return 'Le flux est inaccessible\u00a0: le réseau a échoué, ou le serveur du flux n’autorise pas ce site à le lire (CORS)';
        case 'feed-format':
          return FORMAT[(error as FeedFormatError).reason] ?? FORMAT['not-json'];
        case 'feed-url':
          return 'L’adresse du flux n’est pas une adresse web (http ou https)';
        case 'feed-validation': {
          const issues = (error as FeedValidationError).issues.filter((issue) => issue.severity === 'error');
          const more = issues.length - 1;
          const where = issues[0] ? `problème à l’emplacement ${issues[0].path || 'flux'}` : 'ce n’est pas un flux';
          const rest = more > 0 ? ` (et ${more} ${plural.select(more) === 'one' ? 'autre problème' : 'autres problèmes'})` : '';
          return `Le flux a été refusé\u00a0: ${where}${rest}`;
        }
        case 'not-found': {
          const { kind, id } = error as NotFoundError;
          return (NOT_FOUND[kind] ?? NOT_FOUND.commitment)(id);
        }
        default:
          return 'Le flux n’a pas pu être chargé';
      }
    },
    unexpected: (detail) => `Une erreur s’est produite\u00a0: ${detail}`,
    outdated: 'Ces données peuvent ne pas être à jour.',
    status: 'Statut',
    lead: 'Institution responsable',
    progress: 'Avancement',
  },
  progressBar: {
    label: 'Avancement',
    unknown: 'Inconnu',
    unknownText: 'Avancement inconnu',
    milestones: (done, total) => `${done} jalons achevés sur ${total}`,
  },
  agreements: {
    agreements: 'Accords',
    meeting: (date) => `Réunion du ${date}`,
    agreement: 'Accord',
    responsible: 'Responsable',
    due: 'Échéance',
    open: { one: '{count} accord en attente', other: '{count} accords en attente' },
    overdue: { other: '{count} en retard' },
    openOnly: 'Accords en attente uniquement',
    none: 'Aucun accord n’a été enregistré.',
    noneOpen: 'Aucun accord en attente.',
    minutes: 'Procès-verbal',
    noDue: 'Sans date',
  },
  commitment: {
    commitment: (number) => `Engagement ${number}`,
    supporting: 'Institutions d’appui',
    period: 'Période',
    values: 'Valeurs du PGO',
    next: 'Prochain jalon',
    due: (date) => `échéance\u00a0: ${date}`,
    ended: 'Terminé',
    endedWith: (date, state) => `${date}\u00a0; état final\u00a0: ${state}`,
    asOf: 'Dernier rapport',
    show: 'Afficher les détails',
    hide: 'Masquer les détails',
    description: 'Description',
    problem: 'Problème',
    objective: 'Objectif',
    timeline: 'Jalons et mises à jour',
    indicators: 'Indicateurs',
    irm: 'Évaluation du Mécanisme d’évaluation indépendant (MEI)',
    carriesForward: 'Fait suite à',
    noMilestones: 'Aucun jalon n’a été publié.',
    yes: 'Oui',
    no: 'Non',
    irmFields: {
      specificity: 'Spécificité',
      verifiable: 'Vérifiable',
      relevant: 'Pertinence au regard des valeurs du PGO',
      potentialImpact: 'Impact potentiel',
      potentialForResults: 'Potentiel de résultats',
      completionMidTerm: 'Achèvement (mi-parcours)',
      completionEndOfTerm: 'Achèvement (fin du plan)',
      earlyResults: 'Résultats préliminaires',
      didItOpenGovernment: 'A-t-il contribué à ouvrir le gouvernement\u00a0?',
      starred: 'Engagement étoilé',
    },
    irmReport: 'Rapport du MEI',
  },
  indicator: {
    baseline: 'Valeur de référence',
    target: 'Cible',
    latest: 'Dernière mesure',
    direction: 'Évolution attendue',
    toTarget: 'Progression vers la cible',
    date: 'Date',
    value: 'Valeur',
    measurements: 'Mesures',
    noMeasurements: 'Aucune mesure n’a encore été publiée.',
    verification: 'Moyen de vérification',
    assumptions: 'Hypothèses',
    chart: (name) => `Graphique de ${name}\u00a0; les chiffres figurent dans le tableau ci-dessous.`,
  },
  plan: {
    commitments: { one: '{count} engagement', other: '{count} engagements' },
    overdue: { other: '{count} dont la date de fin est dépassée' },
    average: 'Avancement moyen',
    knownFor: (n, total) => `connu pour ${n} sur ${total}`,
    byStatus: 'Engagements par statut',
    sources: {
      government: { other: 'Selon le gouvernement\u00a0: {count}' },
      irm: { other: 'Selon le MEI\u00a0: {count}' },
      unknown: { other: 'Aucune information\u00a0: {count}' },
    },
    disagreements: { one: 'Le MEI diverge du gouvernement sur {count} engagement', other: 'Le MEI diverge du gouvernement sur {count} engagements' },
    phase: 'Phase',
    filters: 'Filtrer les engagements',
    search: 'Rechercher',
    value: 'Valeur du PGO',
    theme: 'Thème',
    sort: 'Trier par',
    any: 'Tous',
    sorts: { number: 'Numéro', title: 'Titre', progress: 'Avancement', status: 'Statut', due: 'Prochaine échéance' },
    showing: (from, to, total) => `Affichage de ${from} à ${to} sur ${total}`,
    noMatch: 'Aucun engagement ne correspond à ces filtres.',
    clear: 'Effacer les filtres',
    empty: 'Ce plan ne comporte encore aucun engagement.',
    previous: 'Précédent',
    next: 'Suivant',
    page: (n, total) => `Page ${n} sur ${total}`,
    pages: 'Pages',
    listUnavailable: 'La liste complète n’a pas pu être chargée : seuls la première page et les chiffres ci-dessus sont affichés.',
  },
  timeline: {
    label: 'Chronologie',
    today: (date) => `Aujourd’hui, ${date}`,
    start: 'Début',
    end: 'Fin',
    update: 'Rapport d’avancement',
    due: (date) => `Échéance\u00a0: ${date}`,
    done: (date) => `Achevé\u00a0: ${date}`,
    by: (author) => `par ${author}`,
    empty: 'Aucun jalon ni aucune mise à jour n’a encore été publié.',
  },
};

export default fr;
