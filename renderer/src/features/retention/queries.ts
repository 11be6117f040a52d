import { useChannelQuery } from '../../lib/query';

export function useRetentionDue() {
  return useChannelQuery('retention:list-due', {}, { staleTime: 0 });
}

/** The inspection report; drawn up (and logged) when the user opens it, never cached. */
export function usePersonReport(personId: string) {
  return useChannelQuery('person:report', { personId }, { staleTime: 0, gcTime: 0 });
}
