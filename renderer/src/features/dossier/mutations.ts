/**
 * Dossier mutations. Export and verify are mutations: every export writes a file and an
 * audit entry, and a verify reads a file the user just chose.
 */
import { useChannelMutation } from '../../lib/query';

export function useExportDossier() {
  // The export is logged (started, done or failed): the audit views move either way.
  return useChannelMutation('dossier:export', undefined, { invalidateOnError: true });
}

export function useCancelExport() {
  return useChannelMutation('dossier:cancel-export', (exportId: string) => ({ exportId }));
}

export function useVerifyDossier() {
  return useChannelMutation('dossier:verify', (input: { path: string; expectKey?: string }) => input);
}

export function useShowInFolder() {
  return useChannelMutation('host:show-in-folder', (path: string) => ({ path }));
}
