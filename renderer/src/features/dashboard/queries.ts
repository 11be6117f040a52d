import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/api';

/** Open cases for the dashboard count (shares the case-list key family, so case changes refresh it). */
export function useOpenCaseCount() {
  return useQuery({ queryKey: ['cases', 'list', { status: 'open' }], queryFn: () => call('case:list', { status: 'open' }), staleTime: 0, select: (list) => list.length });
}
