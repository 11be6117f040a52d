import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import { call } from '../../lib/api';

/** The export itself is logged: the viewer and the chain status move. */
export function useExportAuditCsv() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'audit:export-csv'>) => call('audit:export-csv', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['audit'] }),
  });
}
