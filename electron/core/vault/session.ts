/**
 * An unlocked vault: the open database, the blob store, the audit log and the keys.
 * Invariants: exactly one Session object owns the keys; work that uses them enters the
 * session (enter()) and leaves it when done; once closing begins no new work may enter, the
 * work inside is asked to stop (signal), and the keys are wiped only after the last piece of
 * work has left (vault/lock.ts), so nothing is ever sealed with a wiped, all-zero key.
 */
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { AuditLog } from '../audit/audit-log';
import type { BlobStore } from '../blobs/blob-store';
import type { Clock } from '../clock';
import { getSetting } from '../db/kv-store';
import { DB_FILE, openDatabase, type Db } from '../db/open';
import { damagedPages } from '../db/page-check';
import { readHeader, writeHeader, type VaultHeader } from './header';
import { bumpGeneration, readDbState, stateFor } from './header-state';
import { wipe, type SubKeys } from './kdf';

/** How long after a commit its counter reaches the header (a crash in between is accepted: header-state.ts). */
const HEADER_SYNC_MS = 200;

const locked = (): AppError => new AppError('VAULT_LOCKED', 'The vault is locked.');

export class Session {
  private state: 'open' | 'closing' | 'closed' = 'open';
  private inside = 0;
  private drainedWaiters: (() => void)[] = [];
  private readonly abort = new AbortController();
  private readonly memos = new Map<string, unknown>();
  /** Header writes, one after another (the state after commits, a rewrap). */
  private headerQueue: Promise<unknown> = Promise.resolve();
  private headerTimer: ReturnType<typeof setTimeout> | null = null;
  /**
   * A recovery key shown to the user and not yet confirmed (issue 16 item 7), kept only in memory
   * and only until it is confirmed or the vault locks, so a reload can show the same key again.
   */
  pendingRecoveryKey: string | null = null;

  constructor(
    readonly vaultDir: string,
    private currentHeader: VaultHeader,
    readonly db: Db,
    readonly blobs: BlobStore,
    readonly audit: AuditLog,
    readonly clock: Clock,
    private readonly secrets: { master: Buffer; keys: SubKeys },
  ) {}

  get header(): VaultHeader {
    return this.currentHeader;
  }

  get ownerName(): string {
    return getSetting<string>(this.db, 'owner_name') ?? '';
  }

  /** Aborted when the vault starts locking: long work (import, export, backup) stops at its next step. */
  get signal(): AbortSignal {
    return this.abort.signal;
  }

  /**
   * Runs fn in one database transaction together with its audit entries; every transaction
   * advances the commit counter, which reaches the header a moment later (header-state.ts).
   */
  tx<T>(fn: () => T): T {
    const result = this.db.transaction(() => {
      const r = fn();
      bumpGeneration(this.db);
      return r;
    })();
    this.syncHeaderSoon();
    return result;
  }

  private syncHeaderSoon(): void {
    if (this.headerTimer || this.state === 'closed') return;
    this.headerTimer = setTimeout(() => {
      this.headerTimer = null;
      void this.syncHeader().catch(() => undefined);
    }, HEADER_SYNC_MS);
    this.headerTimer.unref?.();
  }

  /** Brings the header's state to the database's (at once; also at lock). */
  syncHeader(): Promise<void> {
    return this.updateHeader((h) => h);
  }

  /**
   * Rewrites the header from what is on disk now: `change` may rewrap (a new passphrase, with
   * a new epoch), and the state is recomputed for the database as it stands.
   */
  updateHeader(change: (h: VaultHeader) => VaultHeader | Promise<VaultHeader>, epoch?: number): Promise<void> {
    const run = this.headerQueue.then(async () => {
      if (this.state === 'closed') return;
      // A new vault's header is not on disk yet: it is this session's own.
      const onDisk = await readHeader(this.vaultDir).catch((err: unknown) => {
        if (err instanceof AppError && err.code === 'VAULT_NOT_FOUND') return this.currentHeader;
        throw err;
      });
      const next = await change(onDisk);
      const db = readDbState(this.db);
      const nextEpoch = epoch ?? Math.max(onDisk.state?.epoch ?? 0, db.epoch);
      const state = stateFor(this.secrets.master, next, db, nextEpoch);
      const same = onDisk.state && next === onDisk && (['epoch', 'generation', 'auditSeq', 'auditHash'] as const).every((k) => onDisk.state![k] === state[k]);
      if (same) return;
      const written = { ...next, state };
      await writeHeader(this.vaultDir, written);
      this.currentHeader = written;
    });
    this.headerQueue = run.catch(() => undefined);
    return run;
  }

  /** Per-session derived state (e.g. the PDQ index), built on first use and dropped at lock. */
  memo<T>(key: string, build: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, build());
    return this.memos.get(key) as T;
  }

  /** A second, read-only connection to the same database (for consistent snapshots). */
  openReader(): Db {
    return openDatabase(join(this.vaultDir, DB_FILE), this.secrets.keys.db, undefined, true);
  }

  /** The database pages that fail their authentication (db/page-check.ts), for a damage report. */
  damagedPages(): Promise<number[]> {
    return damagedPages(join(this.vaultDir, DB_FILE), this.secrets.keys.db);
  }

  masterKey(): Buffer {
    if (this.state === 'closed') throw locked();
    return this.secrets.master;
  }

  /** Open for new work (not closing, not closed). */
  isOpen(): boolean {
    return this.state === 'open';
  }

  isClosed(): boolean {
    return this.state === 'closed';
  }

  /** Marks the start of work that uses the keys; call the returned function when it is done. */
  enter(): () => void {
    if (this.state !== 'open') throw locked();
    this.inside++;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.inside--;
      if (this.inside === 0) for (const w of this.drainedWaiters.splice(0)) w();
    };
  }

  /** Refuses new work and asks the work inside to stop; resolves once all of it has left. */
  beginClose(): Promise<void> {
    if (this.state === 'open') {
      this.state = 'closing';
      this.abort.abort(locked());
    }
    if (this.inside === 0) return Promise.resolve();
    return new Promise((resolve) => this.drainedWaiters.push(resolve));
  }

  /** Closes the database and wipes the keys. Only after beginClose() has resolved (vault/lock.ts). */
  close(): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    if (this.headerTimer) clearTimeout(this.headerTimer);
    this.headerTimer = null;
    this.abort.abort(locked());
    this.memos.clear();
    this.pendingRecoveryKey = null;
    try {
      this.db.close();
    } finally {
      wipe(this.secrets.master, this.secrets.keys.db, this.secrets.keys.blobEnc, this.secrets.keys.blobId);
    }
  }
}
