/**
 * Occurrences (targets: a URL, or an account, group or chat without one) and takedown
 * requests. Invariants: a request has one or more targets, in order, all on one platform
 * (takedown_request_occurrences; the first is also takedown_requests.occurrence_id, so views
 * that show one line per request keep working); status, reference and history belong to the
 * request, never to a target; every status change goes through the status machine and writes
 * a history row (with the follow-up date after the change) in the same transaction;
 * "overdue" is never stored, always derived from the clock; dates are calendar days in
 * Europe/Amsterdam, stored with their UTC start instant.
 */
import { randomUUID } from 'node:crypto';
import type { CaseCategory, Tristate } from '../../../shared/case-types';
import type { Occurrence, TakedownChannel, TakedownEvent, TakedownRequest, TakedownStatus, TargetKind } from '../../../shared/takedown-types';
import { WAITING_STATUSES } from '../../../shared/takedown-types';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { getPlatform } from '../platform/catalogue-repo';
import { addDays, addMonths, localDate, startOfLocalDay } from '../../../shared/time';
import { assertTransition } from './status-machine';

/** Escalation channels have their own catalogue entry as target; the others go to the platform. */
const CHANNEL_TARGET: Partial<Record<TakedownChannel, string>> = {
  offlimits: 'offlimits-meldpunt',
  'trusted-flagger': 'offlimits-meldpunt',
  helpwanted: 'helpwanted',
  police: 'police',
  stopncii: 'stopncii',
  'take-it-down': 'take-it-down',
  host: 'hosting-provider',
};

interface Row {
  id: string;
  case_id: string;
  case_ref: string;
  occurrence_id: string;
  target_platform_id: string;
  target_name: string;
  channel: TakedownChannel;
  status: TakedownStatus;
  sent_at: string | null;
  sent_by: string | null;
  reference: string | null;
  deadline_at: string | null;
  deadline_date: string | null;
  follow_up_at: string | null;
  follow_up_date: string | null;
  decision: 'removed' | 'refused' | null;
  decision_at: string | null;
  appeal_until_date: string | null;
  removal_checked_at: string | null;
  removal_checked_by: string | null;
  removal_check_method: string | null;
  notice_explanation: string | null;
  omit_sender: number;
  created_at: string;
  updated_at: string;
}

interface OccurrenceRow {
  id: string;
  case_id: string;
  item_id: string | null;
  platform_id: string;
  platform_name: string;
  target_kind: TargetKind;
  url: string;
  identifier: string;
  in_app_route: string;
  category: CaseCategory | null;
  minor: Tristate;
  platform_description: string;
  created_at: string;
}

// The platform's name comes with the row (LEFT JOIN: an entry the user removed from the
// catalogue shows its id).
const OCC_SELECT = `SELECT o.*, COALESCE(json_extract(p.data, '$.name'), o.platform_id) AS platform_name
  FROM occurrences o LEFT JOIN platforms p ON p.id = o.platform_id`;

function toOccurrence(o: OccurrenceRow): Occurrence {
  return {
    id: o.id,
    caseId: o.case_id,
    itemId: o.item_id,
    platformId: o.platform_id,
    platformName: o.platform_name,
    targetKind: o.target_kind,
    url: o.url,
    identifier: o.identifier,
    inAppRoute: o.in_app_route,
    category: o.category,
    minor: o.minor,
    platformDescription: o.platform_description,
    createdAt: o.created_at,
  };
}

/** A request's targets in order; a request from before migration 008 falls back to its one occurrence. */
function targetsOf(db: Db, requestId: string, firstId: string): Occurrence[] {
  const rows = db.prepare(`${OCC_SELECT} JOIN takedown_request_occurrences t ON t.occurrence_id = o.id WHERE t.request_id = ? ORDER BY t.position`).all(requestId) as OccurrenceRow[];
  if (rows.length) return rows.map(toOccurrence);
  return (db.prepare(`${OCC_SELECT} WHERE o.id = ?`).all(firstId) as OccurrenceRow[]).map(toOccurrence);
}

