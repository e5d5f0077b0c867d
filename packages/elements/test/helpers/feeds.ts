/**
 * Feeds for the element tests, built with the SDK's test builders (Chile's 5th plan, CL0069).
 * Figures that are not in the real data (a reported percent, an update, an indicator) are
 * test data, marked "Illustrative" in their text.
 */
import {
  buildAgreement,
  buildCommitment,
  buildFeed,
  buildForum,
  buildIndicator,
  buildInstitution,
  buildMeeting,
  buildMilestone,
  buildPlan,
  buildUpdate,
} from '../../../sdk/test/helpers/feed-builders.js';
import type { Commitment, Feed } from '@ogp-embed/sdk';

export {
  buildAgreement,
  buildCommitment,
  buildFeed,
  buildForum,
  buildIndicator,
  buildMeeting,
  buildMilestone,
  buildPlan,
  buildUpdate,
};

/** The day the tests look at the data from. */
export const NOW = new Date('2022-03-28T12:00:00Z');

/**
 * CL0069 with three milestones (one done, one overdue on NOW: reported in progress and past due,
 * one upcoming), values and a report.
 */
export function cl0069(overrides: Partial<Commitment> = {}): Commitment {
  return buildCommitment({
    start: '2021-03-01',
    end: '2022-06-30',
    values: ['access-to-information', 'technology-and-innovation'],
    reported: { status: 'in-progress', percent: 40, asOf: '2022-03' },
    milestones: [
      buildMilestone({
        id: 'CL0069-m1',
        title: 'Informe de Diagnóstico de interoperabilidad',
        due: '2021-08',
        status: 'completed',
      }),
      buildMilestone({
        id: 'CL0069-m7',
        title: 'Manual de procesos internos y registro de información en el SIL',
        due: '2022-02',
        status: 'in-progress',
      }),
      buildMilestone({ id: 'CL0069-m3', title: 'Diseño final de interoperabilidad', due: '2022-12' }),
    ],
    updates: [buildUpdate({ date: '2021-09-15' })],
    ...overrides,
  });
}

export function feedWith(commitments: Commitment[], overrides: Partial<Feed> = {}): Feed {
  return buildFeed({
    institutions: [
      buildInstitution(),
      buildInstitution({ id: 'segpres', name: 'Ministerio Secretaría General de la Presidencia', kind: 'ministry' }),
    ],
    plans: [buildPlan({ commitments })],
    ...overrides,
  });
}

const STATUSES = ['in-progress', 'delayed', 'completed', 'not-started'] as const;
const THEMES = ['Transparencia', 'Participación', 'Justicia abierta'];

/**
 * `count` commitments that differ in everything the plan filters and sorts by. Test data: the
 * titles say "illustrative".
 */
export function manyCommitments(count: number): Commitment[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const status = STATUSES[i % STATUSES.length]!;
    return buildCommitment({
      id: `T${String(n).padStart(4, '0')}`,
      number: String(n),
      title: {
        es: `Compromiso ilustrativo ${n} de diseño ${n % 2 ? 'legislativo' : 'municipal'}`,
        en: `Illustrative commitment ${n} on ${n % 2 ? 'legislative' : 'municipal'} design`,
      },
      lead: n % 3 ? 'congreso' : 'segpres',
      values: n % 2 ? ['access-to-information'] : ['civic-participation'],
      themes: [THEMES[i % THEMES.length]!],
      start: '2021-03',
      end: '2024-12',
      reported: {
        status,
        percent: status === 'completed' ? 100 : status === 'not-started' ? 0 : (n * 7) % 100,
        asOf: '2022-03',
      },
    });
  });
}
