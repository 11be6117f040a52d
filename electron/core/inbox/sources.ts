/**
 * The inbox's sources (issue 16 item 3): one entry per kind of work that can be due today, in
 * the order "Vandaag" shows them. Adding a source is one entry here (and its id in
 * shared/inbox-types.ts and a row in the renderer). Invariants: read-only; "today" is the local
 * calendar day in Europe/Amsterdam (shared/time.ts), as every follow-up and due date is.
 * Not yet a source: access requests near their deadline (issue 15 builds their model).
 */
import type { InboxEntry, InboxSourceId } from '../../../shared/inbox-types';
import { WAITING_STATUSES, type TakedownRequest } from '../../../shared/takedown-types';
import { localDate } from '../../../shared/time';
import type { Db } from '../db/open';
import { listSteps } from '../step/step-plan';
import { listRequests } from '../takedown/takedown-repo';

export interface InboxContext {
  db: Db;
  now: Date;
  today: string;
  /** Every request once per inbox (several sources read it). */
  requests: () => TakedownRequest[];
}

export interface InboxSource {
  id: InboxSourceId;
  collect(c: InboxContext): InboxEntry[];
}

const requestsWhere = (source: 'overdue' | 'follow-up' | 'to-send' | 'removal-check', keep: (r: TakedownRequest, today: string) => boolean): InboxSource => ({
  id: source,
  collect: (c) => c.requests().filter((r) => keep(r, c.today)).map((request) => ({ source, kind: 'request', request })),
});

export const INBOX_SOURCE_LIST: readonly InboxSource[] = [
  // Waiting for an answer past the follow-up day.
  requestsWhere('overdue', (r) => r.overdue),
  // Waiting, and today is the day to chase.
  requestsWhere('follow-up', (r, today) => WAITING_STATUSES.includes(r.status) && r.nextFollowUpDate === today),
  // Made but not sent yet: the platform does not know about it.
  requestsWhere('to-send', (r) => r.status === 'to-send'),
  {
    // Step-plan items due today or earlier and not done, in cases that are not closed.
    id: 'steps-due',
    collect: (c) => {
      const cases = c.db.prepare(`SELECT DISTINCT c.id, c.ref FROM case_steps s JOIN cases c ON c.id = s.case_id WHERE s.done_at IS NULL AND s.due_date IS NOT NULL AND s.due_date <= ? AND c.status <> 'closed' ORDER BY c.ref`).all(c.today) as { id: string; ref: string }[];
      return cases.flatMap((k) =>
        listSteps(c.db, k.id, c.now)
          .filter((s) => !s.doneAt && s.dueDate !== null && s.dueDate <= c.today)
          .map((step): InboxEntry => ({ source: 'steps-due', kind: 'step', step, caseRef: k.ref })),
      );
    },
  },
  // The platform says it is gone; nobody has looked yet whether it really is.
  requestsWhere('removal-check', (r) => r.status === 'removed' && r.removalCheck === null),
];

export function collectInbox(db: Db, now: Date): { today: string; sections: { source: InboxSourceId; entries: InboxEntry[] }[] } {
  let all: TakedownRequest[] | null = null;
  const c: InboxContext = { db, now, today: localDate(now), requests: () => (all ??= listRequests(db, {}, now)) };
  return { today: c.today, sections: INBOX_SOURCE_LIST.map((s) => ({ source: s.id, entries: s.collect(c) })) };
}