// The addressee's name comes with the row (LEFT JOIN: an entry the user removed from the
// catalogue shows its id); the targets and the history cost one query each per request.
const SELECT = `SELECT r.*, c.ref AS case_ref, COALESCE(json_extract(tp.data, '$.name'), r.target_platform_id) AS target_name
  FROM takedown_requests r JOIN cases c ON c.id = r.case_id LEFT JOIN platforms tp ON tp.id = r.target_platform_id`;

export function isOverdue(status: TakedownStatus, followUpDate: string | null, now: Date): boolean {
  return WAITING_STATUSES.includes(status) && followUpDate !== null && followUpDate < localDate(now);
}

function history(db: Db, id: string): TakedownEvent[] {
  const rows = db.prepare('SELECT * FROM takedown_events WHERE request_id = ? ORDER BY seq').all(id) as { at: string; by: string; from_status: TakedownStatus | null; to_status: TakedownStatus; reference: string | null; note: string | null }[];
  return rows.map((e) => ({ at: e.at, by: e.by, from: e.from_status, to: e.to_status, reference: e.reference, note: e.note }));
}

function toRequest(db: Db, r: Row, now: Date): TakedownRequest {
  const occurrences = targetsOf(db, r.id, r.occurrence_id);
  return {
    id: r.id,
    caseId: r.case_id,
    caseRef: r.case_ref,
    occurrence: occurrences[0]!,
    occurrences,
    targetPlatformId: r.target_platform_id,
    platformName: r.target_name,
    channel: r.channel,
    status: r.status,
    sentAt: r.sent_at,
    sentBy: r.sent_by,
    reference: r.reference,
    deadlineAt: r.deadline_at,
    deadlineDate: r.deadline_date,
    nextFollowUpAt: r.follow_up_at,
    nextFollowUpDate: r.follow_up_date,
    overdue: isOverdue(r.status, r.follow_up_date, now),
    decision: r.decision,
    decisionAt: r.decision_at,
    appealUntilDate: r.appeal_until_date,
    removalCheck: r.removal_checked_at ? { checkedAt: r.removal_checked_at, checkedBy: r.removal_checked_by ?? '', method: r.removal_check_method ?? '' } : null,
    noticeExplanation: r.notice_explanation,
    omitSender: r.omit_sender === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    history: history(db, r.id),
  };
}

export function getRequest(db: Db, id: string, now: Date): TakedownRequest {
  const r = db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as Row | undefined;
  if (!r) throw new AppError('NOT_FOUND', 'This takedown request does not exist.', { entity: 'takedown' });
  return toRequest(db, r, now);
}

export interface RequestFilter {
  caseId?: string;
  status?: TakedownStatus;
  platformId?: string;
  overdue?: boolean;
  dueBy?: string;
}

export function listRequests(db: Db, f: RequestFilter, now: Date): TakedownRequest[] {
  const where: string[] = [];
  const args: string[] = [];
  const add = (clause: string, ...values: string[]) => {
    where.push(clause);
    args.push(...values);
  };
  if (f.caseId) add('r.case_id = ?', f.caseId);
  if (f.status) add('r.status = ?', f.status);
  if (f.platformId) add('r.target_platform_id = ?', f.platformId);
  if (f.dueBy) add(`r.follow_up_date <= ? AND r.status IN (${WAITING_STATUSES.map(() => '?').join(',')})`, f.dueBy, ...WAITING_STATUSES);
  const rows = db.prepare(`${SELECT} ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY coalesce(r.follow_up_date, '9999'), r.created_at`).all(...args) as Row[];
  const list = rows.map((r) => toRequest(db, r, now));
  return f.overdue === undefined ? list : list.filter((r) => r.overdue === f.overdue);
}

/** A target to record: a URL, or (url '') an account, group or chat named by `identifier`. */
export interface NewOccurrence {
  caseId: string;
  itemId: string | null;
  platformId: string;
  kind: TargetKind;
  url: string;
  identifier: string;
  inAppRoute: string;
  /** Typed without an item: its own kind of material (null: the case's), age, description for the platform. */
  category: CaseCategory | null;
  minor: Tristate;
  platformDescription: string;
}

