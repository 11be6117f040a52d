import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import type { TakedownRequest } from '../../../../shared/takedown-types';
import { call, isDesktopApp } from '../../lib/api';
import { openExternal } from '../../lib/open-external';
import { useRefreshCase } from '../cases/mutations';
import { takedownKeys } from './queries';

/** After a change: the request itself, every list, today, the dashboard and the notice move. */
function useAfterChange() {
  const queryClient = useQueryClient();
  return (r: TakedownRequest) => {
    queryClient.setQueryData(takedownKeys.detail(r.id), r);
    void queryClient.invalidateQueries({ queryKey: takedownKeys.all });
  };
}

export function useCreateTakedown(caseId: string) {
  const after = useAfterChange();
  const refreshCase = useRefreshCase(caseId);
  return useMutation({
    mutationFn: (input: Omit<Input<'takedown:create'>, 'caseId'>) => call('takedown:create', { caseId, ...input }),
    onSuccess: (r) => {
      after(r);
      refreshCase();
    },
  });
}

export function useSetStatus(requestId: string) {
  const after = useAfterChange();
  return useMutation({ mutationFn: (input: Omit<Input<'takedown:set-status'>, 'requestId'>) => call('takedown:set-status', { requestId, ...input }), onSuccess: after });
}

export function useUpdateTakedown(requestId: string) {
  const after = useAfterChange();
  return useMutation({ mutationFn: (patch: Input<'takedown:update'>['patch']) => call('takedown:update', { requestId, patch }), onSuccess: after });
}

export function useCheckRemoval(requestId: string) {
  const after = useAfterChange();
  return useMutation({ mutationFn: (method: string) => call('takedown:check-removal', { requestId, method }), onSuccess: after });
}

/** Opens an https address in the OS browser (the shell asks first); only the preview falls back to a new tab. */
export function useOpenExternal() {
  return useMutation({
    mutationFn: (url: string) =>
      openExternal(url, {
        askShell: (u) => call('host:open-external', { url: u }),
        desktop: isDesktopApp(),
        openTab: (u) => void window.open(u, '_blank', 'noopener'),
      }),
  });
}
