/**
 * The vault's settings: what the school chose (auto-lock, import size, the notices' sender,
 * retention, backup reminder), stored as key/value rows inside the encrypted database.
 * Invariant: every setting has one default, here, and is read through readSettings.
 */
import type { Settings } from '../../../shared/settings-types';
import { DEFAULT_AUTO_LOCK_MINUTES } from '../../../shared/idle-policy';
import type { Db } from '../db/open';
import { getSetting, setSetting } from '../db/kv-store';

export const DEFAULT_SETTINGS: Settings = {
  autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES,
  maxImportMb: 200,
  senderName: '',
  senderEmail: '',
  senderOrganisation: '',
  retentionYears: 2,
  backupReminderDays: 7,
  tsaUrl: '',
  tsaCertificates: '',
  removalCheckDays: 0,
  policyUrl: '',
};

/** Decompression-bomb guard: far above phone photos (12-50 Mpx), far below a 30000 x 30000 bomb. */
export const MAX_IMAGE_PIXELS = 100_000_000;

/** Each setting's database key (the names are stored in vaults: never rename one). */
const KEYS: { [K in keyof Settings]: string } = {
  autoLockMinutes: 'auto_lock_minutes',
  maxImportMb: 'max_import_mb',
  senderName: 'sender_name',
  senderEmail: 'sender_email',
  senderOrganisation: 'sender_organisation',
  retentionYears: 'retention_years',
  backupReminderDays: 'backup_reminder_days',
  tsaUrl: 'tsa_url',
  tsaCertificates: 'tsa_certificates',
  removalCheckDays: 'removal_check_days',
  policyUrl: 'policy_url',
};

export function readSettings(db: Db): Settings {
  const out = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(KEYS) as (keyof Settings)[]) {
    const stored = getSetting<Settings[typeof key]>(db, KEYS[key]);
    if (stored !== undefined) (out as Record<string, unknown>)[key] = stored;
  }
  return out;
}

/** Writes the given settings (inside the caller's transaction); returns all settings after. */
export function writeSettings(db: Db, patch: Partial<Settings>): Settings {
  for (const key of Object.keys(patch) as (keyof Settings)[]) {
    const value = patch[key];
    if (value !== undefined) setSetting(db, KEYS[key], value);
  }
  return readSettings(db);
}

export function importLimits(db: Db): { maxBytes: number; maxPixels: number } {
  return { maxBytes: readSettings(db).maxImportMb * 1024 * 1024, maxPixels: MAX_IMAGE_PIXELS };
}
