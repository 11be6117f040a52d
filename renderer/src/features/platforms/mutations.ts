import type { Input } from '../../../../shared/contract';
import { useChannelMutation } from '../../lib/query';

export function useSavePlatform() {
  return useChannelMutation('platform:save', (platform: Input<'platform:save'>['platform']) => ({ platform }));
}

export function useResetPlatform() {
  return useChannelMutation('platform:reset', (platformId: string) => ({ platformId }));
}

export function useSaveSender() {
  return useChannelMutation('settings:set', (sender: { senderName: string; senderEmail: string; senderOrganisation: string }) => sender);
}
