/** Handlers of the backup:* channels: status and reminder, create, verify, restore. */
import { basename } from 'node:path';
import { AppError } from '../../../shared/errors';
import { requireSession, type CoreContext } from '../context';
import { createBackup } from '../backup/create-backup';
import type { BackupSecret } from '../backup/read-backup';
import { restoreBackup, verifyBackup } from '../backup/restore-backup';
import { getSetting, setSetting } from '../db/kv-store';
import type { CoreHandlers } from '../handler-types';
import { readSettings } from '../settings/settings';
import { mustBeAbsolute } from './paths';

type BackupHandlers = Pick<CoreHandlers, 'backup:get-status' | 'backup:create' | 'backup:verify' | 'backup:restore'>;

function secretOf(input: { passphrase?: string; recoveryKey?: string }): BackupSecret {
  if (input.passphrase) return { passphrase: input.passphrase };
  if (input.recoveryKey) return { recoveryKey: input.recoveryKey };
  throw new AppError('VALIDATION', 'Give the passphrase or the recovery key of the backup.', { issues: [{ path: 'passphrase', code: 'required' }] });
}

export function backupHandlers(ctx: CoreContext): BackupHandlers {
  const s = () => requireSession(ctx);
  return {
    'backup:get-status': async () => {
      const db = s().db;
      const last = getSetting<string>(db, 'last_backup_at') ?? null;
      const reminderDays = readSettings(db).backupReminderDays;
      return { lastBackupAt: last, reminderDays, due: !last || ctx.clock.now().getTime() - Date.parse(last) > reminderDays * 86_400_000 };
    },
    'backup:create': async (input) => {
      const ses = s();
      mustBeAbsolute(input.outPath, 'outPath');
      const r = await createBackup(ses, input.outPath, { overwrite: input.overwrite });
      ses.tx(() => {
        setSetting(ses.db, 'last_backup_at', r.createdAt);
        // The file's name (no folder) and time, so a purge can name the backups that still hold a case (issue 15 item 5).
        ses.audit.append({ actor: ses.ownerName, kind: 'backup.created', details: { backupId: r.backupId, createdAt: r.createdAt, fileName: basename(r.path), files: r.files, bytes: r.bytes } });
      });
      return r;
    },
    'backup:verify': async (input) => verifyBackup(input.path, secretOf(input)),
    'backup:restore': async (input) => {
      mustBeAbsolute(input.targetDir, 'targetDir');
      const r = await restoreBackup(input.path, input.targetDir, secretOf(input), ctx.clock);
      return { vaultDir: r.vaultDir, check: r.check };
    },
  };
}
