/**
 * Vault lifecycle: create, unlock (passphrase or recovery key), change passphrase.
 * Key hierarchy (docs/architecture.md "Storage and keys"): passphrase -> scrypt -> KEK -> unwraps a random 256-bit
 * master key -> HKDF sub-keys for the database and the blobs. A recovery key wraps the same
 * master key. Invariants: a header is only written once the database it describes exists
 * (so a crash during creation never leaves a vault that cannot open); changing the
 * passphrase rewraps the master key only; no secret is ever written unwrapped.
 */
import { randomBytes, randomUUID, hkdfSync } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { isAcceptable } from '../../../shared/passphrase';
import { AuditLog } from '../audit/audit-log';
import { BlobStore } from '../blobs/blob-store';
import type { Clock } from '../clock';
import { DB_FILE, openDatabase, type Db } from '../db/open';
import { damagedPages } from '../db/page-check';
import { checkAgainstHeader, readDbState, setDbEpoch } from './header-state';
import { setSetting } from '../db/kv-store';
import {
  VAULT_FORMAT,
  VAULT_FORMAT_VERSION,
  headerExists,
  randomSalt,
  readHeader,
  scryptParamsOf,
  unwrapKey,
  wrapBinding,
  wrapKey,
  type VaultHeader,
} from './header';
import { DEFAULT_SCRYPT, deriveKek, deriveSubKeys, wipe, type ScryptParams } from './kdf';
import { generateRecoveryKey, parseRecoveryKey } from './recovery-key';
import { Session } from './session';

export interface VaultDeps {
  clock: Clock;
  kdf?: ScryptParams;
}

function recoveryKek(recoveryBytes: Buffer, salt: string): Buffer {
  // The recovery key already has 160 bits of entropy: HKDF suffices, no stretching needed.
  return Buffer.from(hkdfSync('sha256', recoveryBytes, Buffer.from(salt, 'base64'), 'bewijskluis/recovery-kek/v1', 32));
}

function assertAcceptable(passphrase: string): void {
  if (!isAcceptable(passphrase)) throw new AppError('WEAK_PASSPHRASE', 'This passphrase is too short or too easy to guess.');
}

/** Opening found the database damaged: which pages fail their authentication, for the report. */
async function damageReport(err: unknown, dbFile: string, key: Buffer): Promise<unknown> {
  const code = (err as { code?: unknown } | null)?.code;
  const corrupt = code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || (err instanceof AppError && err.code === 'INTEGRITY' && err.details?.file === DB_FILE);
  if (!corrupt) return err;
  const pages = await damagedPages(dbFile, key).catch(() => [] as number[]);
  // The master key unwrapped, so the database key is right: this is damage, not a wrong passphrase.
  return new AppError('INTEGRITY', `The vault database is damaged${pages.length ? ` at page ${pages.join(', ')}` : ''}; restore it from a backup.`, { reason: 'db-damaged', pages: pages.join(',') });
}

/**
 * Opens the database of a vault. An existing vault's database must be there (a missing one
 * is refused, never re-created, so the blobs are never judged against an empty database) and
 * must not be older than its header, nor the header older than it (header-state.ts).
 */
async function openSession(vaultDir: string, header: VaultHeader, master: Buffer, deps: VaultDeps, mode: 'existing' | 'new' = 'existing'): Promise<Session> {
  const keys = deriveSubKeys(master, header.vaultId);
  const dbFile = join(vaultDir, DB_FILE);
  if (mode === 'existing' && !(await fs.lstat(dbFile).then((st) => st.isFile(), () => false))) {
    wipe(master, keys.db, keys.blobEnc, keys.blobId);
    throw new AppError('INTEGRITY', "The vault's database is missing. Nothing was changed; restore the vault from a backup.", { reason: 'db-missing' });
  }
  // Owner-only from the first byte: SQLite gives its WAL and shared-memory files the database's mode.
  if (mode === 'new') await fs.writeFile(dbFile, '', { flag: 'wx', mode: 0o600 });
  let db: Db | null = null;
  let sync: { epoch: number } | null = null;
  try {
    if (mode === 'existing') {
      // Every page's authentication, before anything is read or written: a damaged database is
      // reported by page (and restored from a backup), never written into further.
      const pages = await damagedPages(dbFile, keys.db);
      if (pages.length) throw Object.assign(new Error('damaged pages'), { code: 'SQLITE_CORRUPT' });
    }
    db = openDatabase(dbFile, keys.db);
    if (mode === 'existing') sync = checkAgainstHeader(master, header, readDbState(db));
  } catch (err) {
    db?.close();
    const reported = await damageReport(err, dbFile, keys.db);
    wipe(master, keys.db, keys.blobEnc, keys.blobId);
    throw reported;
  }
  const blobs = new BlobStore(vaultDir, { enc: keys.blobEnc, id: keys.blobId });
  const session = new Session(vaultDir, header, db, blobs, new AuditLog(db, deps.clock), deps.clock, { master, keys });
  if (sync) {
    // A rewrap reached the header but not the database (a crash in between): catch up.
    if (sync.epoch > readDbState(db).epoch) session.tx(() => setDbEpoch(session.db, sync.epoch));
    await session.syncHeader();
  }
  return session;
}

