import { useQueryClient } from '@tanstack/react-query';
import { queryKeyOf, useChannelMutation } from '../../lib/query';

export function useSaveRetention() {
  return useChannelMutation('settings:set', (retentionYears: number) => ({ retentionYears }));
}

/** Deletes a closed case for real; everything cached about it goes too. */
export function usePurgeCase(caseId: string) {
  const queryClient = useQueryClient();
  return useChannelMutation('retention:purge', (confirmRef: string) => ({ caseId, confirmRef }), {
    // The case no longer exists: drop its page's answer instead of refetching a NOT_FOUND.
    onSuccess: () => queryClient.removeQueries({ queryKey: queryKeyOf('case:get', { caseId }) }),
  });
}
