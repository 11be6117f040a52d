/** Step plan mutations (every change is an audit entry: lib/invalidation.ts refreshes those too). */
import { useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import type { CaseStep } from '../../../../shared/step-types';
import { queryKeyOf, useChannelMutation } from '../../lib/query';

export function useUpdateStep() {
  const queryClient = useQueryClient();
  return useChannelMutation('step:update', undefined, {
    // The saved step replaces its old self at once, so a ticked box never flips back while the list refetches.
    onSuccess: (step) => queryClient.setQueryData<CaseStep[]>(queryKeyOf('step:list', { caseId: step.caseId }), (old) => old?.map((s) => (s.id === step.id ? step : s))),
  });
}

export function useAddStep(caseId: string) {
  return useChannelMutation('step:add', (input: Omit<Input<'step:add'>, 'caseId'>) => ({ caseId, ...input }));
}
