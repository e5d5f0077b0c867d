/**
 * Data invented for the states the real sample cannot show (very long texts, a plan of 100
 * commitments, an empty plan). Every text says "Ilustrativo / Illustrative" where a reader sees
 * it, and every entity carries `illustrative: true`, as the sample does for its one invented
 * figure.
 */
import { COMMITMENT_STATUSES, OGP_VALUES } from '@ogp-embed/sdk';
import type { ActionPlan, Commitment, Feed, Milestone } from '@ogp-embed/sdk';
import { sampleCommitment, sampleFeed, samplePlan } from './sample.js';

const LONG_ES =
  'Ilustrativo: diseñar, con participación de la sociedad civil, la academia y los servicios públicos de todas las ' +
  'regiones del país, una plataforma integrada e interoperable de gestión e información legislativa que permita ' +
  'seguir cada proyecto de ley, sus votaciones, indicaciones, informes de comisiones y su relación con los ' +
  'compromisos del plan de acción de gobierno abierto, en lenguaje claro y con datos abiertos reutilizables';
const LONG_EN =
  'Illustrative: design, with civil society, academia and public services from every region of the country, an ' +
  'integrated and interoperable legislative management and information platform that lets anyone follow each ' +
  'bill, its votes, amendments, committee reports and its relation to the open government action plan ' +
  'commitments, in plain language and as reusable open data';

/** CL0069 with every text made very long (a title of ~400 characters, a four-paragraph description). */
export function longTextCommitment(): Commitment {
  const base = sampleCommitment('CL0069');
  return {
    ...base,
    id: 'ILLUSTRATIVE-LONG',
    number: '9-bis',
    title: { es: LONG_ES, en: LONG_EN },
    description: { es: `${LONG_ES}. `.repeat(4).trim(), en: `${LONG_EN}. `.repeat(4).trim() },
    milestones: base.milestones.map((m, i) => ({
      ...m,
      title: { es: `${LONG_ES} (hito ${i + 1})`, en: `${LONG_EN} (milestone ${i + 1})` },
    })),
    illustrative: true,
  };
}

/** A deterministic sequence, so the 100-commitment plan is the same every time. */
function* cycle<T>(items: readonly T[]): Generator<T, never> {
  for (let i = 0; ; i++) yield items[i % items.length]!;
}

/** A plan of `count` invented commitments led by the sample's real institutions, every status represented. */
export function largePlan(count = 100): ActionPlan {
  const institutions = cycle(sampleFeed.institutions.map((i) => i.id));
  // Every sixth one has no report: its status is derived, often unknown.
  const statuses = cycle([...COMMITMENT_STATUSES, undefined]);
  const values = cycle(OGP_VALUES);
  const commitments: Commitment[] = Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const status = statuses.next().value;
    const percent = status === 'not-started' ? 0 : status === 'completed' ? 100 : (n * 7) % 100;
    // Milestones agree with the status: as many done as the percent says; a delayed one has
    // one overdue (due before the stories' day, 2025-07-01), the others are due later.
    const done = Math.round((percent / 100) * 3);
    const milestones: Milestone[] = [1, 2, 3].map((k) => ({
      title: {
        es: `Ilustrativo: hito ${k} del compromiso ${n}`,
        en: `Illustrative: milestone ${k} of commitment ${n}`,
      },
      due: k <= done ? `2024-0${k + 1}` : status === 'delayed' && k === done + 1 ? '2025-03' : `2026-0${(n % 9) + 1}`,
      ...(k <= done ? { status: 'completed' as const, completedOn: `2024-0${k + 1}` } : {}),
      evidence: [],
    }));
    return {
      ...sampleCommitment('CL0081'),
      id: `ILL-${String(n).padStart(3, '0')}`,
      number: String(n),
      title: {
        es: `Ilustrativo: compromiso ${n} de un plan inventado`,
        en: `Illustrative: commitment ${n} of an invented plan`,
      },
      lead: institutions.next().value,
      start: '2024-01',
      end: '2027-12',
      values: [values.next().value],
      themes: [],
      milestones,
      indicators: [],
      updates: [],
      reported: status && { status, percent, asOf: '2025-06' },
      illustrative: true,
    } as Commitment;
  });
  return {
    ...samplePlan('AP_CHL06'),
    id: 'AP_ILLUSTRATIVE',
    title: { es: 'Ilustrativo: un plan de 100 compromisos', en: 'Illustrative: a plan of 100 commitments' },
    commitments,
    illustrative: true,
  } as ActionPlan;
}

/** A feed holding `plan`, with the sample's institutions (for their names). */
export function feedWith(plan: ActionPlan): Feed {
  return { ...sampleFeed, plans: [plan] };
}

/** A plan with no commitment published yet. */
export function emptyPlan(): ActionPlan {
  return {
    ...samplePlan('AP_CHL06'),
    id: 'AP_EMPTY',
    title: { es: 'Ilustrativo: un plan aún sin compromisos', en: 'Illustrative: a plan with no commitments yet' },
    commitments: [],
    illustrative: true,
  } as ActionPlan;
}

/**
 * CL0069 as it would read if the government had reported it completed, against the IRM's real
 * "limited" at the end of term: the two disagree, and both are shown.
 */
export function disagreeingCommitment(): Commitment {
  const base = sampleCommitment('CL0069');
  return {
    ...base,
    id: 'ILLUSTRATIVE-DISAGREE',
    title: {
      es: `Ilustrativo: ${String((base.title as { es: string }).es)}`,
      en: `Illustrative: ${String((base.title as { en: string }).en)}`,
    },
    reported: { status: 'completed', percent: 100, asOf: '2022-06' },
    illustrative: true,
  } as Commitment;
}
