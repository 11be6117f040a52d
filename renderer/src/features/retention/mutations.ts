import { useQueryClient } from '@tanstack/react-query';
import type { HoldKind } from '../../../../shared/case-types';
import { queryKeyOf, useChannelMutation } from '../../lib/query';

export function useSaveRetention() {
  return useChannelMutation('settings:set', (retentionYears: number) => ({ retentionYears }));
}

/** This case's own retention period (null: the vault's default). */
export function useCaseRetention(caseId: string) {
  return useChannelMutation('retention:set-case-period', (years: number | null) => ({ caseId, years }));
}

export function useSetHold(caseId: string) {
  return useChannelMutation('retention:set-hold', (v: { kind: HoldKind; reason: string; byStaffId?: string }) => ({ caseId, ...v }));
}

export function useReleaseHold(caseId: string) {
  return useChannelMutation('retention:release-hold', (v: { reason: string; byStaffId?: string }) => ({ caseId, ...v }));
}

/** Deletes a closed case for real; everything cached about it goes too. */
export function usePurgeCase(caseId: string) {
  const queryClient = useQueryClient();
  return useChannelMutation('retention:purge', (confirmRef: string) => ({ caseId, confirmRef }), {
    // The case no longer exists: drop its page's answer instead of refetching a NOT_FOUND.
    onSuccess: () => queryClient.removeQueries({ queryKey: queryKeyOf('case:get', { caseId }) }),
  });
}
