/** English words for every enumerated value of the feed format (see ../labels.ts). */
import type { Labels } from '../labels.js';

export const LABELS_EN: Labels = {
  institutionKind: {
    ministry: 'Ministry',
    agency: 'Public agency',
    legislature: 'Legislature',
    judiciary: 'Judiciary',
    municipality: 'Municipality',
    'civil-society': 'Civil society',
    academia: 'Academia',
    international: 'International body',
    other: 'Other',
  },
  planPhase: {
    'co-creation': 'Co-creation',
    implementation: 'Implementation',
    closed: 'Closed',
  },
  ogpValue: {
    'access-to-information': 'Access to information',
    'civic-participation': 'Civic participation',
    'public-accountability': 'Public accountability',
    'technology-and-innovation': 'Technology and innovation',
  },
  commitmentStatus: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    delayed: 'Delayed',
    completed: 'Completed',
    withdrawn: 'Withdrawn',
    unknown: 'No information',
  },
  milestoneStatus: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    delayed: 'Delayed',
    completed: 'Completed',
    cancelled: 'Cancelled',
  },
  milestoneState: {
    completed: 'Completed',
    cancelled: 'Cancelled',
    overdue: 'Overdue',
    unreported: 'Not reported',
    'due-soon': 'Due soon',
    upcoming: 'Upcoming',
    undated: 'No date',
  },
  phaseStatus: {
    planned: 'Planned',
    'in-progress': 'In progress',
    completed: 'Completed',
  },
  agreementStatus: {
    pending: 'Pending',
    'in-progress': 'In progress',
    done: 'Done',
    cancelled: 'Cancelled',
  },
  // The Logical Framework's own Spanish names (CEPAL): fin, propósito, componente, actividad.
  indicatorLevel: {
    goal: 'Goal',
    purpose: 'Purpose',
    output: 'Output',
    activity: 'Activity',
  },
  indicatorDirection: {
    increase: 'Increase',
    decrease: 'Decrease',
    maintain: 'Maintain',
  },
  irmSpecificity: {
    none: 'None',
    low: 'Low',
    medium: 'Medium',
    high: 'High',
  },
  irmPotentialImpact: {
    none: 'None',
    minor: 'Minor',
    moderate: 'Moderate',
    transformative: 'Transformative',
  },
  irmPotentialForResults: {
    unclear: 'Unclear',
    modest: 'Modest',
    substantial: 'Substantial',
  },
  irmCompletion: {
    withdrawn: 'Withdrawn',
    unclear: 'Unclear',
    'not-started': 'Not started',
    limited: 'Limited',
    substantial: 'Substantial',
    complete: 'Complete',
  },
  irmEarlyResults: {
    'no-early-results': 'No early results',
    marginal: 'Marginal',
    significant: 'Significant',
    outstanding: 'Outstanding',
  },
  irmDidItOpenGovernment: {
    worsens: 'Worsens',
    'did-not-change': 'Did not change',
    marginal: 'Marginal',
    major: 'Major',
    outstanding: 'Outstanding',
  },
  // Phrases that carry their scale's name: "Limited completion", never a bare "Limited" that could
  // be read as the government's status.
  irmVerdict: {
    'irmCompletion:withdrawn': 'Withdrawn',
    'irmCompletion:unclear': 'Completion unclear',
    'irmCompletion:not-started': 'Not started',
    'irmCompletion:limited': 'Limited completion',
    'irmCompletion:substantial': 'Substantial completion',
    'irmCompletion:complete': 'Complete',
    'irmEarlyResults:no-early-results': 'No early results',
    'irmEarlyResults:marginal': 'Marginal early results',
    'irmEarlyResults:significant': 'Significant early results',
    'irmEarlyResults:outstanding': 'Outstanding early results',
    'irmDidItOpenGovernment:worsens': 'Opening of government: worsened',
    'irmDidItOpenGovernment:did-not-change': 'Opening of government: did not change',
    'irmDidItOpenGovernment:marginal': 'Opening of government: marginal',
    'irmDidItOpenGovernment:major': 'Opening of government: major',
    'irmDidItOpenGovernment:outstanding': 'Opening of government: outstanding',
  },
  irmTerm: {
    'mid-term': 'IRM, mid-term',
    'end-of-term': 'IRM, end of term',
  },
  // The Independent Reporting Mechanism.
  verdictSource: {
    government: 'Government',
    irm: 'IRM',
    unknown: 'No information',
  },
};
