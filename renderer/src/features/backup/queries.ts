import { useChannelQuery } from '../../lib/query';

export function useBackupStatus() {
  return useChannelQuery('backup:get-status', {}, { staleTime: 0 });
}
