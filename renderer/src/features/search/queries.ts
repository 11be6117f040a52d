import { useQuery } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import { call } from '../../lib/api';

/** Runs `search:query` for a submitted query; null means "nothing submitted yet". */
export function useSearch(query: Input<'search:query'> | null) {
  return useQuery({
    queryKey: ['search', query] as const,
    queryFn: () => call('search:query', query ?? {}),
    enabled: query !== null,
    staleTime: 0,
  });
}
