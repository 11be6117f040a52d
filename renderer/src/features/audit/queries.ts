import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/api';

export const auditKeys = {
  verify: ['audit', 'verify'] as const,
};

export function useAuditVerification() {
  return useQuery({ queryKey: auditKeys.verify, queryFn: () => call('audit:verify', {}), staleTime: 0 });
}
