import { useChannelQuery } from '../../lib/query';

/** "Vandaag": fresh each time the dashboard shows (staleTime 0), since the day moves on. */
export function useInbox() {
  return useChannelQuery('inbox:get', {}, { staleTime: 0 });
}
