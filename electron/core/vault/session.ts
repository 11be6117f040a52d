/**
 * An unlocked vault: the open database, the blob store, the audit log and the keys.
 * Invariant: exactly one Session object owns the keys; close() wipes them and closes the
 * database, after which nothing in it may be used.
 */
import type { AuditLog } from '../audit/audit-log';
import type { BlobStore } from '../blobs/blob-store';
import type { Clock } from '../clock';
import { DB_FILE, openDatabase, type Db } from '../db/open';
import { join } from 'node:path';
import { getSetting } from '../db/kv-store';
import type { VaultHeader } from './header';
import { wipe, type SubKeys } from './kdf';

export class Session {
  private closed = false;
  private readonly memos = new Map<string, unknown>();

  constructor(
    readonly vaultDir: string,
    readonly header: VaultHeader,
    readonly db: Db,
    readonly blobs: BlobStore,
    readonly audit: AuditLog,
    readonly clock: Clock,
    private readonly secrets: { master: Buffer; keys: SubKeys },
  ) {}

  get ownerName(): string {
    return getSetting<string>(this.db, 'owner_name') ?? '';
  }

  /** Writes an encrypted blob and registers it (file first, then the row: ARCHITECTURE.md). */
  async storeBlob(bytes: Uint8Array): Promise<{ id: string; size: number }> {
    const { id, size } = await this.blobs.put(bytes);
    this.db.prepare('INSERT OR IGNORE INTO blobs(id, size, created_at) VALUES (?, ?, ?)').run(id, size, this.clock.now().toISOString());
    return { id, size };
  }

  /** Runs fn in one database transaction together with its audit entries. */
  tx<T>(fn: () => T): T {
    return this.db.transaction(fn)();
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

  masterKey(): Buffer {
    return this.secrets.master;
  }

  isClosed(): boolean {
    return this.closed;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.memos.clear();
    try {
      this.db.close();
    } finally {
      wipe(this.secrets.master, this.secrets.keys.db, this.secrets.keys.blobEnc, this.secrets.keys.blobId);
    }
  }
}
