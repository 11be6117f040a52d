/** Case queries. Invariant: one key family per channel, exported for the mutations. */
import { useQuery } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import { call } from '../../lib/api';

export const caseKeys = {
  all: ['cases'] as const,
  list: (filters: Input<'case:list'>) => ['cases', 'list', filters] as const,
  detail: (caseId: string) => ['cases', 'detail', caseId] as const,
};

export function useCases(filters: Input<'case:list'>) {
  return useQuery({ queryKey: caseKeys.list(filters), queryFn: () => call('case:list', filters), staleTime: 0 });
}

export function useCase(caseId: string) {
  return useQuery({ queryKey: caseKeys.detail(caseId), queryFn: () => call('case:get', { caseId }), staleTime: 0 });
}
