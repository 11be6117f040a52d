/** Takedown queries (keys and invalidation: lib/query.ts, lib/invalidation.ts). */
import type { Input } from '../../../../shared/contract';
import { useChannelQuery } from '../../lib/query';

export function useTakedowns(filter: Input<'takedown:list'>) {
  return useChannelQuery('takedown:list', filter, { staleTime: 0 });
}

export function useTakedown(requestId: string) {
  return useChannelQuery('takedown:get', { requestId }, { staleTime: 0 });
}


/** The notice or report text; not asked for a hash programme, which takes none (`enabled` false). */
export function useNotice(requestId: string, lang: 'nl' | 'en', enabled = true) {
  return useChannelQuery('takedown:get-notice', { requestId, lang }, { staleTime: 0, enabled });
}

export function useDashboard(days = 30) {
  return useChannelQuery('takedown:get-dashboard', { days }, { staleTime: 0 });
}
