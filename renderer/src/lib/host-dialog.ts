/**
 * The host's native file and folder dialogs. The browser preview has none and answers
 * `supported: false`; callers then let the user type the path.
 */
import { useMutation } from '@tanstack/react-query';
import { call } from './api';

export type DialogKind = { mode: 'save'; defaultName: string } | { mode: 'open'; extensions: string[] } | { mode: 'folder' };

export function useHostDialog() {
  return useMutation({
    mutationFn: (kind: DialogKind) =>
      kind.mode === 'save'
        ? call('host:choose-save-path', { defaultName: kind.defaultName })
        : kind.mode === 'open'
          ? call('host:choose-file', { extensions: kind.extensions })
          : call('host:choose-folder', {}),
  });
}
