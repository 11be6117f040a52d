import { useChannelQuery } from '../../lib/query';

export function useRetentionDue() {
  return useChannelQuery('retention:list-due', {}, { staleTime: 0 });
}

/** What a purge of this case would meet: a legal hold, and the backups that still hold it. */
export function usePurgePreview(caseId: string) {
  return useChannelQuery('retention:purge-preview', { caseId }, { staleTime: 0 });
}
