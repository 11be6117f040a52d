import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/api';

export const platformKeys = { all: ['platforms'] as const };

export function usePlatforms() {
  return useQuery({ queryKey: platformKeys.all, queryFn: () => call('platform:list', {}), staleTime: 0 });
}
