import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/api';

export const noteKeys = {
  list: (caseId: string) => ['notes', caseId] as const,
};

export function useNotes(caseId: string) {
  return useQuery({ queryKey: noteKeys.list(caseId), queryFn: () => call('note:list', { caseId }), staleTime: 0 });
}
