/**
 * Append-only, hash-chained audit log: the vault's chain of custody.
 * Each entry's hash = SHA-256(prev_hash || "\n" || canonical JSON of its fields), so editing,
 * reordering or deleting an entry breaks the chain from that entry on. The newest
 * (seq, hash) is also kept as `audit_head` in settings, in the same transaction, so cutting
 * entries off the end is detected too. Plain SHA-256 (not a keyed MAC) lets a recipient of an
 * exported log re-check it with standard tools. Invariant: append() runs inside the caller's
 * transaction; details never contain passphrases or keys.
 */
import { createHash } from 'node:crypto';
import type { AuditEntry, AuditVerification } from '../../../shared/domain';
import { canonicalJson } from '../canonical-json';
import type { Clock } from '../clock';
import type { Db } from '../db/open';
import { getSetting, setSetting } from '../db/settings-repo';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditInput {
  actor: string;
  kind: string;
  subject?: string | null;
  details?: Record<string, unknown>;
}

interface Row {
  seq: number;
  at: string;
  actor: string;
  kind: string;
  subject: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

export function entryHash(prevHash: string, e: { seq: number; at: string; actor: string; kind: string; subject: string | null; details: string }): string {
  const body = canonicalJson({ seq: e.seq, at: e.at, actor: e.actor, kind: e.kind, subject: e.subject, details: e.details });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
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
    const hash = entryHash(head.hash, row);
    this.db
      .prepare('INSERT INTO audit_log(seq, at, actor, kind, subject, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(row.seq, row.at, row.actor, row.kind, row.subject, row.details, head.hash, hash);
    setSetting(this.db, 'audit_head', { seq: row.seq, hash });
    return toEntry({ ...row, prev_hash: head.hash, hash });
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
    return (this.db.prepare(sql).all(...args, opts.limit ?? 100) as Row[]).map(toEntry);
  }

  /** Entries about any of the given subjects, or whose details name the case reference (chain of custody). */
  forSubjects(subjects: string[], caseRef: string): AuditEntry[] {
    const set = new Set(subjects);
    const rows = this.db.prepare(`SELECT * FROM audit_log WHERE subject IS NOT NULL OR json_extract(details, '$.case') = ? ORDER BY seq`).all(caseRef) as Row[];
    return rows.filter((r) => (r.subject !== null && set.has(r.subject)) || (JSON.parse(r.details) as { case?: string }).case === caseRef).map(toEntry);
  }

  verify(): AuditVerification {
    let prev = GENESIS_HASH;
    let expectedSeq = 1;
    let count = 0;
    for (const row of this.db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<Row>) {
      if (row.seq !== expectedSeq || row.prev_hash !== prev || entryHash(prev, row) !== row.hash) {
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

function toEntry(r: Row): AuditEntry {
  return { seq: r.seq, at: r.at, actor: r.actor, kind: r.kind, subject: r.subject, details: JSON.parse(r.details) as Record<string, unknown>, hash: r.hash };
}
