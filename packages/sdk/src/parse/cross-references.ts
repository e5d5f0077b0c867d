/**
 * Checks a schema cannot express: ids that must be unique, references that must resolve,
 * and dates that contradict each other. Works on a feed that already passed the schema.
 * It runs on every parse of every feed, so it is written for speed: plain loops, and an
 * issue's path is only built when there is an issue.
 */
import type { Feed } from '../schema/feed.js';
import { latestDay, earliestDay } from '../dates/partial-date.js';
import { composeMessage, describeFound, formatPath } from './issues.js';
import type { Bilingual, FeedIssue, IssueCode, IssueSeverity, PathSegment } from './issues.js';

function issue(
  severity: IssueSeverity,
  code: IssueCode,
  segments: PathSegment[],
  expected: Bilingual,
  found: unknown,
): FeedIssue {
  const path = formatPath(segments);
  const foundText = describeFound(found);
  return { severity, code, path, segments, expected, found: foundText, message: composeMessage(path, expected, foundText) };
}

const UNIQUE: Bilingual = { en: 'an id not used before in the feed', es: 'un id no usado antes en el feed' };
const KNOWN_INSTITUTION: Bilingual = {
  en: 'the id of one of the feed\'s institutions',
  es: 'el id de una de las instituciones del feed',
};
const KNOWN_COMMITMENT: Bilingual = {
  en: 'the id of a commitment of this feed',
  es: 'el id de un compromiso de este feed',
};

/** Records `id` in `used`; false when it was there already (an `undefined` id is never a repeat). */
function firstUse(used: Set<string>, id: string | undefined): boolean {
  if (id === undefined) return true;
  if (used.has(id)) return false;
  used.add(id);
  return true;
}

/** Every cross-reference issue of a feed, in document order. */
export function checkCrossReferences(feed: Feed): FeedIssue[] {
  const issues: FeedIssue[] = [];
  const duplicate = (segments: PathSegment[], id: string | undefined) =>
    issues.push(issue('error', 'duplicate-id', segments, UNIQUE, id));
  const unknownInstitution = (segments: PathSegment[], id: string) =>
    issues.push(issue('error', 'unknown-institution', segments, KNOWN_INSTITUTION, id));

  const { institutions, plans, forums } = feed;
  const institutionIds = new Set<string>();
  for (const institution of institutions) institutionIds.add(institution.id);
  const commitmentIds = new Set<string>();
  for (const plan of plans) for (const commitment of plan.commitments) commitmentIds.add(commitment.id);

  const usedInstitutions = new Set<string>();
  for (let i = 0; i < institutions.length; i++) {
    const id = institutions[i]!.id;
    if (!firstUse(usedInstitutions, id)) duplicate(['institutions', i, 'id'], id);
  }

  const usedPlans = new Set<string>();
  const usedCommitments = new Set<string>();
  // Milestone ids are unique within their commitment's id (two commitments sharing an id share it too).
  const usedMilestones = new Map<string, Set<string>>();
  for (let p = 0; p < plans.length; p++) {
    const plan = plans[p]!;
    if (!firstUse(usedPlans, plan.id)) duplicate(['plans', p, 'id'], plan.id);
    const commitments = plan.commitments;
    for (let c = 0; c < commitments.length; c++) {
      const commitment = commitments[c]!;
      const at = (...rest: PathSegment[]): PathSegment[] => ['plans', p, 'commitments', c, ...rest];
      if (!firstUse(usedCommitments, commitment.id)) duplicate(at('id'), commitment.id);
      const { lead, supporting, carriesForward, milestones } = commitment;
      if (lead !== undefined && !institutionIds.has(lead)) unknownInstitution(at('lead'), lead);
      for (let s = 0; s < supporting.length; s++) {
        if (!institutionIds.has(supporting[s]!)) unknownInstitution(at('supporting', s), supporting[s]!);
      }
      for (let f = 0; f < carriesForward.length; f++) {
        const id = carriesForward[f]!;
        if (!commitmentIds.has(id) || id === commitment.id) {
          issues.push(issue('error', 'unknown-carried-forward', at('carriesForward', f), KNOWN_COMMITMENT, id));
        }
      }
      if (milestones.length === 0) continue;
      let milestoneIds = usedMilestones.get(commitment.id);
      if (!milestoneIds) usedMilestones.set(commitment.id, (milestoneIds = new Set()));
      // The commitment's last day, worked out once for all its milestones.
      const lastDay = commitment.end === undefined ? undefined : latestDay(commitment.end);
      for (let m = 0; m < milestones.length; m++) {
        const milestone = milestones[m]!;
        if (!firstUse(milestoneIds, milestone.id)) duplicate(at('milestones', m, 'id'), milestone.id);
        const responsible = milestone.responsible;
        if (responsible !== undefined && !institutionIds.has(responsible)) {
          unknownInstitution(at('milestones', m, 'responsible'), responsible);
        }
        if (milestone.due && lastDay !== undefined && earliestDay(milestone.due) > lastDay) {
          const expected = {
            en: `a due date no later than the commitment's end (${commitment.end})`,
            es: `una fecha límite no posterior al término del compromiso (${commitment.end})`,
          };
          issues.push(issue('warning', 'due-after-end', at('milestones', m, 'due'), expected, milestone.due));
        }
      }
    }
  }

  const usedForums = new Set<string>();
  for (let f = 0; f < forums.length; f++) {
    const forum = forums[f]!;
    if (!firstUse(usedForums, forum.id)) duplicate(['forums', f, 'id'], forum.id);
    for (let m = 0; m < forum.members.length; m++) {
      const id = forum.members[m]!.institution;
      if (id !== undefined && !institutionIds.has(id)) unknownInstitution(['forums', f, 'members', m, 'institution'], id);
    }
    for (let m = 0; m < forum.meetings.length; m++) {
      const agreements = forum.meetings[m]!.agreements;
      for (let a = 0; a < agreements.length; a++) {
        const id = agreements[a]!.responsibleInstitution;
        if (id !== undefined && !institutionIds.has(id)) {
          unknownInstitution(['forums', f, 'meetings', m, 'agreements', a, 'responsibleInstitution'], id);
        }
      }
    }
  }
  return issues;
}
