/** Channels of encrypted backups of the whole vault: status, create, verify, restore into a new folder. */
import { z } from 'zod';
import type { CheckReport } from './vault-types';
import type { BackupCheck, BackupInfo, BackupStatus } from './backup-types';
import { channel, empty, pathText } from './contract-kit';

const path = pathText;
const secret = { passphrase: z.string().min(1).max(1024).optional(), recoveryKey: z.string().min(1).max(200).optional() };

export const backupChannels = {
  'backup:get-status': channel<BackupStatus>()(empty),
  'backup:create': channel<BackupInfo>()(z.strictObject({ outPath: path, overwrite: z.boolean().optional() }), { paths: { outPath: 'write' } }),
  /** Works without an unlocked vault: needs the passphrase or recovery key of the backup. */
  'backup:verify': channel<BackupCheck>()(z.strictObject({ path, ...secret }), { paths: { path: 'read' } }),
  'backup:restore': channel<{ vaultDir: string; check: CheckReport }>()(z.strictObject({ path, targetDir: path, ...secret }), { paths: { path: 'read', targetDir: 'folder' } }),
} as const;
