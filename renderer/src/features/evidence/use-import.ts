/**
 * Runs one import: reads the files, sends them in as few `evidence:import` calls as the
 * limits allow (one for a normal batch) under one client-made batchId, follows
 * `evidence:import-progress`, and supports cancel. Invariant: a cancel or a failed call never
 * loses the results already received; files not reached are reported as CANCELLED.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EvidenceMeta, ImportReport, ImportResult } from '../../../../shared/evidence-types';
import { onEvent } from '../../lib/api';
import { useQueryClient } from '@tanstack/react-query';
import { invalidateAfter } from '../../lib/query';
import { useCancelImport, useImportEvidence } from './mutations';
import { chunkFiles, readFiles } from './read-files';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; batchId: string; done: number; total: number; reading: boolean }
  | { phase: 'done'; report: ImportReport; hashOnly: boolean }
  | { phase: 'failed'; error: unknown };

function notReached(file: File): ImportResult {
  return { file: file.name, status: 'rejected', itemId: null, sha256: null, pdq: null, quality: null, matches: [], error: { code: 'CANCELLED', message: 'Import cancelled.' } };
}

export function useImport(caseId: string) {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const importCall = useImportEvidence();
  const cancelCall = useCancelImport();
  const queryClient = useQueryClient();
  const run = useRef<{ batchId: string; base: number; cancelled: boolean } | null>(null);

  useEffect(
    () =>
      onEvent('evidence:import-progress', (p) => {
        const r = run.current;
        if (!r || p.batchId !== r.batchId) return;
        setState((s) => (s.phase === 'running' ? { ...s, done: r.base + p.done } : s));
      }),
    [],
  );

  const start = useCallback(
    async (files: File[], meta: EvidenceMeta, hashOnly: boolean): Promise<ImportReport | null> => {
      if (!files.length || run.current) return null;
      const batchId = crypto.randomUUID();
      const r = { batchId, base: 0, cancelled: false };
      run.current = r;
      cancelCall.reset();
      setState({ phase: 'running', batchId, done: 0, total: files.length, reading: true });
      const results: ImportResult[] = [];
      let cancelled = false;
      try {
        for (const chunk of chunkFiles(files)) {
          if (r.cancelled) {
            cancelled = true;
            results.push(...chunk.map(notReached));
            continue;
          }
          setState((s) => (s.phase === 'running' ? { ...s, reading: true } : s));
          const payload = await readFiles(chunk);
          setState((s) => (s.phase === 'running' ? { ...s, reading: false } : s));
          const report = await importCall.mutateAsync({ caseId, meta, files: payload, hashOnly, batchId });
          results.push(...report.results);
          cancelled ||= report.cancelled;
          r.base += chunk.length;
        }
        const report = { batchId, cancelled: cancelled || r.cancelled, results };
        setState({ phase: 'done', report, hashOnly });
        return report;
      } catch (error) {
        const report = { batchId, cancelled: true, results };
        setState(results.length ? { phase: 'done', report, hashOnly } : { phase: 'failed', error });
        return results.length ? report : null;
      } finally {
        run.current = null;
        // Even after a failure some files may have been stored.
        invalidateAfter(queryClient, 'evidence:import');
      }
    },
    [queryClient, caseId, importCall, cancelCall],
  );

  const cancel = useCallback(() => {
    const r = run.current;
    if (!r) return;
    r.cancelled = true;
    cancelCall.mutate(r.batchId);
  }, [cancelCall]);

  const clear = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, cancel, clear, cancelling: cancelCall.isPending || cancelCall.isSuccess };
}
