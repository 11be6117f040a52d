import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/api';

export const personKeys = {
  list: (caseId: string) => ['persons', caseId] as const,
};

export function usePersons(caseId: string) {
  return useQuery({ queryKey: personKeys.list(caseId), queryFn: () => call('person:list', { caseId }), staleTime: 0 });
}
