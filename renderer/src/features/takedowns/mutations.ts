import { useMutation } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import { call, isDesktopApp } from '../../lib/api';
import { openExternal } from '../../lib/open-external';
import { useChannelMutation } from '../../lib/query';

export function useCreateTakedown(caseId: string) {
  return useChannelMutation('takedown:create', (input: Omit<Input<'takedown:create'>, 'caseId'>) => ({ caseId, ...input }));
}

export function useSetStatus(requestId: string) {
  return useChannelMutation('takedown:set-status', (input: Omit<Input<'takedown:set-status'>, 'requestId'>) => ({ requestId, ...input }));
}

export function useUpdateTakedown(requestId: string) {
  return useChannelMutation('takedown:update', (patch: Input<'takedown:update'>['patch']) => ({ requestId, patch }));
}

/** The item's two takedown fields (issue 14): its own kind of material and the description for the platform. */
export function useItemTakedownFields(itemId: string) {
  return useChannelMutation('evidence:update', (patch: Pick<Input<'evidence:update'>['patch'], 'category' | 'platformDescription'>) => ({ itemId, patch }));
}

export function useCheckRemoval(requestId: string) {
  return useChannelMutation('takedown:check-removal', (method: string) => ({ requestId, method }));
}

/** Opens an https address in the OS browser, or a mailto: message in the mail program (the shell asks first); only the preview opens them itself. */
export function useOpenExternal() {
  return useMutation({
    mutationFn: (url: string) =>
      openExternal(url, {
        askShell: (u) => call('host:open-external', { url: u }),
        desktop: isDesktopApp(),
        openTab: (u) => void window.open(u, '_blank', 'noopener'),
        openMail: (u) => window.location.assign(u),
      }),
  });
}
