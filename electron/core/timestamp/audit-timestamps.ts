/**
 * The audit chain's head, timestamped at each export (issue 18 item 4): the token is kept in
 * the vault (table audit_timestamps) as well as in the bundle, so a log rewritten later — even
 * by someone holding the vault's keys, who could re-hash the whole chain — no longer matches
 * a head an outside authority dated. `vault check` runs checkAuditTimestamps.
 * Invariant: a stored token is one that passed the full check at export (stamp.ts).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { CheckItem } from '../../../shared/vault-types';
import type { Session } from '../vault/session';
import type { BundleStamps } from './bundle-timestamps';
import { anchorsOf, certificatesFromPem, checkTimeStampResponse } from './tsp-token';

export function storeAuditTimestamp(session: Session, stamps: BundleStamps, tsaUrl: string): void {
  const a = stamps.auditHead;
  const genTime = a.checked.tstInfo.genTime.toISOString();
  session.db
    .prepare('INSERT INTO audit_timestamps(id, seq, hash, data, token, chain, gen_time, tsa_url, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(randomUUID(), a.head.seq, a.head.hash, a.data, a.response, a.chainPem, genTime, tsaUrl, session.clock.now().toISOString());
  let host = '';
  try {
    host = new URL(tsaUrl).host;
  } catch {
    // keep ''
  }
  session.audit.append({ actor: session.ownerName, kind: 'audit.timestamped', details: { seq: a.head.seq, hash: a.head.hash, genTime, tsa: host, tsaSubject: a.checked.tsaSubject } });
}

interface Row {
  seq: number;
  hash: string;
  data: Buffer;
  token: Buffer;
  chain: string;
  gen_time: string;
}

/** Every stored token still holds, and the log still has, at its sequence number, the hash that was stamped. */
export function checkAuditTimestamps(session: Session): CheckItem {
  const item: CheckItem = { name: 'timestamps', ok: true, problems: [], checked: 0 };
  for (const r of session.db.prepare('SELECT seq, hash, data, token, chain, gen_time FROM audit_timestamps ORDER BY seq').all() as Row[]) {
    item.checked++;
    const now = session.db.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(r.seq) as { hash: string } | undefined;
    if (!now) item.problems.push(`audit log entry ${r.seq}, timestamped at ${r.gen_time}, is missing`);
    else if (now.hash !== r.hash) item.problems.push(`audit log entry ${r.seq} was changed after it was timestamped at ${r.gen_time}`);
    let data: { seq?: unknown; hash?: unknown } = {};
    try {
      data = JSON.parse(r.data.toString('utf8')) as typeof data;
    } catch {
      // reported below
    }
    if (data.seq !== r.seq || data.hash !== r.hash) item.problems.push(`the timestamp of audit log entry ${r.seq} is about another entry`);
    try {
      const chain = certificatesFromPem(r.chain);
      checkTimeStampResponse(r.token, { digest: createHash('sha256').update(r.data).digest(), anchors: anchorsOf(chain), extraCertificates: chain });
    } catch {
      item.problems.push(`the timestamp of audit log entry ${r.seq} does not verify`);
    }
  }
  item.ok = item.problems.length === 0;
  return item;
}
