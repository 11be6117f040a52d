/** Step plan, retention, backup and audit viewer types (issue: the school's protocol). */
import type { Bilingual } from './takedown-types';

export interface TemplateStep {
  title: Bilingual;
  owner: Bilingual;
  /** Days after the case opened; null = no due date. */
  dueDays: number | null;
  /** The victim-interview step: its notes warn against leading questions. */
  interview?: boolean;
}

export interface StepTemplate {
  version: number;
  steps: TemplateStep[];
  /** True when the school edited it (kept when the shipped template changes). */
  edited: boolean;
}

export interface CaseStep {
  id: string;
  caseId: string;
  position: number;
  title: string;
  owner: string;
  dueDate: string | null;
  doneAt: string | null;
  doneBy: string | null;
  notes: string;
  interview: boolean;
  overdue: boolean;
}

export interface RetentionDue {
  caseId: string;
  ref: string;
  title: string;
  closedAt: string;
  purgeDate: string;
}

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
