/** Takedown requests as they cross the contract: occurrences (a URL on a platform), requests with their status machine (TRANSITIONS), DSA art. 16 notices, the dashboard. */
import type { CaseCategory } from './case-types';

export const CHANNELS_TAKEDOWN = ['in-app', 'web-form', 'email', 'trusted-flagger', 'offlimits', 'police', 'stopncii', 'take-it-down', 'host'] as const;

export type TakedownChannel = (typeof CHANNELS_TAKEDOWN)[number];

export const TAKEDOWN_STATUSES = ['to-send', 'sent', 'acknowledged', 'removed', 'refused', 'appealed', 'escalated'] as const;

export type TakedownStatus = (typeof TAKEDOWN_STATUSES)[number];

/**
 * The status machine (issue: takedown tracker), shared so the UI offers exactly the steps the
 * core accepts: to-send -> sent -> acknowledged -> removed | refused -> appealed | escalated.
 * A platform may also remove or refuse without acknowledging first; an appeal or escalation
 * ends in removed or refused. Removed is final: a repost is a new request.
 */
export const TRANSITIONS: Readonly<Record<TakedownStatus, readonly TakedownStatus[]>> = {
  'to-send': ['sent'],
  sent: ['acknowledged', 'removed', 'refused', 'escalated'],
  acknowledged: ['removed', 'refused', 'escalated'],
  refused: ['appealed', 'escalated'],
  appealed: ['removed', 'refused', 'escalated'],
  escalated: ['removed', 'refused'],
  removed: [],
};

/** Statuses in which the school waits for an answer: only these can become overdue. */
export const WAITING_STATUSES: readonly TakedownStatus[] = ['sent', 'acknowledged', 'appealed', 'escalated'];

export interface Occurrence {
  id: string;
  caseId: string;
  itemId: string | null;
  platformId: string;
  /** Name of the platform where the material is (the catalogue's, or the id of an entry since removed). */
  platformName: string;
  url: string;
  createdAt: string;
}

export interface TakedownEvent {
  at: string;
  by: string;
  from: TakedownStatus | null;
  to: TakedownStatus;
  reference: string | null;
  note: string | null;
}

export interface TakedownRequest {
  id: string;
  caseId: string;
  caseRef: string;
  occurrence: Occurrence;
  /** Catalogue id of the addressee: the occurrence's platform, or the escalation body (police, Offlimits). */
  targetPlatformId: string;
  platformName: string;
  channel: TakedownChannel;
  status: TakedownStatus;
  sentAt: string | null;
  sentBy: string | null;
  reference: string | null;
  /** UTC instant of the start of the deadline day in Europe/Amsterdam, and that local date. */
  deadlineAt: string | null;
  deadlineDate: string | null;
  nextFollowUpAt: string | null;
  nextFollowUpDate: string | null;
  /** Derived: waiting for an answer and the follow-up date has passed. */
  overdue: boolean;
  decision: 'removed' | 'refused' | null;
  decisionAt: string | null;
  /** DSA art. 20: an internal complaint is possible for at least six months after a refusal. */
  appealUntilDate: string | null;
  removalCheck: { checkedAt: string; checkedBy: string; method: string } | null;
  noticeExplanation: string | null;
  createdAt: string;
  updatedAt: string;
  history: TakedownEvent[];
}

export interface NoticeSender {
  name: string;
  email: string;
  organisation?: string;
  role?: string;
}

export interface NoticeInput {
  lang: 'nl' | 'en';
  category: CaseCategory;
  /** Sexual material of a (possible) minor: the sender is left out (DSA art. 16(2)(c)). */
  csam: boolean;
  platformName: string;
  urls: string[];
  handle?: string;
  /** ISO instant the content was seen; rendered in Europe/Amsterdam local time and UTC. */
  seenAt?: string | null;
  description?: string;
  sender: NoticeSender | null;
  /** The user's own wording for part (a), replacing the category template. */
  explanationOverride?: string | null;
}

export interface Notice {
  lang: 'nl' | 'en';
  subject: string;
  /** The whole notice as plain text, ready to paste into a form or e-mail. */
  text: string;
  parts: { explanation: string; location: string; sender: string | null; goodFaith: string };
  senderOmitted: boolean;
  /** The notice concerns sexual material of a minor (DSA art. 16(2)(c)): the sender is left out on purpose. */
  csam: boolean;
}

export interface DashboardStats {
  perPlatform: { platformId: string; platformName: string; open: number; removed: number; refused: number; medianDaysToRemoval: number | null }[];
  overdueOverTime: { date: string; overdue: number }[];
  totals: { open: number; overdue: number; removed: number; refused: number };
}
