/** Handlers for app:*, prefs:*, settings:* and audit:* channels. */
import type { Settings } from '../../../shared/domain';
import { requireSession, type CoreContext } from '../core-context';
import { getSetting, setSetting } from '../db/settings-repo';
import type { Db } from '../db/open';
import type { CoreHandlers } from '../handler-types';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index';
import { VAULT_FORMAT_VERSION } from '../vault/header';

export const APP_VERSION = '0.1.0';
export const DEFAULT_SETTINGS: Settings = { autoLockMinutes: 10, maxImportMb: 200, senderName: '', senderEmail: '', senderOrganisation: '', retentionYears: 2, backupReminderDays: 7 };
/** Decompression-bomb guard: far above phone photos (12-50 Mpx), far below a 30000 x 30000 bomb. */
export const MAX_IMAGE_PIXELS = 100_000_000;

export function readSettings(db: Db): Settings {
  return {
    autoLockMinutes: getSetting<number>(db, 'auto_lock_minutes') ?? DEFAULT_SETTINGS.autoLockMinutes,
    maxImportMb: getSetting<number>(db, 'max_import_mb') ?? DEFAULT_SETTINGS.maxImportMb,
    senderName: getSetting<string>(db, 'sender_name') ?? '',
    senderEmail: getSetting<string>(db, 'sender_email') ?? '',
    senderOrganisation: getSetting<string>(db, 'sender_organisation') ?? '',
    retentionYears: getSetting<number>(db, 'retention_years') ?? DEFAULT_SETTINGS.retentionYears,
    backupReminderDays: getSetting<number>(db, 'backup_reminder_days') ?? DEFAULT_SETTINGS.backupReminderDays,
  };
}

export function importLimits(db: Db): { maxBytes: number; maxPixels: number } {
  return { maxBytes: readSettings(db).maxImportMb * 1024 * 1024, maxPixels: MAX_IMAGE_PIXELS };
}

type AppHandlers = Pick<CoreHandlers, 'app:get-info' | 'app:get-prefs' | 'app:set-prefs' | 'settings:get' | 'settings:set' | 'audit:list' | 'audit:verify'>;

export function appHandlers(ctx: CoreContext): AppHandlers {
  return {
    'app:get-info': async () => ({
      name: 'Bewijskluis',
      version: APP_VERSION,
      vaultFormatVersion: VAULT_FORMAT_VERSION,
      dbSchemaVersion: LATEST_SCHEMA_VERSION,
    }),
    'app:get-prefs': async () => ({ language: ctx.prefs.get().language }),
    'app:set-prefs': async (input) => {
      const p = await ctx.prefs.update({ language: input.language });
      ctx.events.emit('app:prefs-changed', { language: p.language });
      return { language: p.language };
    },
    'settings:get': async () => readSettings(requireSession(ctx).db),
    'settings:set': async (input) => {
      const s = requireSession(ctx);
      return s.tx(() => {
        if (input.autoLockMinutes !== undefined) setSetting(s.db, 'auto_lock_minutes', input.autoLockMinutes);
        if (input.maxImportMb !== undefined) setSetting(s.db, 'max_import_mb', input.maxImportMb);
        if (input.senderName !== undefined) setSetting(s.db, 'sender_name', input.senderName);
        if (input.senderEmail !== undefined) setSetting(s.db, 'sender_email', input.senderEmail);
        if (input.senderOrganisation !== undefined) setSetting(s.db, 'sender_organisation', input.senderOrganisation);
        if (input.retentionYears !== undefined) setSetting(s.db, 'retention_years', input.retentionYears);
        if (input.backupReminderDays !== undefined) setSetting(s.db, 'backup_reminder_days', input.backupReminderDays);
        const after = readSettings(s.db);
        // Which settings changed, not their values: the sender's name and e-mail stay out of the log.
        s.audit.append({ actor: s.ownerName, kind: 'settings.changed', details: { changed: Object.keys(input).sort() } });
        return after;
      });
    },
    'audit:list': async (input) => requireSession(ctx).audit.list({ limit: input.limit ?? 100, beforeSeq: input.beforeSeq }),
    'audit:verify': async () => requireSession(ctx).audit.verify(),
  };
}
