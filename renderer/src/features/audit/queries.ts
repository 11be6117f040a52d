import { useChannelQuery } from '../../lib/query';

export function useAuditVerification() {
  return useChannelQuery('audit:verify', {}, { staleTime: 0 });
}
