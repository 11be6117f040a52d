/**
 * The time each takedown status change was recorded, beside the time the user stated for it
 * (issue 15 item 6: "history shows stated time and recorded time apart"). A change can be
 * entered days after it happened (`takedown:set-status` takes `at`); its audit entry carries
 * the clock's time of entry. Invariant: the request's history rows and its audit entries are
 * written in the same transaction, one created entry for the first row and one status entry
 * for each later row (handlers/takedown.ts), so they pair up in order; when the counts do not
 * agree (a vault whose log was purged in part), no recorded time is claimed.
 */
import type { TakedownRequest } from '../../../shared/takedown-types';
import type { Db } from '../db/open';
import type { DossierTakedown } from './dossier-data';

export function withRecordedTimes(db: Db, requests: TakedownRequest[]): DossierTakedown[] {
  const stmt = db.prepare(`SELECT at FROM audit_log WHERE subject = ? AND redacted = 0 AND kind IN ('takedown.created', 'takedown.status_changed') ORDER BY seq`).pluck();
  return requests.map((r) => {
    const recorded = stmt.all(r.id) as string[];
    const paired = recorded.length === r.history.length;
    return { ...r, history: r.history.map((h, i) => ({ ...h, recordedAt: paired ? (recorded[i] ?? null) : null })) };
  });
}
