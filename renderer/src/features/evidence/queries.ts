/**
 * Evidence queries. Invariants: thumbnails come blurred from the core and are cached like
 * any query (cleared on lock); unblurred images are never cached here: `evidence:reveal`
 * is a mutation (see mutations.ts) because every call is an audit entry.
 */
import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/api';

export const evidenceKeys = {
  list: (caseId: string) => ['evidence', 'list', caseId] as const,
  item: (itemId: string) => ['evidence', 'item', itemId] as const,
  thumb: (itemId: string) => ['evidence', 'thumb', itemId] as const,
  spread: (caseId: string) => ['evidence', 'spread', caseId] as const,
};

export function useEvidenceList(caseId: string) {
  return useQuery({ queryKey: evidenceKeys.list(caseId), queryFn: () => call('evidence:list', { caseId }), staleTime: 0 });
}

export function useEvidenceItem(itemId: string) {
  return useQuery({ queryKey: evidenceKeys.item(itemId), queryFn: () => call('evidence:get', { itemId }), staleTime: 0 });
}

/** The blurred thumbnail; only asked for when the item has one and may be shown at all. */
export function useThumbnail(itemId: string, enabled: boolean) {
  return useQuery({ queryKey: evidenceKeys.thumb(itemId), queryFn: () => call('evidence:get-thumbnail', { itemId }), enabled });
}

export function useSpread(caseId: string) {
  return useQuery({ queryKey: evidenceKeys.spread(caseId), queryFn: () => call('evidence:get-spread', { caseId }), staleTime: 0 });
}
