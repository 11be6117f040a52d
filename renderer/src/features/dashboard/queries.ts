import { useChannelQuery } from '../../lib/query';

/** Open cases for the dashboard count. */
export function useOpenCaseCount() {
  return useChannelQuery('case:list', { status: 'open' }, { staleTime: 0, select: (list) => list.length });
}
