import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import { call } from '../../lib/api';

export const auditLogKeys = {
  query: (input: Input<'audit:query'>) => ['audit', 'query', input] as const,
};

export function useAuditQuery(input: Input<'audit:query'>) {
  return useQuery({ queryKey: auditLogKeys.query(input), queryFn: () => call('audit:query', input), staleTime: 0, placeholderData: keepPreviousData });
}
