import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { useRefreshCase } from '../cases/mutations';
import { personKeys } from './queries';

export type PersonFields = Omit<Input<'person:add'>, 'caseId'>;

function useAfterChange(caseId: string) {
  const queryClient = useQueryClient();
  const refreshCase = useRefreshCase(caseId);
  return () => {
    void queryClient.invalidateQueries({ queryKey: personKeys.list(caseId) });
    refreshCase();
  };
}

export function useAddPerson(caseId: string) {
  const after = useAfterChange(caseId);
  return useMutation({ mutationFn: (fields: PersonFields) => call('person:add', { caseId, ...fields }), onSuccess: after });
}

export function useUpdatePerson(caseId: string) {
  const after = useAfterChange(caseId);
  return useMutation({ mutationFn: (input: Input<'person:update'>) => call('person:update', input), onSuccess: after });
}

export function useRemovePerson(caseId: string) {
  const after = useAfterChange(caseId);
  return useMutation({ mutationFn: (personId: string) => call('person:remove', { personId }), onSuccess: after });
}
