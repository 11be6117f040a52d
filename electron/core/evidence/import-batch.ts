/**
 * Batch import: every file gets its own result (stored, duplicate, rejected with a code and
 * reason); one bad file never stops the batch; progress is reported after each file; a
 * cancel stops before the next file and reports the rest as CANCELLED.
 *
 * Scheduling (measured with `npm run bench -- import`, see bench/import.ts): a file spends
 * about half its time decoding (CPU, libuv threads) and half waiting for its encrypted
 * blobs to be fsynced. With two files in flight the two cores were busy ~1.5 of 2; with
 * four they are ~1.7 and the batch is ~15% faster. Memory stays bounded by a budget of
 * source bytes in flight: a file larger than the budget (a video) runs alone. Files start
 * in input order and commit in input order, so of two identical files the first is stored
 * and the second reported as its duplicate, and a waiting file never blocks an earlier one.
 */
import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import type { ImportReport, ImportResult } from '../../../shared/evidence-types';
import { importFile, type ImportEnv, type ImportSource } from './import-file';

export const DEFAULT_MAX_IN_FLIGHT = 4;
/** Source bytes held by files in flight; each also holds its ciphertext and decode buffers. */
export const DEFAULT_BYTE_BUDGET = 64 * 1024 * 1024;

export interface BatchHooks {
  batchId: string;
  onProgress?: (p: { batchId: string; done: number; total: number; file: string; status: ImportResult['status'] }) => void;
  /** Asked before each file starts: a reason stops the batch there. */
  cancelled?: () => CancelReason | null;
  /** Most files in flight at once (default DEFAULT_MAX_IN_FLIGHT). */
  concurrency?: number;
  /** Most source bytes in flight at once (default DEFAULT_BYTE_BUDGET). */
  byteBudget?: number;
}

/** Why a batch stopped early: the user cancelled it, or the vault is locking. */
export type CancelReason = 'user' | 'vault-locked';

function cancelledResult(file: string, reason: CancelReason): ImportResult {
  return { file, status: 'rejected', itemId: null, sha256: null, pdq: null, quality: null, matches: [], error: { code: 'CANCELLED', message: reason === 'vault-locked' ? 'Cancelled: the vault was locked.' : 'Import cancelled.', reason } };
}

/**
 * The source with its size asked once: the budget needs it before the file starts, and
 * importFile checks it against the limit (one stat per file, not two). A failure is kept
 * for importFile to report; for the budget such a file costs nothing.
 */
function sizedOnce(src: ImportSource): { src: ImportSource; cost: Promise<number> } {
  const size = src.size();
  return { src: { ...src, size: () => size }, cost: size.catch(() => 0) };
}

export async function importBatch(env: ImportEnv, sources: ImportSource[], hooks: BatchHooks): Promise<ImportReport> {
  const results: ImportResult[] = new Array<ImportResult>(sources.length);
  const maxInFlight = Math.max(1, hooks.concurrency ?? DEFAULT_MAX_IN_FLIGHT);
  const budget = Math.max(1, hooks.byteBudget ?? DEFAULT_BYTE_BUDGET);
  let inFlight = 0;
  let bytesInFlight = 0;
  let done = 0;
  let cancelled = false;
  let wake: (() => void) | null = null;
  const finish = (i: number, result: ImportResult) => {
    results[i] = result;
    done++;
    hooks.onProgress?.({ batchId: hooks.batchId, done, total: sources.length, file: sources[i]!.name, status: result.status });
  };

  // Resolves once the previous file has finished (stored, duplicate or rejected).
  let previous: Promise<void> = Promise.resolve();
  const running: Promise<void>[] = [];
  for (let i = 0; i < sources.length; i++) {
    const { src, cost: declared } = sizedOnce(sources[i]!);
    const cost = Math.min(budget, await declared);
    while (inFlight > 0 && (inFlight >= maxInFlight || bytesInFlight + cost > budget)) {
      await new Promise<void>((resolve) => (wake = resolve));
    }
    const stop = hooks.cancelled?.() ?? null;
    if (stop) {
      cancelled = true;
      await Promise.all(running);
      for (let j = i; j < sources.length; j++) finish(j, cancelledResult(sources[j]!.name, stop));
      break;
    }
    inFlight++;
    bytesInFlight += cost;
    const task = importFile(env, src, previous).then((result) => {
      inFlight--;
      bytesInFlight -= cost;
      finish(i, result);
      const w = wake;
      wake = null;
      w?.();
    });
    previous = task;
    running.push(task);
  }
  await Promise.all(running);
  return { batchId: hooks.batchId, cancelled, results };
}

export function bufferSource(name: string, bytes: Uint8Array): ImportSource {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { name, size: async () => buf.length, read: async () => buf };
}

export function pathSource(path: string): ImportSource {
  return {
    name: basename(path),
    size: async () => (await fs.stat(path)).size,
    read: () => fs.readFile(path),
  };
}

/** Expands folders (one level deep is not enough for phone exports: recursive, files only, sorted). */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = await fs.stat(p);
    } catch {
      out.push(p); // reported per file as unreadable
      continue;
    }
    if (st.isDirectory()) {
      const entries = await fs.readdir(p, { withFileTypes: true, recursive: true });
      const files = entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => `${e.parentPath}/${e.name}`);
      out.push(...files.sort());
    } else out.push(p);
  }
  return out;
}
