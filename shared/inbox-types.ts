/**
 * The officer's inbox, "Vandaag" (issue 16 item 3): everything that asks for work today, from
 * every domain, in one list. Each source is one entry of the core's list
 * (electron/core/inbox/sources.ts) and one row kind in the renderer (features/inbox/).
 */
import type { CaseStep } from './step-types';
import type { TakedownRequest } from './takedown-types';

/**
 * In the order the inbox shows them (most urgent first). Not yet here: access requests near
 * their deadline (inzageverzoeken, AVG art. 15), whose model is built on another branch
 * (issue 15); they join as one more source.
 */
export const INBOX_SOURCES = ['overdue', 'follow-up', 'to-send', 'steps-due', 'removal-check'] as const;
export type InboxSourceId = (typeof INBOX_SOURCES)[number];

export type InboxEntry =
  | { source: 'overdue' | 'follow-up' | 'to-send' | 'removal-check'; kind: 'request'; request: TakedownRequest }
  | { source: 'steps-due'; kind: 'step'; step: CaseStep; caseRef: string };

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
