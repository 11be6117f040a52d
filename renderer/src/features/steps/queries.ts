import { useChannelQuery } from '../../lib/query';

export function useSteps(caseId: string) {
  return useChannelQuery('step:list', { caseId }, { staleTime: 0 });
}
