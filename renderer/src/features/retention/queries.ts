import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/api';

export const retentionKeys = {
  due: ['retention', 'due'] as const,
  report: (personId: string) => ['person-report', personId] as const,
};

export function useRetentionDue() {
  return useQuery({ queryKey: retentionKeys.due, queryFn: () => call('retention:list-due', {}), staleTime: 0 });
}

/** The inspection report; drawn up (and logged) when the user opens it, never cached. */
export function usePersonReport(personId: string) {
  return useQuery({ queryKey: retentionKeys.report(personId), queryFn: () => call('person:report', { personId }), staleTime: 0, gcTime: 0 });
}
