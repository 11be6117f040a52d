import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api';
import { noteKeys } from './queries';

export function useAddNote(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => call('note:add', { caseId, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: noteKeys.list(caseId) }),
  });
}

export function useUpdateNote(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { noteId: string; body: string }) => call('note:update', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: noteKeys.list(caseId) }),
  });
}
