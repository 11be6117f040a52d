/** Backups: status, what a backup holds, what a check found. */
export interface BackupStatus {
  lastBackupAt: string | null;
  reminderDays: number;
  /** A reminder is due: never backed up, or the last backup is older than reminderDays. */
  due: boolean;
}

export interface BackupInfo {
  path: string;
  backupId: string;
  createdAt: string;
  files: number;
  bytes: number;
}

export interface BackupCheck {
  ok: boolean;
  backupId: string;
  createdAt: string;
  createdBy: string;
  files: number;
}
