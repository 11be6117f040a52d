/** Takedown queries. Invariant: every key starts with 'takedowns' so one invalidation refreshes all. */
import { useQuery } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import { call } from '../../lib/api';

export const takedownKeys = {
  all: ['takedowns'] as const,
  list: (filter: Input<'takedown:list'>) => ['takedowns', 'list', filter] as const,
  detail: (requestId: string) => ['takedowns', 'detail', requestId] as const,
  today: ['takedowns', 'today'] as const,
  notice: (requestId: string, lang: 'nl' | 'en') => ['takedowns', 'notice', requestId, lang] as const,
  dashboard: (days: number) => ['takedowns', 'dashboard', days] as const,
};

export function useTakedowns(filter: Input<'takedown:list'>) {
  return useQuery({ queryKey: takedownKeys.list(filter), queryFn: () => call('takedown:list', filter), staleTime: 0 });
}

export function useTakedown(requestId: string) {
  return useQuery({ queryKey: takedownKeys.detail(requestId), queryFn: () => call('takedown:get', { requestId }), staleTime: 0 });
}

export function useToday() {
  return useQuery({ queryKey: takedownKeys.today, queryFn: () => call('takedown:list-today', {}), staleTime: 0 });
}

export function useNotice(requestId: string, lang: 'nl' | 'en') {
  return useQuery({ queryKey: takedownKeys.notice(requestId, lang), queryFn: () => call('takedown:get-notice', { requestId, lang }), staleTime: 0 });
}

export function useDashboard(days = 30) {
  return useQuery({ queryKey: takedownKeys.dashboard(days), queryFn: () => call('takedown:get-dashboard', { days }), staleTime: 0 });
}

/** The evidence item a new request starts from (none when started from a typed URL). */
export function useStartItem(itemId: string | null) {
  return useQuery({ queryKey: ['evidence', 'item', itemId ?? ''], queryFn: () => call('evidence:get', { itemId: itemId ?? '' }), enabled: itemId !== null, staleTime: 0 });
}
