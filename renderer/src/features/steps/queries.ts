/** Step plan queries: one key family per case, exported for the mutations. */
import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/api';

export const stepKeys = {
  all: ['steps'] as const,
  list: (caseId: string) => ['steps', 'list', caseId] as const,
};

export function useSteps(caseId: string) {
  return useQuery({ queryKey: stepKeys.list(caseId), queryFn: () => call('step:list', { caseId }), staleTime: 0 });
}
