import { useChannelQuery } from '../../lib/query';

/** The capture browser; while the capture window is open its page is followed every two seconds. */
export function useCaptureStatus() {
  return useChannelQuery('capture:get-status', {}, { refetchInterval: (q) => (q.state.data?.windowOpen ? 2000 : false) });
}

export function useCapture(itemId: string, enabled = true) {
  return useChannelQuery('capture:get', { itemId }, { enabled });
}

export function useRemovalChecks(requestId: string) {
  return useChannelQuery('capture:list-checks', { requestId });
}