/**
 * The occurrence for a target, reused when the case already has the same one on the platform
 * (the same URL; without a URL the same kind and identifier), so the requests about one
 * location group together. A reused occurrence keeps what it had and only gains what it lacked
 * (the item it came from, a route, a description, a kind of material).
 */
export function createOccurrence(db: Db, o: NewOccurrence, now: Date, actor: string): string {
  const existing = (
    o.kind === 'url'
      ? db.prepare(`SELECT id FROM occurrences WHERE case_id = ? AND target_kind = 'url' AND url = ? AND platform_id = ?`).get(o.caseId, o.url, o.platformId)
      : db.prepare(`SELECT id FROM occurrences WHERE case_id = ? AND target_kind = ? AND identifier = ? AND platform_id = ?`).get(o.caseId, o.kind, o.identifier, o.platformId)
  ) as { id: string } | undefined;
  if (existing) {
    db.prepare(
      `UPDATE occurrences SET item_id = coalesce(item_id, ?), in_app_route = CASE WHEN in_app_route = '' THEN ? ELSE in_app_route END,
         platform_description = CASE WHEN platform_description = '' THEN ? ELSE platform_description END, category = coalesce(category, ?),
         minor = CASE WHEN minor = 'unknown' THEN ? ELSE minor END WHERE id = ?`,
    ).run(o.itemId, o.inAppRoute, o.platformDescription, o.category, o.minor, existing.id);
    return existing.id;
  }
  const id = randomUUID();
  db.prepare(
    `INSERT INTO occurrences(id, case_id, item_id, platform_id, url, created_at, created_by, target_kind, identifier, in_app_route, category, minor, platform_description)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, o.caseId, o.itemId, o.platformId, o.url, now.toISOString(), actor, o.kind, o.identifier, o.inAppRoute, o.category, o.minor, o.platformDescription);
  return id;
}

function addEvent(db: Db, id: string, at: string, by: string, from: TakedownStatus | null, to: TakedownStatus, reference: string | null, note: string | null, followUpDate: string | null): void {
  db.prepare('INSERT INTO takedown_events(request_id, at, by, from_status, to_status, reference, note, follow_up_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(id, at, by, from, to, reference, note, followUpDate);
}

/** One request for the given targets (in order, each once), addressed by its channel. */
export function createRequest(db: Db, occurrenceIds: readonly string[], caseId: string, platformId: string, channel: TakedownChannel, now: Date, actor: string): string {
  const targets = [...new Set(occurrenceIds)];
  if (targets.length === 0) throw new AppError('VALIDATION', 'A takedown request needs at least one target.', { reason: 'target-required' });
  const target = CHANNEL_TARGET[channel] ?? platformId;
  const targetId = db.prepare('SELECT 1 FROM platforms WHERE id = ?').get(target) ? target : platformId;
  const id = randomUUID();
  const at = now.toISOString();
  db.prepare(
    `INSERT INTO takedown_requests(id, case_id, occurrence_id, target_platform_id, channel, status, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, 'to-send', ?, ?, ?)`,
  ).run(id, caseId, targets[0], targetId, channel, at, actor, at);
  const link = db.prepare('INSERT INTO takedown_request_occurrences(request_id, occurrence_id, position) VALUES (?, ?, ?)');
  targets.forEach((occ, i) => link.run(id, occ, i));
  addEvent(db, id, at, actor, null, 'to-send', null, null, null);
  return id;
}

/** The other requests in the case about any of these targets (for a report's "what the school did"). */
export function requestsOnTargets(db: Db, requestId: string, occurrenceIds: readonly string[], now: Date): TakedownRequest[] {
  if (occurrenceIds.length === 0) return [];
  const ids = db
    .prepare(
      `SELECT DISTINCT t.request_id FROM takedown_request_occurrences t JOIN takedown_requests r ON r.id = t.request_id
       WHERE t.occurrence_id IN (${occurrenceIds.map(() => '?').join(',')}) AND t.request_id != ? ORDER BY r.created_at`,
    )
    .pluck()
    .all(...occurrenceIds, requestId) as string[];
  return ids.map((id) => getRequest(db, id, now));
}

function followUpDays(db: Db, platformId: string): number {
  try {
    return getPlatform(db, platformId).followUpDays;
  } catch {
    return 5;
  }
}

export interface StatusChange {
  status: TakedownStatus;
  at: Date;
  actor: string;
  reference?: string;
  note?: string;
}

/** Applies one status change with its side effects on dates (see the status machine). */
export function setStatus(db: Db, id: string, change: StatusChange, now: Date): TakedownRequest {
  const before = getRequest(db, id, now);
  assertTransition(before.status, change.status);
  const at = change.at.toISOString();
  const day = localDate(change.at);
  const days = followUpDays(db, db.prepare('SELECT target_platform_id AS t FROM takedown_requests WHERE id = ?').pluck().get(id) as string);
  const upd: Record<string, string | null> = { status: change.status, updated_at: now.toISOString() };
  const waitFrom = (d: string) => {
    const f = addDays(d, days);
    upd.follow_up_date = f;
    upd.follow_up_at = startOfLocalDay(f).toISOString();
  };
  switch (change.status) {
    case 'sent': {
      upd.sent_at = at;
      upd.sent_by = change.actor;
      const deadline = addDays(day, days);
      upd.deadline_date = deadline;
      upd.deadline_at = startOfLocalDay(deadline).toISOString();
      waitFrom(day);
      break;
    }
    case 'acknowledged':
    case 'appealed':
    case 'escalated':
      waitFrom(day);
      if (change.status === 'appealed') upd.decision = null;
      break;
    case 'removed':
    case 'refused':
      upd.decision = change.status;
      upd.decision_at = at;
      upd.follow_up_date = null;
      upd.follow_up_at = null;
      // DSA art. 20(1): the internal complaint-handling system must be available for at least six months.
      upd.appeal_until_date = change.status === 'refused' ? addMonths(day, 6) : null;
      break;
    default:
      break;
  }
  if (change.reference) upd.reference = change.reference;
  const cols = Object.keys(upd);
  db.prepare(`UPDATE takedown_requests SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...cols.map((c) => upd[c] ?? null), id);
  const followUp = 'follow_up_date' in upd ? (upd.follow_up_date ?? null) : before.nextFollowUpDate;
  addEvent(db, id, at, change.actor, before.status, change.status, change.reference ?? null, change.note ?? null, followUp);
  return getRequest(db, id, now);
}

