/**
 * Rollback detection (issue 12 item 3, docs/decisions/0010-rollback.md). The database keeps a
 * commit counter (`generation`, advanced by every Session.tx) and the audit chain head; the
 * header keeps where they stood at its last write, and an `epoch` counting rewraps of the
 * master key, all under a MAC from the master key.
 * Order of writes: data commits go to the database first and reach the header a moment later
 * (and at every lock), so a database AHEAD of the header is a crash in that moment and is
 * accepted; a rewrap goes to the header first and the database after, so a header ahead in
 * epoch is accepted. The other way round is a copy put back: a database older than the header
 * (an older vault.db) or a header older than the database (an older vault.json, perhaps with
 * an old passphrase) is refused, naming the rollback, and nothing is changed or deleted.
 * Limit: an old vault.db together with its own old vault.json is a consistent old vault; only
 * something kept outside the vault (a timestamped audit head, issue 18) can tell.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { GENESIS_HASH } from '../audit/audit-log';
import { getSetting, setSetting } from '../db/kv-store';
import type { Db } from '../db/open';
import type { HeaderState, VaultHeader } from './header';
import { deriveSubKey } from './kdf';

export interface DbState {
  epoch: number;
  generation: number;
  auditSeq: number;
  auditHash: string;
}

export function readDbState(db: Db): DbState {
  const head = getSetting<{ seq: number; hash: string }>(db, 'audit_head') ?? { seq: 0, hash: GENESIS_HASH };
  return { epoch: getSetting<number>(db, 'header_epoch') ?? 0, generation: getSetting<number>(db, 'generation') ?? 0, auditSeq: head.seq, auditHash: head.hash };
}

/** Advances the commit counter; runs inside every Session.tx. */
export function bumpGeneration(db: Db): void {
  setSetting(db, 'generation', (getSetting<number>(db, 'generation') ?? 0) + 1);
}

export function setDbEpoch(db: Db, epoch: number): void {
  setSetting(db, 'header_epoch', epoch);
}

function macOf(master: Buffer, header: Pick<VaultHeader, 'vaultId' | 'passphraseWrap' | 'recovery'>, s: Omit<HeaderState, 'mac'>): string {
  const key = deriveSubKey(master, header.vaultId, 'header-state');
  // The wraps are bound in too: an old header's wrap cannot be grafted onto a newer state.
  const text = [header.vaultId, s.epoch, s.generation, s.auditSeq, s.auditHash, header.passphraseWrap.ct, header.recovery.wrap.ct].join('|');
  const mac = createHmac('sha256', key).update(text).digest('base64');
  key.fill(0);
  return mac;
}

/** The header's state for the given database state and epoch, MAC'd. */
export function stateFor(master: Buffer, header: VaultHeader, db: DbState, epoch: number): HeaderState {
  const s = { epoch, generation: db.generation, auditSeq: db.auditSeq, auditHash: db.auditHash };
  return { ...s, mac: macOf(master, header, s) };
}

const rolledBack = (what: 'database' | 'header', details: Record<string, number>) =>
  new AppError(
    'INTEGRITY',
    what === 'database'
      ? 'The vault database is older than its header: it was rolled back or replaced by an older copy. Nothing was changed.'
      : 'The vault header is older than its database: it was rolled back or replaced by an older copy. Nothing was changed.',
    { reason: what === 'database' ? 'rollback-database' : 'rollback-header', ...details },
  );

/**
 * Compares a freshly opened database with its header. Returns what the header must be brought
 * to (null when it already agrees); throws INTEGRITY for a damaged state or a rollback.
 */
export function checkAgainstHeader(master: Buffer, header: VaultHeader, db: DbState): { epoch: number } | null {
  const s = header.state;
  if (!s) return { epoch: db.epoch }; // a vault from before this check: start it now
  const expected = Buffer.from(macOf(master, header, s), 'base64');
  const given = Buffer.from(s.mac, 'base64');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new AppError('INTEGRITY', 'The vault header is damaged.', { reason: 'header-damaged' });
  }
  if (s.epoch < db.epoch) throw rolledBack('header', { headerEpoch: s.epoch, databaseEpoch: db.epoch });
  if (db.generation < s.generation || db.auditSeq < s.auditSeq || (db.auditSeq === s.auditSeq && db.auditHash !== s.auditHash)) {
    throw rolledBack('database', { databaseGeneration: db.generation, headerGeneration: s.generation });
  }
  const inSync = s.epoch === db.epoch && s.generation === db.generation && s.auditSeq === db.auditSeq;
  return inSync ? null : { epoch: s.epoch };
}
