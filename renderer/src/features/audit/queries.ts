import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/api';

export const auditKeys = {
  recent: (limit: number) => ['audit', 'list', limit] as const,
  verify: ['audit', 'verify'] as const,
};

export function useRecentAudit(limit: number) {
  return useQuery({ queryKey: auditKeys.recent(limit), queryFn: () => call('audit:list', { limit }), staleTime: 0 });
}

export function useAuditVerification() {
  return useQuery({ queryKey: auditKeys.verify, queryFn: () => call('audit:verify', {}), staleTime: 0 });
}
