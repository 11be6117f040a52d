import { useChannelQuery } from '../../lib/query';

export function usePlatforms() {
  return useChannelQuery('platform:list', {}, { staleTime: 0 });
}
