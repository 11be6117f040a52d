import type { Input } from '../../../../shared/contract';
import { useChannelMutation } from '../../lib/query';

export function useCreateCase() {
  return useChannelMutation('case:create');
}

export function useUpdateCase(caseId: string) {
  return useChannelMutation('case:update', (patch: Input<'case:update'>['patch']) => ({ caseId, patch }));
}
