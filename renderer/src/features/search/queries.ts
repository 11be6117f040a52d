import type { Input } from '../../../../shared/contract';
import { useChannelQuery } from '../../lib/query';

/** Runs `search:query` for a submitted query; null means "nothing submitted yet". */
export function useSearch(query: Input<'search:query'> | null) {
  return useChannelQuery('search:query', query ?? {}, { enabled: query !== null, staleTime: 0 });
}
