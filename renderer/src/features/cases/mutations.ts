import type { Input } from '../../../../shared/contract';
import { useChannelMutation } from '../../lib/query';

export function useCreateCase() {
  return useChannelMutation('case:create');
}

export function useUpdateCase(caseId: string) {
  return useChannelMutation('case:update', (patch: Input<'case:update'>['patch']) => ({ caseId, patch }));
}

/** The police page's facts (issue 15 item 6). */
export function useUpdatePolice(caseId: string) {
  return useChannelMutation('case:update-police', (patch: Input<'case:update-police'>['patch']) => ({ caseId, patch }));
}
