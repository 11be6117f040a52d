/**
 * Runs one dossier export under a client-made exportId, follows `dossier:export-progress`
 * and supports cancel. Invariant: only one export at a time from this screen; a failure
 * keeps the input so the screen can offer "overwrite" or "try again" without re-asking.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input } from '../../../../shared/contract';
import type { ExportResult } from '../../../../shared/dossier-types';
import { onEvent } from '../../lib/api';
import { useCancelExport, useExportDossier } from './mutations';

export type ExportPhase = 'originals' | 'pdf' | 'finishing';
export type ExportInput = Omit<Input<'dossier:export'>, 'exportId'>;

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; exportId: string; step: ExportPhase | null; done: number; total: number }
  | { phase: 'done'; result: ExportResult }
  | { phase: 'failed'; error: unknown; input: ExportInput };

export function useExport() {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const exportCall = useExportDossier();
  const cancelCall = useCancelExport();
  const current = useRef<string | null>(null);

  useEffect(
    () =>
      onEvent('dossier:export-progress', (p) => {
        if (p.exportId !== current.current) return;
        setState((s) => (s.phase === 'running' ? { ...s, step: p.phase, done: p.done, total: p.total } : s));
      }),
    [],
  );

  const { mutateAsync } = exportCall;
  const { reset: resetCancel } = cancelCall;
  const start = useCallback(
    async (input: ExportInput) => {
      if (current.current) return;
      const exportId = crypto.randomUUID();
      current.current = exportId;
      resetCancel();
      setState({ phase: 'running', exportId, step: null, done: 0, total: 0 });
      try {
        setState({ phase: 'done', result: await mutateAsync({ ...input, exportId }) });
      } catch (error) {
        setState({ phase: 'failed', error, input });
      } finally {
        current.current = null;
      }
    },
    [mutateAsync, resetCancel],
  );

  const { mutate: cancelMutate } = cancelCall;
  const cancel = useCallback(() => {
    if (current.current) cancelMutate(current.current);
  }, [cancelMutate]);

  const clear = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, cancel, clear, cancelling: cancelCall.isPending || cancelCall.isSuccess };
}
