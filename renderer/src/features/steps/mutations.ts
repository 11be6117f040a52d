/** Step plan mutations (every change is an audit entry: lib/invalidation.ts refreshes those too). */
import type { Input } from '../../../../shared/contract';
import { useChannelMutation } from '../../lib/query';

export function useUpdateStep() {
  return useChannelMutation('step:update');
}

export function useAddStep(caseId: string) {
  return useChannelMutation('step:add', (input: Omit<Input<'step:add'>, 'caseId'>) => ({ caseId, ...input }));
}
