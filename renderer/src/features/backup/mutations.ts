/**
 * Back-up mutations. Create writes a file and an audit entry;
 * verify and restore read a file the user chose and work while unlocked too.
 */
import { useChannelMutation } from '../../lib/query';

export function useCreateBackup() {
  return useChannelMutation('backup:create');
}

export function useVerifyBackup() {
  return useChannelMutation('backup:verify');
}

export function useRestoreBackup() {
  return useChannelMutation('backup:restore');
}

export function useSaveReminderDays() {
  return useChannelMutation('settings:set', (backupReminderDays: number) => ({ backupReminderDays }));
}
