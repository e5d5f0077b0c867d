/**
 * Checks a schema cannot express: ids that must be unique, references that must resolve,
 * and dates that contradict each other. Works on a feed that already passed the schema.
 * It runs on every parse of every feed, so it is written for speed: an issue's path is only
 * built when there is an issue.
 */
import type { Feed } from '../schema/feed.js';
import { latestDay, earliestDay } from '../dates/partial-date.js';
import { composeMessage } from './compose-message.js';
import { describeFound, formatPath } from './issues.js';
import type { Phrase } from '../i18n/words.js';
import type { FeedIssue, IssueCode, IssueSeverity, PathSegment } from './issues.js';

function issue(
  severity: IssueSeverity,
  code: IssueCode,
  segments: PathSegment[],
  expected: Phrase,
  found: unknown,
): FeedIssue {
  const path = formatPath(segments);
  const foundText = describeFound(found);
  return {
    severity,
    code,
    path,
    segments,
    expected,
    found: foundText,
    message: composeMessage(path, expected, foundText),
  };
}

const UNIQUE: Phrase = ['unique-id'];
const KNOWN_INSTITUTION: Phrase = ['known-institution'];
const KNOWN_COMMITMENT: Phrase = ['known-commitment'];

/** Every cross-reference issue of a feed, in document order. */
export function checkCrossReferences(feed: Feed): FeedIssue[] {
  const issues: FeedIssue[] = [];
  const { institutions, plans, forums } = feed;
  const institutionIds = new Set<string>();
  for (const institution of institutions) institutionIds.add(institution.id);
  const commitmentIds = new Set<string>();
  for (const plan of plans) for (const commitment of plan.commitments) commitmentIds.add(commitment.id);

  // `where` gives the path of the value checked: it is only built when there is an issue.
  /** Records `id` in `used`; a repeat is an issue (an `undefined` id never is one). */
  const unique = (used: Set<string>, id: string | undefined, where: () => PathSegment[]) => {
    if (id === undefined) return;
    if (used.has(id)) issues.push(issue('error', 'duplicate-id', where(), UNIQUE, id));
    else used.add(id);
  };
  /** An institution reference, when given, must name one of the feed's institutions. */
  const institution = (id: string | undefined, where: () => PathSegment[]) => {
    if (id !== undefined && !institutionIds.has(id)) {
      issues.push(issue('error', 'unknown-institution', where(), KNOWN_INSTITUTION, id));
    }
  };

  const usedInstitutions = new Set<string>();
  institutions.forEach(({ id }, i) => unique(usedInstitutions, id, () => ['institutions', i, 'id']));

  const usedPlans = new Set<string>();
  const usedCommitments = new Set<string>();
  // Milestone ids are unique within their commitment's id (two commitments sharing an id share it too).
  const usedMilestones = new Map<string, Set<string>>();
  plans.forEach((plan, p) => {
    unique(usedPlans, plan.id, () => ['plans', p, 'id']);
    plan.commitments.forEach((commitment, c) => {
      const at = (...rest: PathSegment[]): PathSegment[] => ['plans', p, 'commitments', c, ...rest];
      const { id, lead, supporting, carriesForward, milestones, end } = commitment;
      unique(usedCommitments, id, () => at('id'));
      institution(lead, () => at('lead'));
      supporting.forEach((supporter, s) => institution(supporter, () => at('supporting', s)));
      carriesForward.forEach((carried, f) => {
        if (!commitmentIds.has(carried) || carried === id) {
          issues.push(issue('error', 'unknown-carried-forward', at('carriesForward', f), KNOWN_COMMITMENT, carried));
        }
      });
      if (milestones.length === 0) return;
      let milestoneIds = usedMilestones.get(id);
      if (!milestoneIds) usedMilestones.set(id, (milestoneIds = new Set()));
      // The commitment's last day, worked out once for all its milestones.
      const lastDay = end === undefined ? undefined : latestDay(end);
      milestones.forEach((milestone, m) => {
        unique(milestoneIds, milestone.id, () => at('milestones', m, 'id'));
        institution(milestone.responsible, () => at('milestones', m, 'responsible'));
        if (milestone.due && lastDay !== undefined && earliestDay(milestone.due) > lastDay) {
          issues.push(
            issue(
              'warning',
              'due-after-end',
              at('milestones', m, 'due'),
              ['due-before-end', String(end)],
              milestone.due,
            ),
          );
        }
      });
    });
  });

  const usedForums = new Set<string>();
  forums.forEach((forum, f) => {
    unique(usedForums, forum.id, () => ['forums', f, 'id']);
    forum.members.forEach((member, m) =>
      institution(member.institution, () => ['forums', f, 'members', m, 'institution']),
    );
    forum.meetings.forEach((meeting, m) =>
      meeting.agreements.forEach((agreement, a) =>
        institution(agreement.responsibleInstitution, () => [
          'forums',
          f,
          'meetings',
          m,
          'agreements',
          a,
          'responsibleInstitution',
        ]),
      ),
    );
  });
  return issues;
}
