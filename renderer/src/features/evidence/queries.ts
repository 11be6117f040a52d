/**
 * Evidence queries. Invariants: thumbnails come blurred from the core and are cached like
 * any query (cleared on lock); unblurred images are never cached here: `evidence:reveal`
 * is a mutation (see mutations.ts) because every call is an audit entry.
 */
import { useChannelQuery } from '../../lib/query';

export function useEvidenceList(caseId: string) {
  return useChannelQuery('evidence:list', { caseId }, { staleTime: 0 });
}

export function useEvidenceItem(itemId: string) {
  return useChannelQuery('evidence:get', { itemId }, { staleTime: 0 });
}

/** The blurred thumbnail (a video's poster, or its contact sheet); only asked for when the item has one and may be shown at all. */
export function useThumbnail(itemId: string, enabled: boolean, which: 'poster' | 'sheet' = 'poster') {
  return useChannelQuery('evidence:get-thumbnail', which === 'sheet' ? { itemId, which } : { itemId }, { enabled });
}

export function useHeldBack() {
  return useChannelQuery('evidence:list-held-back', {}, { staleTime: 0 });
}

export function useSpread(caseId: string) {
  return useChannelQuery('evidence:get-spread', { caseId }, { staleTime: 0 });
}
