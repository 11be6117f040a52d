import type { Input } from '../../../../shared/contract';
import { useChannelMutation } from '../../lib/query';

export function useImportEvidence() {
  return useChannelMutation('evidence:import');
}

export function useCancelImport() {
  return useChannelMutation('evidence:cancel-import', (batchId: string) => ({ batchId }));
}

export function useAddUrl(caseId: string) {
  return useChannelMutation('evidence:add-url', (meta: Input<'evidence:add-url'>['meta']) => ({ caseId, meta }));
}

export function useUpdateEvidence(itemId: string) {
  return useChannelMutation('evidence:update', (patch: Input<'evidence:update'>['patch']) => ({ itemId, patch }));
}

/** The officer's decision on an item the minors rule holds back ('remove': its bytes go). */
export function useDecideHeldBack(itemId: string) {
  return useChannelMutation('evidence:decide-held-back', (decision: 'remove' | 'keep') => ({ itemId, decision }));
}

/** One unblurred view (logged by the core); `reset()` hides it again and drops the bytes. */
export function useReveal(itemId: string, size: 'thumb' | 'full' | 'sheet') {
  // gcTime 0: the unblurred bytes leave the mutation cache as soon as the image unmounts.
  return useChannelMutation('evidence:reveal', (_: void) => ({ itemId, size }), { gcTime: 0 });
}
