import { useChannelQuery } from '../../lib/query';

/** The active staff (for choosing a capturer, giver or exporter); with archived ones for the settings list. */
export function useStaff(includeArchived = false) {
  return useChannelQuery('staff:list', includeArchived ? { includeArchived } : {}, { staleTime: 0 });
}
