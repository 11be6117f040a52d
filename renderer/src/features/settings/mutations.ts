import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api';
import { settingsKeys } from './queries';

export function useSaveAutoLock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (autoLockMinutes: number) => call('settings:set', { autoLockMinutes }),
    onSuccess: (settings) => queryClient.setQueryData(settingsKeys.settings, settings),
  });
}
