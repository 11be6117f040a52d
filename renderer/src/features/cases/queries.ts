/** Case queries (keys and invalidation: lib/query.ts, lib/invalidation.ts). */
import type { Input } from '../../../../shared/contract';
import { useChannelQuery } from '../../lib/query';

export function useCases(filters: Input<'case:list'>) {
  return useChannelQuery('case:list', filters, { staleTime: 0 });
}

export function useCase(caseId: string) {
  return useChannelQuery('case:get', { caseId }, { staleTime: 0 });
}