export interface RequestPatch {
  reference?: string;
  nextFollowUpDate?: string;
  noticeExplanation?: string | null;
  omitSender?: boolean;
}

export function updateRequest(db: Db, id: string, p: RequestPatch, now: Date): TakedownRequest {
  const b = getRequest(db, id, now);
  const follow = p.nextFollowUpDate ?? b.nextFollowUpDate;
  db.prepare('UPDATE takedown_requests SET reference = ?, follow_up_date = ?, follow_up_at = ?, notice_explanation = ?, omit_sender = ?, updated_at = ? WHERE id = ?').run(
    p.reference ?? b.reference,
    follow,
    follow ? startOfLocalDay(follow).toISOString() : null,
    p.noticeExplanation !== undefined ? p.noticeExplanation : b.noticeExplanation,
    (p.omitSender ?? b.omitSender) ? 1 : 0,
    now.toISOString(),
    id,
  );
  if (p.nextFollowUpDate && p.nextFollowUpDate !== b.nextFollowUpDate) {
    db.prepare('UPDATE takedown_events SET follow_up_date = ? WHERE seq = (SELECT max(seq) FROM takedown_events WHERE request_id = ?)').run(p.nextFollowUpDate, id);
  }
  return getRequest(db, id, now);
}

export function checkRemoval(db: Db, id: string, check: { at: Date; by: string; method: string }, now: Date): TakedownRequest {
  const b = getRequest(db, id, now);
  if (b.status !== 'removed') throw new AppError('CONFLICT', 'Only a removed item can be checked as gone.', { reason: 'not-removed' });
  db.prepare('UPDATE takedown_requests SET removal_checked_at = ?, removal_checked_by = ?, removal_check_method = ?, updated_at = ? WHERE id = ?').run(check.at.toISOString(), check.by, check.method, now.toISOString(), id);
  return getRequest(db, id, now);
}
