/**
 * "Still online?" (issue 18 item 3): a removal check loads a takedown request's URL in the
 * capture engine and keeps what it finds — HTTP status, final URL, title and (unless the minors
 * rule applies) a screenshot — as an evidence item of the case, linked to the request. The
 * outcome is the engine's reading (REMOVAL_OUTCOMES); only the officer marks a request removed,
 * with a check's capture as the proof (confirmRemoved).
 *
 * Invariants: every check, by the officer or by the schedule, is a row and an audit entry
 * (capture.removal_checked); a check that could not load anything is still recorded (outcome
 * 'unreachable', no item); the request's own "removal checked" fields are set only by a check
 * that found the material gone, or by the officer's confirmation.
 */
import { randomUUID } from 'node:crypto';
import type { RemovalCheck, RemovalOutcome, UncheckedRemoval } from '../../../shared/capture-types';
import { WAITING_STATUSES, type Occurrence, type TakedownRequest } from '../../../shared/takedown-types';
import { webTargets } from '../../../shared/removal-rules';
import type { CaseDetail } from '../../../shared/case-types';
import { AppError } from '../../../shared/errors';
import { getCase } from '../case/case-repo';
import type { Db } from '../db/open';
import { getItem } from '../evidence/evidence-repo';
import { bytesForbidden } from '../evidence/policy';
import { checkRemoval, getRequest, listRequests, setStatus } from '../takedown/takedown-repo';
import type { Session } from '../vault/session';
import type { CaptureHost } from './cdp';
import { captureByUrl, keep } from './capture-service';
import type { EngineLimits, RawCapture } from './engine';

const LOGIN_PATH = /(^|\/)(login|log-in|signin|sign-in|accounts\/login|auth|session)(\/|$|\?)/i;

/** What a loaded page says about the material: see REMOVAL_OUTCOMES. */
export function outcomeOf(raw: Pick<RawCapture, 'record'>): RemovalOutcome {
  const r = raw.record;
  const status = r.document.status;
  if (status === null) return r.networkError ? 'unreachable' : 'unclear';
  return outcomeOfStatus(status, r.finalUrl);
}

function outcomeOfStatus(status: number, finalUrl: string): RemovalOutcome {
  if (status === 404 || status === 410 || status === 451) return 'removed';
  if (status === 401 || status === 403) return 'login-wall';
  let path = '';
  try {
    path = new URL(finalUrl).pathname;
  } catch {
    // keep ''
  }
  if (status >= 200 && status < 300) return LOGIN_PATH.test(path) ? 'login-wall' : 'online';
  return 'unclear';
}

