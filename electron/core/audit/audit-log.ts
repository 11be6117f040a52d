/**
 * Append-only, hash-chained audit log: the vault's chain of custody.
 * content_hash = SHA-256(canonical JSON of the entry's fields) and
 * hash = SHA-256(prev_hash || "\n" || seq || "\n" || content_hash), so editing, reordering or
 * deleting an entry breaks the chain from that entry on. A purge (AVG retention) may redact
 * old entries: their content is dropped but their content_hash stays, so the chain still
 * verifies while nothing of the purged case remains readable. The newest
 * (seq, hash) is also kept as `audit_head` in settings, in the same transaction, so cutting
 * entries off the end is detected too. Plain SHA-256 (not a keyed MAC) lets a recipient of an
 * exported log re-check it with standard tools. Invariant: append() runs inside the caller's
 * transaction; details never contain passphrases or keys.
 */
import { createHash } from 'node:crypto';
import type { AuditEntry, AuditVerification } from '../../../shared/audit-types';
import type { AuditKind } from '../../../shared/audit-kinds';
import { canonicalJson } from '../canonical-json';
import type { Clock } from '../clock';
import type { Db } from '../db/open';
import { getSetting, setSetting } from '../db/kv-store';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditInput {
  actor: string;
  kind: AuditKind;
  subject?: string | null;
  details?: Record<string, unknown>;
}

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  kind: string;
  subject: string | null;
  details: string;
  content_hash: string;
  redacted: number;
  prev_hash: string;
  hash: string;
}

export function contentHash(e: { seq: number; at: string; actor: string; kind: string; subject: string | null; details: string }): string {
  return createHash('sha256').update(canonicalJson({ seq: e.seq, at: e.at, actor: e.actor, kind: e.kind, subject: e.subject, details: e.details })).digest('hex');
}

export function chainHash(prevHash: string, seq: number, content: string): string {
  return createHash('sha256').update(`${prevHash}\n${seq}\n${content}`).digest('hex');
}

export class AuditLog {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  append(input: AuditInput): AuditEntry {
    const head = getSetting<{ seq: number; hash: string }>(this.db, 'audit_head') ?? { seq: 0, hash: GENESIS_HASH };
    const row = {
      seq: head.seq + 1,
      at: this.clock.now().toISOString(),
      actor: input.actor,
      kind: input.kind,
      subject: input.subject ?? null,
      details: canonicalJson(input.details ?? {}),
    };
    const content = contentHash(row);
    const hash = chainHash(head.hash, row.seq, content);
    this.db
      .prepare('INSERT INTO audit_log(seq, at, actor, kind, subject, details, content_hash, redacted, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)')
      .run(row.seq, row.at, row.actor, row.kind, row.subject, row.details, content, head.hash, hash);
    setSetting(this.db, 'audit_head', { seq: row.seq, hash });
    return auditEntryOf({ ...row, content_hash: content, redacted: 0, prev_hash: head.hash, hash });
  }

  list(opts: { limit?: number; beforeSeq?: number; subject?: string } = {}): AuditEntry[] {
    const where: string[] = [];
    const args: (string | number)[] = [];
    if (opts.beforeSeq !== undefined) {
      where.push('seq < ?');
      args.push(opts.beforeSeq);
    }
    if (opts.subject !== undefined) {
      where.push('subject = ?');
      args.push(opts.subject);
    }
    const sql = `SELECT * FROM audit_log ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY seq DESC LIMIT ?`;
    return (this.db.prepare(sql).all(...args, opts.limit ?? 100) as AuditRow[]).map(auditEntryOf);
  }

  /**
   * Drops the content of entries (purge under the retention period): kind becomes
   * "redacted", actor, subject and details are emptied; seq, time, content_hash and the chain
   * stay, so verification still passes and the log still shows that something happened then.
   */
  redact(seqs: number[]): void {
    const stmt = this.db.prepare(`UPDATE audit_log SET kind = 'redacted', actor = '', subject = NULL, details = '{}', redacted = 1 WHERE seq = ?`);
    for (const seq of seqs) stmt.run(seq);
  }

  verify(): AuditVerification {
    // A redacted entry is valid only when empty and listed by a later purge tombstone, so
    // erasing an entry outside a purge is detected as tampering.
    const claimed = new Set<number>();
    for (const r of this.db.prepare(`SELECT details FROM audit_log WHERE kind = 'case.purged' AND redacted = 0`).all() as { details: string }[]) {
      for (const seq of (JSON.parse(r.details) as { redacted?: number[] }).redacted ?? []) claimed.add(seq);
    }
    let prev = GENESIS_HASH;
    let expectedSeq = 1;
    let count = 0;
    for (const row of this.db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
      const contentOk =
        row.redacted === 1
          ? claimed.has(row.seq) && row.kind === 'redacted' && row.actor === '' && row.subject === null && row.details === '{}'
          : contentHash(row) === row.content_hash;
      if (row.seq !== expectedSeq || row.prev_hash !== prev || !contentOk || chainHash(prev, row.seq, row.content_hash) !== row.hash) {
        return { ok: false, count, firstBadSeq: expectedSeq <= row.seq ? Math.min(expectedSeq, row.seq) : row.seq };
      }
      prev = row.hash;
      expectedSeq++;
      count++;
    }
    const head = getSetting<{ seq: number; hash: string }>(this.db, 'audit_head');
    if (head && (head.seq !== count || head.hash !== prev)) return { ok: false, count, firstBadSeq: count + 1 };
    return { ok: true, count, firstBadSeq: null };
  }
}

export function auditEntryOf(r: AuditRow): AuditEntry {
  return { seq: r.seq, at: r.at, actor: r.actor, kind: r.kind, subject: r.subject, details: JSON.parse(r.details) as Record<string, unknown>, hash: r.hash };
}
