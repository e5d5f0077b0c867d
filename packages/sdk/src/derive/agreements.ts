/**
 * What a forum agreed and has not yet done, most pressing first.
 */
import type { Agreement, Forum, Meeting } from '../schema/feed.js';
import { AS_SOON_AS_POSSIBLE } from '../schema/constants.js';
import { compareDates, hasPassed } from './date-order.js';

export interface OpenAgreement {
  agreement: Agreement;
  meeting: Meeting;
  /** Its due date's last day is before `now`'s day. */
  overdue: boolean;
  /** Due "as soon as possible" (a la brevedad). */
  asap: boolean;
}

const rank = (entry: OpenAgreement) => (entry.overdue ? 0 : entry.asap ? 1 : 2);

/**
 * Agreements neither done nor cancelled, each with its meeting: overdue ones first (oldest
 * due first), then those due as soon as possible, then by due date, undated last; ties in
 * the order of the minutes.
 */
export function openAgreements(forum: Forum, now: Date): OpenAgreement[] {
  const open: OpenAgreement[] = [];
  for (const meeting of forum.meetings) {
    for (const agreement of meeting.agreements) {
      if (agreement.status === 'done' || agreement.status === 'cancelled') continue;
      const asap = agreement.due === AS_SOON_AS_POSSIBLE;
      open.push({ agreement, meeting, asap, overdue: !asap && hasPassed(agreement.due, now) });
    }
  }
  const dueDate = (entry: OpenAgreement) => (entry.asap ? undefined : entry.agreement.due);
  return open.sort((a, b) => rank(a) - rank(b) || compareDates(dueDate(a), dueDate(b)));
}
