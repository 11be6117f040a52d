import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { settingsKeys } from '../settings/queries';
import { platformKeys } from './queries';

function useAfterPlatformChange() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: platformKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['takedowns'] });
  };
}

export function useSavePlatform() {
  const after = useAfterPlatformChange();
  return useMutation({ mutationFn: (platform: Input<'platform:save'>['platform']) => call('platform:save', { platform }), onSuccess: after });
}

export function useResetPlatform() {
  const after = useAfterPlatformChange();
  return useMutation({ mutationFn: (platformId: string) => call('platform:reset', { platformId }), onSuccess: after });
}

export function useSaveSender() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sender: { senderName: string; senderEmail: string; senderOrganisation: string }) => call('settings:set', sender),
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKeys.settings, settings);
      void queryClient.invalidateQueries({ queryKey: ['takedowns', 'notice'] });
    },
  });
}
