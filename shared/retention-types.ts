/** Retention: closed cases past their retention period, legal holds, and what a purge leaves in backups. */
import type { LegalHold } from './case-types';

export interface RetentionDue {
  caseId: string;
  ref: string;
  title: string;
  closedAt: string;
  purgeDate: string;
}

/** A backup made after the case was opened: it still holds the case after a purge (issue 15 item 5). */
export interface BackupRecord {
  backupId: string;
  createdAt: string;
  /** The backup file's name as it was saved (no folder), when the vault recorded it. */
  fileName: string | null;
}

export interface PurgePreview {
  ref: string;
  hold: LegalHold | null;
  /** Backups made since the case was opened, oldest first. */
  backups: BackupRecord[];
}

export interface PurgeResult {
  ref: string;
  redacted: number;
  blobsDeleted: number;
  /** Backups made before the purge that still hold the case. */
  backups: BackupRecord[];
}
