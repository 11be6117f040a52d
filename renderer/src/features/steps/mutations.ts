/** Step plan mutations. Every change is an audit entry, so the audit views move too. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import type { CaseStep } from '../../../../shared/step-types';
import { call } from '../../lib/api';
import { stepKeys } from './queries';

export function useUpdateStep(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'step:update'>) => call('step:update', input),
    onSuccess: (step) => {
      queryClient.setQueryData<CaseStep[]>(stepKeys.list(caseId), (old) => old?.map((s) => (s.id === step.id ? step : s)));
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

export function useAddStep(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<Input<'step:add'>, 'caseId'>) => call('step:add', { caseId, ...input }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: stepKeys.list(caseId) });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}
