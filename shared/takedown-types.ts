/**
 * Takedown requests as they cross the contract: occurrences (a target on a platform: a URL,
 * or an account, group or chat without one), requests with their status machine
 * (TRANSITIONS), DSA art. 16 notices and escalation reports, the dashboard.
 */
import type { CaseCategory, Tristate } from './case-types';

export const CHANNELS_TAKEDOWN = ['in-app', 'web-form', 'email', 'trusted-flagger', 'offlimits', 'helpwanted', 'police', 'stopncii', 'take-it-down', 'host'] as const;

export type TakedownChannel = (typeof CHANNELS_TAKEDOWN)[number];

/**
 * What a request is, by its channel (issue 14 item 6):
 * - 'notice': a DSA art. 16 notice to the service that hosts the material (the platform, or its host);
 * - 'report': a report to a body that hosts nothing (Meldpunt Kinderporno, Helpwanted, the
 *   police; Offlimits as trusted flagger), worded as what, where, when and what the school did,
 *   never as a notice "on your service";
 * - 'hash': a hash programme (StopNCII, Take It Down) that the person shown uses on their own
 *   device; the app writes no text for it.
 */
export type RequestKind = 'notice' | 'report' | 'hash';

export const CHANNEL_KIND: Readonly<Record<TakedownChannel, RequestKind>> = {
  'in-app': 'notice',
  'web-form': 'notice',
  email: 'notice',
  host: 'notice',
  'trusted-flagger': 'report',
  offlimits: 'report',
  helpwanted: 'report',
  police: 'report',
  stopncii: 'hash',
  'take-it-down': 'hash',
};

/**
 * Where the material is (issue 14 item 4): a URL, or without one an account or profile, a
 * group or channel, or a chat or direct message, named as the platform identifies it.
 */
export const TARGET_KINDS = ['url', 'account', 'group', 'chat'] as const;

export type TargetKind = (typeof TARGET_KINDS)[number];

/** The kinds of target that have no URL. */
export const URLLESS_TARGET_KINDS = ['account', 'group', 'chat'] as const satisfies readonly TargetKind[];

export type UrllessTargetKind = (typeof URLLESS_TARGET_KINDS)[number];

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
  targetKind: TargetKind;
  /** The URL exactly as seen; '' for a target without one. */
  url: string;
  /** Without a URL: the handle, group name or phone number as the platform identifies it. */
  identifier: string;
  /** Without a URL: how to reach the target in the app ("Chats > Klas 2C > Groepsinfo"). */
  inAppRoute: string;
  /** The target's own kind of material when typed without an item; null: the case's. */
  category: CaseCategory | null;
  /** Typed without an item: is the person shown a minor (as the officer knows it). */
  minor: Tristate;
  /** Typed without an item: the description the platform may read (never the internal one). */
  platformDescription: string;
  createdAt: string;
}

/** What a person reads as the target: the URL, or the identifier of a target without one. */
export function targetLabel(o: Pick<Occurrence, 'url' | 'identifier'>): string {
  return o.url || o.identifier;
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
  /** The first target of the request (kept for views that show one line per request). */
  occurrence: Occurrence;
  /** Every target of the request, in the order given: all on one platform, one notice lists them all. */
  occurrences: Occurrence[];
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
  /** The officer chose to leave the sender out of a notice on child sexual abuse material (DSA art. 16(2)(c)). */
  omitSender: boolean;
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

/** One target as the notice describes it: the item's facts for the platform, never its internal description. */
export interface NoticeTarget {
  kind: TargetKind;
  url: string;
  identifier: string;
  inAppRoute: string;
  handle: string;
  /** ISO instant the content was seen; rendered in Europe/Amsterdam local time and UTC. */
  seenAt: string | null;
  /** The description for the platform (empty: none is written). */
  description: string;
  /** The item's (or target's) own kind of material: part (a) is built from it. */
  category: CaseCategory;
  /** Sexual material by the officer's marking (beside the sexual categories). */
  sexual: boolean;
  /** 'yes' only when the officer said so; 'unknown' is written as "may be a minor". */
  minor: Tristate;
}

/** What the school already did, for a report: another request on the same targets. */
export interface NoticeAction {
  /** Local calendar day (Europe/Amsterdam) it was sent, or null when not sent yet. */
  sentDate: string | null;
  addressee: string;
  channel: TakedownChannel;
  status: TakedownStatus;
  reference: string | null;
}

export interface NoticeInput {
  lang: 'nl' | 'en';
  kind: 'notice' | 'report';
  channel: TakedownChannel;
  /** Where the material is (for a report too: the platform, not the body addressed). */
  platformName: string;
  targets: NoticeTarget[];
  sender: NoticeSender | null;
  /** Leave the sender out: honoured only when a target is child sexual abuse material (art. 16(2)(c)). */
  omitSender: boolean;
  /** The user's own wording for part (a), replacing the templates. */
  explanationOverride?: string | null;
  /** Reports only: the school's other requests on these targets. */
  actions?: NoticeAction[];
}

export interface Notice {
  lang: 'nl' | 'en';
  kind: 'notice' | 'report';
  subject: string;
  /** The whole text as plain text, ready to paste into a form or e-mail. */
  text: string;
  /** Notice: (a)-(d) of DSA art. 16(2). Report: what, where and when, what the school did (actions), contact, truthfulness. */
  parts: { explanation: string; location: string; actions: string | null; sender: string | null; goodFaith: string };
  /** No sender is written (left out by choice, or none configured). */
  senderOmitted: boolean;
  /** A target is (or may be) child sexual abuse material: leaving the sender out is allowed (DSA art. 16(2)(c)). */
  csam: boolean;
  /** The sender may be left out (csam): the UI offers the choice and explains what it costs. */
  senderOptional: boolean;
  /**
   * Sending is blocked: no sender is configured and it may not (or was not chosen to) be left
   * out. The core refuses "sent" in this state (reason 'sender-missing' / 'sender-missing-csam').
   */
  senderMissing: boolean;
}

export interface DashboardStats {
  perPlatform: { platformId: string; platformName: string; open: number; removed: number; refused: number; medianDaysToRemoval: number | null }[];
  overdueOverTime: { date: string; overdue: number }[];
  totals: { open: number; overdue: number; removed: number; refused: number };
}
