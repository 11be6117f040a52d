/**
 * Back-up mutations. Create writes a file and an audit entry;
 * verify and restore read a file the user chose and work while unlocked too.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { settingsKeys } from '../settings/queries';
import { backupKeys } from './queries';

export function useCreateBackup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'backup:create'>) => call('backup:create', input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: backupKeys.status });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

export function useVerifyBackup() {
  return useMutation({ mutationFn: (input: Input<'backup:verify'>) => call('backup:verify', input) });
}

export function useRestoreBackup() {
  return useMutation({ mutationFn: (input: Input<'backup:restore'>) => call('backup:restore', input) });
}

export function useSaveReminderDays() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (backupReminderDays: number) => call('settings:set', { backupReminderDays }),
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKeys.settings, settings);
      void queryClient.invalidateQueries({ queryKey: backupKeys.status });
    },
  });
}
