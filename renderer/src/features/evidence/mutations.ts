import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { useRefreshCase } from '../cases/mutations';

/** After items change: the grid, the spread, the case counts and search all move. */
export function useAfterEvidenceChange(caseId: string) {
  const queryClient = useQueryClient();
  const refreshCase = useRefreshCase(caseId);
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['evidence'] });
    void queryClient.invalidateQueries({ queryKey: ['search'] });
    refreshCase();
  };
}

export function useImportEvidence() {
  return useMutation({ mutationFn: (input: Input<'evidence:import'>) => call('evidence:import', input) });
}

export function useCancelImport() {
  return useMutation({ mutationFn: (batchId: string) => call('evidence:cancel-import', { batchId }) });
}

export function useAddUrl(caseId: string) {
  const after = useAfterEvidenceChange(caseId);
  return useMutation({ mutationFn: (meta: Input<'evidence:add-url'>['meta']) => call('evidence:add-url', { caseId, meta }), onSuccess: after });
}

export function useUpdateEvidence(caseId: string, itemId: string) {
  const after = useAfterEvidenceChange(caseId);
  return useMutation({ mutationFn: (patch: Input<'evidence:update'>['patch']) => call('evidence:update', { itemId, patch }), onSuccess: after });
}

/** One unblurred view (logged by the core); `reset()` hides it again and drops the bytes. */
export function useReveal(itemId: string, size: 'thumb' | 'full') {
  // gcTime 0: the unblurred bytes leave the mutation cache as soon as the image unmounts.
  return useMutation({ mutationFn: () => call('evidence:reveal', { itemId, size }), gcTime: 0 });
}
