/**
 * Batch import: every file gets its own result (stored, duplicate, rejected with a code and
 * reason); one bad file never stops the batch; progress is reported after each file; a
 * cancel stops before the next file and reports the rest as CANCELLED. Two files are
 * processed at a time so decoding (libuv threads) overlaps encryption and disk writes on
 * two cores; results keep input order.
 */
import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import type { ImportReport, ImportResult } from '../../../shared/case-types';
import { importFile, type ImportEnv, type ImportSource } from './import-file';

export interface BatchHooks {
  batchId: string;
  onProgress?: (p: { batchId: string; done: number; total: number; file: string; status: ImportResult['status'] }) => void;
  isCancelled?: () => boolean;
  concurrency?: number;
}

export async function importBatch(env: ImportEnv, sources: ImportSource[], hooks: BatchHooks): Promise<ImportReport> {
  const results: ImportResult[] = new Array<ImportResult>(sources.length);
  // committed[i] resolves once file i has finished (stored, duplicate or rejected).
  const resolvers: (() => void)[] = [];
  const committed = sources.map(() => new Promise<void>((r) => resolvers.push(r)));
  let next = 0;
  let done = 0;
  let cancelled = false;
  const worker = async () => {
    while (next < sources.length) {
      const i = next++;
      const src = sources[i]!;
      if (hooks.isCancelled?.()) {
        cancelled = true;
        results[i] = { file: src.name, status: 'rejected', itemId: null, sha256: null, pdq: null, quality: null, matches: [], error: { code: 'CANCELLED', message: 'Import cancelled.' } };
      } else {
        results[i] = await importFile(env, src, i === 0 ? Promise.resolve() : committed[i - 1]);
      }
      resolvers[i]!();
      done++;
      hooks.onProgress?.({ batchId: hooks.batchId, done, total: sources.length, file: src.name, status: results[i]!.status });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(hooks.concurrency ?? 2, sources.length)) }, worker));
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
