import { useChannelQuery } from '../../lib/query';

export function usePersons(caseId: string) {
  return useChannelQuery('person:list', { caseId }, { staleTime: 0 });
}