/** A URL as people paste it ("instagram.com/p/x") with the scheme the browser needs. */
export function loadableUrl(url: string): string | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`;
  try {
    const u = new URL(withScheme);
    return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password ? u.toString() : null;
  } catch {
    return null;
  }
}

interface CheckRow {
  id: string;
  request_id: string;
  case_id: string;
  item_id: string | null;
  url: string;
  checked_at: string;
  checked_by: string;
  trigger: 'officer' | 'schedule';
  outcome: RemovalOutcome;
  http_status: number | null;
  final_url: string | null;
  title: string | null;
  network_error: string | null;
}

function toCheck(db: Db, r: CheckRow): RemovalCheck {
  const label = r.item_id ? getItem(db, r.item_id).label : null;
  return {
    id: r.id,
    requestId: r.request_id,
    caseId: r.case_id,
    itemId: r.item_id,
    itemLabel: label,
    url: r.url,
    checkedAt: r.checked_at,
    checkedBy: r.checked_by,
    trigger: r.trigger,
    outcome: r.outcome,
    httpStatus: r.http_status,
    finalUrl: r.final_url,
    title: r.title,
    networkError: r.network_error,
  };
}

export function listChecks(db: Db, requestId: string): RemovalCheck[] {
  return (db.prepare('SELECT * FROM removal_checks WHERE request_id = ? ORDER BY checked_at DESC, rowid DESC').all(requestId) as CheckRow[]).map((r) => toCheck(db, r));
}

export function getCheck(db: Db, id: string): RemovalCheck {
  const r = db.prepare('SELECT * FROM removal_checks WHERE id = ?').get(id) as CheckRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', 'This removal check does not exist.', { entity: 'removal-check' });
  return toCheck(db, r);
}

/** Whether the request's material is sexual material of a (possible) minor: no pixels then. */
function forbidden(session: Session, r: TakedownRequest, c: CaseDetail): boolean {
  // Any of its locations: an item's own marks, or what was typed with a location without an item.
  return r.occurrences.some((o) => {
    const item = o.itemId ? getItem(session.db, o.itemId) : null;
    const caseCategory = (item ? item.category : o.category) ?? c.category;
    return bytesForbidden({ caseCategory, sexual: item?.sexual ?? false, minor: item ? item.minor : o.minor });
  });
}

/** Loads one target's URL and records what it found: a row, an audit entry, and (unless it loaded nothing) an evidence item. */
async function checkTarget(session: Session, host: CaptureHost, c: CaseDetail, r: TakedownRequest, target: Occurrence, trigger: 'officer' | 'schedule', limits: EngineLimits, noPixels: boolean): Promise<RemovalCheck> {
  const now = () => session.clock.now();
  const url = loadableUrl(target.url);
  let stored: { itemId: string; raw: RawCapture } | null = null;
  let failure: string | null = url ? null : 'not-a-web-address';
  if (url) {
    try {
      const raw = await captureByUrl(host, url, !noPixels, limits, now, session.signal);
      const item = target.itemId ? getItem(session.db, target.itemId) : null;
      const kept = await keep(session, c, raw, { description: '', sexual: item?.sexual ?? false, violence: item?.violence ?? false, minor: item?.minor ?? target.minor });
      stored = { itemId: kept.item.id, raw };
    } catch (err) {
      // No browser, or one that stopped answering: the check is still recorded, as unreachable.
      if (!(err instanceof AppError) || (err.code !== 'NETWORK' && err.code !== 'UNSUPPORTED_FILE')) throw err;
      failure = typeof err.details?.reason === 'string' ? err.details.reason : err.code;
    }
  }
  const record = stored?.raw.record ?? null;
  const outcome: RemovalOutcome = stored ? outcomeOf(stored.raw) : 'unreachable';
  const id = randomUUID();
  return session.tx(() => {
    session.db
      .prepare('INSERT INTO removal_checks(id, case_id, request_id, item_id, url, checked_at, checked_by, trigger, outcome, http_status, final_url, title, network_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, c.id, r.id, stored?.itemId ?? null, target.url, now().toISOString(), session.ownerName, trigger, outcome, record?.document.status ?? null, record?.finalUrl ?? null, record?.title ?? null, record?.networkError ?? failure);
    const check = getCheck(session.db, id);
    session.audit.append({
      actor: session.ownerName,
      kind: 'capture.removal_checked',
      subject: r.id,
      details: { case: c.ref, check: id, item: check.itemLabel, trigger, outcome, status: check.httpStatus },
    });
    return check;
  });
}

/**
 * Checks every target of the request that has a URL, one after the other, each recorded as soon
 * as it is done (a lock in between keeps the checks already made). A request marked removed
 * counts as "removal checked" only when every one of its addresses was found gone: one notice
 * can list several URLs, and the platform may have removed some of them only.
 */
export async function runRemovalCheck(session: Session, host: CaptureHost, requestId: string, trigger: 'officer' | 'schedule', limits: EngineLimits): Promise<RemovalCheck[]> {
  const now = () => session.clock.now();
  const r = getRequest(session.db, requestId, now());
  const targets = webTargets(r);
  if (targets.length === 0) throw new AppError('CONFLICT', 'This request names no web address, so there is nothing to load.', { reason: 'no-web-address' });
  const c = getCase(session.db, r.caseId);
  const noPixels = forbidden(session, r, c);
  const checks: RemovalCheck[] = [];
  for (const target of targets) checks.push(await checkTarget(session, host, c, r, target, trigger, limits, noPixels));
  if (checks.every((k) => k.outcome === 'removed')) {
    session.tx(() => {
      if (getRequest(session.db, r.id, now()).status === 'removed') checkRemoval(session.db, r.id, { at: now(), by: session.ownerName, method: methodText(checks) }, now());
    });
  }
  return checks;
}

/** The request's "how was it checked" text: the captures that prove it (not a catalogue text: it names items and status codes). */
function methodText(checks: readonly RemovalCheck[]): string {
  return checks.map((k) => `web capture ${k.itemLabel ?? '-'}: HTTP ${k.httpStatus ?? '-'}`).join('; ');
}

/**
 * Marks the request removed (when it is not yet) with the check's capture as the proof. With
 * several addresses, the proof of each other address is its latest check that captured
 * something; an address never checked that way is refused, so "removed" never rests on one
 * address of many.
 */
export function confirmRemoved(session: Session, requestId: string, checkId: string): TakedownRequest {
  const now = session.clock.now();
  const check = getCheck(session.db, checkId);
  if (check.requestId !== requestId) throw new AppError('VALIDATION', 'This check belongs to another request.', { issues: [{ path: 'checkId', code: 'other-request' }] });
  if (!check.itemId) throw new AppError('CONFLICT', 'This check captured nothing, so it cannot prove the removal.', { reason: 'check-without-capture' });
  const before = getRequest(session.db, requestId, now);
  const captured = listChecks(session.db, requestId).filter((k) => k.itemId !== null);
  const proof: RemovalCheck[] = [];
  let missing = 0;
  for (const t of webTargets(before)) {
    const k = t.url === check.url ? check : captured.find((x) => x.url === t.url);
    if (k) proof.push(k);
    else missing++;
  }
  if (missing) throw new AppError('CONFLICT', `Not every address of this request was checked: ${missing} without a capture.`, { reason: 'targets-unchecked', count: missing });
  if (before.status !== 'removed') {
    setStatus(session.db, requestId, { status: 'removed', at: new Date(check.checkedAt), actor: session.ownerName }, now);
  }
  const after = checkRemoval(session.db, requestId, { at: new Date(check.checkedAt), by: session.ownerName, method: methodText(proof) }, now);
  session.audit.append({
    actor: session.ownerName,
    kind: 'capture.removal_confirmed',
    subject: requestId,
    details: { case: after.caseRef, check: check.id, item: check.itemLabel, outcome: check.outcome, status: after.status, was: before.status, checks: proof.map((k) => k.id) },
  });
  return after;
}

/** Requests marked removed whose removal was never checked. */
export function uncheckedRemovals(db: Db, now: Date): UncheckedRemoval[] {
  return listRequests(db, { status: 'removed' }, now)
    .filter((r) => r.removalCheck === null)
    .map((r) => ({ requestId: r.id, caseId: r.caseId, caseRef: r.caseRef, platformName: r.occurrence.platformName, url: r.occurrence.url, decisionAt: r.decisionAt }));
}

/** Requests the schedule checks: waiting for an answer, or removed, with a web address to load; last checked `days` ago or never. */
export function dueForCheck(db: Db, now: Date, days: number): string[] {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  const statuses = [...WAITING_STATUSES, 'removed'];
  return (
    db
      .prepare(
        `SELECT r.id FROM takedown_requests r
         WHERE r.status IN (${statuses.map(() => '?').join(', ')})
           AND EXISTS (SELECT 1 FROM takedown_request_occurrences t JOIN occurrences o ON o.id = t.occurrence_id WHERE t.request_id = r.id AND o.url <> '')
           AND coalesce((SELECT max(checked_at) FROM removal_checks c WHERE c.request_id = r.id), '') < ?
         ORDER BY r.created_at`,
      )
      .all(...statuses, cutoff) as { id: string }[]
  ).map((r) => r.id);
}
