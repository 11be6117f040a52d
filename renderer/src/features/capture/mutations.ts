import type { Input } from '../../../../shared/contract';
import { useChannelMutation } from '../../lib/query';

export function useTakeCapture() {
  return useChannelMutation('capture:take', (input: Input<'capture:take'>) => input);
}

export function useOpenCaptureWindow() {
  return useChannelMutation('capture:open-window', (url: string | undefined) => (url ? { url } : {}));
}

export function useCloseCaptureWindow() {
  return useChannelMutation('capture:close-window', (_: void) => ({}));
}

export function useCheckRemoval(requestId: string) {
  return useChannelMutation('capture:check-removal', (_: void) => ({ requestId }));
}

export function useConfirmRemoved(requestId: string) {
  return useChannelMutation('capture:confirm-removed', (checkId: string) => ({ requestId, checkId }));
}

export function useSaveTimestampSettings() {
  return useChannelMutation('settings:set', (s: { tsaUrl: string; tsaCertificates: string }) => s);
}

export function useSaveRemovalSchedule() {
  return useChannelMutation('settings:set', (removalCheckDays: number) => ({ removalCheckDays }));
}