/** Builds a header whose wraps protect `master` with a passphrase and a fresh recovery key. */
async function sealHeader(base: Pick<VaultHeader, 'vaultId' | 'createdAt'>, master: Buffer, passphrase: string, kdf: ScryptParams) {
  const recovery = generateRecoveryKey();
  const draft = {
    format: VAULT_FORMAT,
    version: VAULT_FORMAT_VERSION,
    vaultId: base.vaultId,
    createdAt: base.createdAt,
    kdf: { alg: 'scrypt' as const, ...kdf, salt: randomSalt() },
    recovery: { salt: randomSalt(), wrap: { iv: '', ct: '', tag: '' } },
    passphraseWrap: { iv: '', ct: '', tag: '' },
  } satisfies VaultHeader;
  const kek = await deriveKek(passphrase, Buffer.from(draft.kdf.salt, 'base64'), kdf);
  const rkek = recoveryKek(recovery.bytes, draft.recovery.salt);
  draft.passphraseWrap = wrapKey(kek, master, wrapBinding(draft, 'passphrase'));
  draft.recovery.wrap = wrapKey(rkek, master, wrapBinding(draft, 'recovery'));
  wipe(kek, rkek, recovery.bytes);
  return { header: draft, recoveryKey: recovery.text };
}

export async function createVault(vaultDir: string, passphrase: string, ownerName: string, deps: VaultDeps) {
  assertAcceptable(passphrase);
  if (await headerExists(vaultDir)) throw new AppError('VAULT_EXISTS', 'There is already a vault in this folder.');
  await fs.mkdir(vaultDir, { recursive: true, mode: 0o700 });
  // A database without a header is what an interrupted creation leaves: it cannot be
  // opened by anyone (its key was never written), so it is safe to start over.
  for (const f of [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`]) await fs.rm(join(vaultDir, f), { force: true });

  const master = randomBytes(32);
  const { header, recoveryKey } = await sealHeader(
    { vaultId: randomUUID(), createdAt: deps.clock.now().toISOString() },
    master,
    passphrase,
    deps.kdf ?? DEFAULT_SCRYPT,
  );
  const session = await openSession(vaultDir, header, master, deps, 'new');
  try {
    session.tx(() => {
      setSetting(session.db, 'owner_name', ownerName);
      session.audit.append({ actor: ownerName, kind: 'vault.created', details: { formatVersion: VAULT_FORMAT_VERSION } });
    });
    // Written last: a header means its database exists (and here already knows its state).
    await session.updateHeader((h) => h, 0);
  } catch (err) {
    session.close();
    throw err;
  }
  return { session, recoveryKey };
}

/** The master key from a header and a passphrase (also used to open a backup). */
export async function masterFromPassphrase(header: VaultHeader, passphrase: string): Promise<Buffer> {
  const kek = await deriveKek(passphrase, Buffer.from(header.kdf.salt, 'base64'), scryptParamsOf(header));
  const master = unwrapKey(kek, header.passphraseWrap, wrapBinding(header, 'passphrase'));
  wipe(kek);
  if (!master) throw new AppError('WRONG_PASSPHRASE', 'The passphrase is not correct.');
  return master;
}

/** The master key from a header and the recovery key text. */
export function masterFromRecoveryKey(header: VaultHeader, recoveryText: string): Buffer {
  const bytes = parseRecoveryKey(recoveryText);
  if (!bytes) throw new AppError('WRONG_RECOVERY_KEY', 'This is not a valid recovery key.');
  const rkek = recoveryKek(bytes, header.recovery.salt);
  const master = unwrapKey(rkek, header.recovery.wrap, wrapBinding(header, 'recovery'));
  wipe(rkek, bytes);
  if (!master) throw new AppError('WRONG_RECOVERY_KEY', 'The recovery key is not correct.');
  return master;
}

export async function unlockVault(vaultDir: string, passphrase: string, deps: VaultDeps): Promise<Session> {
  const header = await readHeader(vaultDir);
  return openSession(vaultDir, header, await masterFromPassphrase(header, passphrase), deps);
}

/** Opens a vault whose master key the caller already has (e.g. right after a restore). */
export async function openWithMaster(vaultDir: string, master: Buffer, deps: VaultDeps): Promise<Session> {
  return openSession(vaultDir, await readHeader(vaultDir), master, deps);
}

/** Unlocks with the recovery key and, in the same step, sets a new passphrase and a new recovery key. */
export async function recoverVault(vaultDir: string, recoveryText: string, newPassphrase: string, deps: VaultDeps) {
  assertAcceptable(newPassphrase);
  const header = await readHeader(vaultDir);
  const master = masterFromRecoveryKey(header, recoveryText);
  // The vault as it is must pass the rollback check before it is given new keys.
  const session = await openSession(vaultDir, header, master, deps);
  try {
    const sealed = await sealHeader(header, master, newPassphrase, deps.kdf ?? scryptParamsOf(header));
    await rewrap(session, () => sealed.header);
    return { session, recoveryKey: sealed.recoveryKey };
  } catch (err) {
    session.close();
    throw err;
  }
}

/** A new wrap of the master key: the header first (with the next epoch), then the database (header-state.ts). */
async function rewrap(session: Session, change: (onDisk: VaultHeader) => VaultHeader | Promise<VaultHeader>): Promise<void> {
  const epoch = Math.max(session.header.state?.epoch ?? 0, readDbState(session.db).epoch) + 1;
  await session.updateHeader(change, epoch);
  session.tx(() => setDbEpoch(session.db, epoch));
}

/**
 * Replaces the recovery key with a new one (the passphrase stays valid): for a vault whose
 * recovery key was never confirmed and is no longer known (issue 16 item 7). The old key stops
 * working, so a key that may not have been written down is never the only way back in.
 */
export async function reissueRecoveryKey(session: Session): Promise<string> {
  const recovery = generateRecoveryKey();
  try {
    await rewrap(session, (header) => {
      const updated: VaultHeader = { ...header, recovery: { salt: randomSalt(), wrap: { iv: '', ct: '', tag: '' } } };
      const rkek = recoveryKek(recovery.bytes, updated.recovery.salt);
      updated.recovery.wrap = wrapKey(rkek, session.masterKey(), wrapBinding(updated, 'recovery'));
      wipe(rkek);
      return updated;
    });
  } finally {
    wipe(recovery.bytes);
  }
  return recovery.text;
}

/** Rewraps the master key under a new passphrase; the recovery key stays valid. */
export async function changePassphrase(session: Session, current: string, next: string, kdf?: ScryptParams): Promise<VaultHeader> {
  assertAcceptable(next);
  await rewrap(session, async (header) => {
    const oldKek = await deriveKek(current, Buffer.from(header.kdf.salt, 'base64'), scryptParamsOf(header));
    const check = unwrapKey(oldKek, header.passphraseWrap, wrapBinding(header, 'passphrase'));
    wipe(oldKek);
    if (!check) throw new AppError('WRONG_PASSPHRASE', 'The current passphrase is not correct.');
    wipe(check);
    const params = kdf ?? scryptParamsOf(header);
    const updated: VaultHeader = { ...header, kdf: { alg: 'scrypt', ...params, salt: randomSalt() } };
    const kek = await deriveKek(next, Buffer.from(updated.kdf.salt, 'base64'), params);
    updated.passphraseWrap = wrapKey(kek, session.masterKey(), wrapBinding(updated, 'passphrase'));
    wipe(kek);
    return updated;
  });
  return session.header;
}
