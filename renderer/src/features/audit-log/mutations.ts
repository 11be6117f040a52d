import { useChannelMutation } from '../../lib/query';

/** The export itself is logged: the viewer and the chain status move (lib/invalidation.ts). */
export function useExportAuditCsv() {
  return useChannelMutation('audit:export-csv');
}
