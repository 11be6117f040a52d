/**
 * Dossier mutations. Export and verify are mutations: every
 * export writes a file and an audit entry, and a verify reads a file the user just chose.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import { call } from '../../lib/api';

export function useExportDossier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'dossier:export'>) => call('dossier:export', input),
    // The export is logged (started, done or failed): the audit views move.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['audit'] }),
  });
}

export function useCancelExport() {
  return useMutation({ mutationFn: (exportId: string) => call('dossier:cancel-export', { exportId }) });
}

export function useVerifyDossier() {
  return useMutation({ mutationFn: (path: string) => call('dossier:verify', { path }) });
}

export function useShowInFolder() {
  return useMutation({ mutationFn: (path: string) => call('host:show-in-folder', { path }) });
}
