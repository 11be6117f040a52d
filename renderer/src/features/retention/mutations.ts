import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api';
import { caseKeys } from '../cases/queries';
import { settingsKeys } from '../settings/queries';
import { retentionKeys } from './queries';

export function useSaveRetention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (retentionYears: number) => call('settings:set', { retentionYears }),
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKeys.settings, settings);
      void queryClient.invalidateQueries({ queryKey: retentionKeys.due });
      // Purge dates on closed cases move with the period.
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
}

/** Deletes a closed case for real; everything cached about it goes too. */
export function usePurgeCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (confirmRef: string) => call('retention:purge', { caseId, confirmRef }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: caseKeys.detail(caseId) });
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
      void queryClient.invalidateQueries({ queryKey: retentionKeys.due });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
      void queryClient.invalidateQueries({ queryKey: ['takedowns'] });
    },
  });
}
