import { useChannelMutation } from '../../lib/query';

export function useSaveAutoLock() {
  return useChannelMutation('settings:set', (autoLockMinutes: number) => ({ autoLockMinutes }));
}
