/**
 * Checks a schema cannot express: ids that must be unique, references that must resolve,
 * and dates that contradict each other. Works on a feed that already passed the schema.
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

/** Every cross-reference issue of a feed, in document order. */
export function checkCrossReferences(feed: Feed): FeedIssue[] {
  const issues: FeedIssue[] = [];
  const firstUse = new Map<string, true>();
  const unique = (scope: string, id: string | undefined, segments: PathSegment[]) => {
    if (id === undefined) return;
    const key = `${scope}\u0000${id}`;
    if (firstUse.has(key)) issues.push(issue('error', 'duplicate-id', [...segments, 'id'], UNIQUE, id));
    else firstUse.set(key, true);
  };
  const institutions = new Set(feed.institutions.map((institution) => institution.id));
  const institutionRef = (id: string | undefined, segments: PathSegment[]) => {
    if (id !== undefined && !institutions.has(id)) {
      issues.push(issue('error', 'unknown-institution', segments, KNOWN_INSTITUTION, id));
    }
  };
  const commitmentIds = new Set(feed.plans.flatMap((plan) => plan.commitments.map((c) => c.id)));

  feed.institutions.forEach((institution, i) => unique('institution', institution.id, ['institutions', i]));
  feed.plans.forEach((plan, p) => {
    unique('plan', plan.id, ['plans', p]);
    plan.commitments.forEach((commitment, c) => {
      const at: PathSegment[] = ['plans', p, 'commitments', c];
      unique('commitment', commitment.id, at);
      institutionRef(commitment.lead, [...at, 'lead']);
      commitment.supporting.forEach((id, s) => institutionRef(id, [...at, 'supporting', s]));
      commitment.carriesForward.forEach((id, f) => {
        if (!commitmentIds.has(id) || id === commitment.id) {
          issues.push(issue('error', 'unknown-carried-forward', [...at, 'carriesForward', f], KNOWN_COMMITMENT, id));
        }
      });
      commitment.milestones.forEach((milestone, m) => {
        const milestoneAt: PathSegment[] = [...at, 'milestones', m];
        unique(`milestone:${commitment.id}`, milestone.id, milestoneAt);
        institutionRef(milestone.responsible, [...milestoneAt, 'responsible']);
        if (milestone.due && commitment.end && earliestDay(milestone.due) > latestDay(commitment.end)) {
          const expected = {
            en: `a due date no later than the commitment's end (${commitment.end})`,
            es: `una fecha límite no posterior al término del compromiso (${commitment.end})`,
          };
          issues.push(issue('warning', 'due-after-end', [...milestoneAt, 'due'], expected, milestone.due));
        }
      });
    });
  });
  feed.forums.forEach((forum, f) => {
    unique('forum', forum.id, ['forums', f]);
    forum.members.forEach((member, m) => institutionRef(member.institution, ['forums', f, 'members', m, 'institution']));
    forum.meetings.forEach((meeting, m) =>
      meeting.agreements.forEach((agreement, a) =>
        institutionRef(agreement.responsibleInstitution, [
          'forums', f, 'meetings', m, 'agreements', a, 'responsibleInstitution',
        ]),
      ),
    );
  });
  return issues;
}
