/**
 * Domain types that cross the contract. Plain data only (JSON-serialisable), so the same
 * values travel over Electron IPC and over the HTTP bridge.
 */
export type Language = 'nl' | 'en';
export const LANGUAGES: readonly Language[] = ['nl', 'en'];

export interface VaultStatus {
  /** The folder the app currently points at (chosen at first run, or the default). */
  vaultDir: string;
  /** Default location in the user's app-data folder, offered on first run. */
  defaultVaultDir: string;
  /** A vault header exists in vaultDir. */
  exists: boolean;
  unlocked: boolean;
  /** Display name of the person using this vault (audit "who"); null while locked. */
  ownerName: string | null;
}

export interface CreatedVault {
  status: VaultStatus;
  /** Shown exactly once; the core keeps only a key wrapped by it. */
  recoveryKey: string;
}

export interface Prefs {
  language: Language;
}

export interface Settings {
  autoLockMinutes: number;
  /** Largest file accepted by the import, in MB (default 200). */
  maxImportMb: number;
  /** Who signs takedown notices (DSA art. 16(2)(c)); empty until the school fills it in. */
  senderName: string;
  senderEmail: string;
  senderOrganisation: string;
  /** Years a closed case is kept before it must be purged (AVG; the school decides, default 2). */
  retentionYears: number;
  /** Remind when the last backup is older than this many days (default 7). */
  backupReminderDays: number;
}

export type LockReason = 'manual' | 'idle' | 'screen-lock' | 'suspend' | 'quit';

export interface CheckItem {
  /** Stable name: 'database', 'blobs', 'audit', 'header'. */
  name: string;
  ok: boolean;
  /** Each problem names the thing that failed (a blob id, an audit sequence number, ...). */
  problems: string[];
  checked: number;
}

export interface CheckReport {
  ok: boolean;
  items: CheckItem[];
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  kind: string;
  subject: string | null;
  details: Record<string, unknown>;
  hash: string;
}

export interface AuditVerification {
  ok: boolean;
  count: number;
  /** Sequence number of the first entry whose hash or link does not verify. */
  firstBadSeq: number | null;
}

export interface AppInfo {
  name: string;
  version: string;
  vaultFormatVersion: number;
  dbSchemaVersion: number;
}

/** Events pushed from core or shell to the renderer on the same transport. */
export interface EventMap {
  'vault:locked': { reason: LockReason };
  /** The idle lock is near (shared/idle-policy.ts LOCK_WARNING_SECONDS); any activity postpones it. */
  'vault:lock-soon': { secondsLeft: number };
  'vault:lock-postponed': Record<string, never>;
  'app:prefs-changed': Prefs;
  'dossier:export-progress': { exportId: string; phase: 'originals' | 'pdf' | 'finishing'; done: number; total: number };
  'evidence:import-progress': { batchId: string; done: number; total: number; file: string; status: 'stored' | 'duplicate' | 'rejected' };
}
export type EventName = keyof EventMap;
