import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { caseKeys } from './queries';

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'case:create'>) => call('case:create', input),
    onSuccess: (created) => {
      queryClient.setQueryData(caseKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
}

export function useUpdateCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: Input<'case:update'>['patch']) => call('case:update', { caseId, patch }),
    onSuccess: (updated) => {
      queryClient.setQueryData(caseKeys.detail(caseId), updated);
      void queryClient.invalidateQueries({ queryKey: ['cases', 'list'] });
    },
  });
}

/** Case counts and "last change" move when persons or items change: refetch the case. */
export function useRefreshCase(caseId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
    void queryClient.invalidateQueries({ queryKey: ['cases', 'list'] });
  };
}
