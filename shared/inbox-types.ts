/**
 * The officer's inbox, "Vandaag" (issue 16 item 3): everything that asks for work today, from
 * every domain, in one list. Each source is one entry of the core's list
 * (electron/core/inbox/sources.ts) and one row kind in the renderer (features/inbox/).
 */
import type { AccessRequest } from './person-types';
import type { CaseStep } from './step-types';
import type { TakedownRequest } from './takedown-types';

/**
 * In the order the inbox shows them (most urgent first); a new source goes at the end, so the
 * number keys the officer learned keep their kinds (features/inbox/inbox-keys.ts).
 */
export const INBOX_SOURCES = ['overdue', 'follow-up', 'to-send', 'steps-due', 'access-due', 'removal-check', 'back-online'] as const;
export type InboxSourceId = (typeof INBOX_SOURCES)[number];

export type InboxEntry =
  | { source: 'overdue' | 'follow-up' | 'to-send' | 'removal-check' | 'back-online'; kind: 'request'; request: TakedownRequest }
  | { source: 'steps-due'; kind: 'step'; step: CaseStep; caseRef: string }
  | { source: 'access-due'; kind: 'access'; access: AccessRequest };

export interface InboxSection {
  source: InboxSourceId;
  entries: InboxEntry[];
}

export interface Inbox {
  /** The local calendar day the inbox was made for (Europe/Amsterdam). */
  today: string;
  sections: InboxSection[];
}

export function isInboxSource(x: unknown): x is InboxSourceId {
  return (INBOX_SOURCES as readonly unknown[]).includes(x);
}
