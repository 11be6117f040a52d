import { useChannelQuery } from '../../lib/query';

export function useNotes(caseId: string) {
  return useChannelQuery('note:list', { caseId }, { staleTime: 0 });
}
