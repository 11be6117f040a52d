/**
 * Batch import: every file gets its own result (stored, duplicate, rejected with a code and
 * reason); one bad file never stops the batch; progress is reported after each file; a
 * cancel stops before the next file and reports the rest as CANCELLED.
 *
 * Scheduling (measured with `npm run bench -- import`, see bench/import.ts): up to
 * `concurrency` files decode at once (CPU, libuv threads); a file that is decoded and hashed
 * writes its encrypted blobs and waits for its row's transaction without holding a decoding
 * slot (fsyncs wait for the disk, not a core: 0.6 s less for 200 screenshots here), and the
 * rows and journal entries of the files waiting together share one transaction (one WAL
 * fsync for many files, commit-group.ts; docs/architecture.md "Import speed"). Memory stays
 * bounded by a budget of source bytes held by unfinished files (a file larger than the
 * budget, a video, runs alone) and by at most one group of waiting files. Files start in
 * input order and commit in input order, so of two identical files the first is stored and
 * the second reported as its duplicate, and a waiting file never blocks an earlier one.
 */
import { promises as fs, type Dirent } from 'node:fs';
import { basename, join } from 'node:path';
import type { ImportReport, ImportResult, SkippedFile } from '../../../shared/evidence-types';
import { openRegularFile, type RegularFile } from '../files/regular-file';
import { importFile, type ImportEnv, type ImportSource } from './import-file';
import { CommitGroup, DEFAULT_COMMIT_GROUP, type CommitGroupOptions } from './commit-group';
import { availableParallelism } from 'node:os';
import { PdqPool } from '../pdq/pdq-pool';

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
  /** Shared transactions for the batch (commit-group.ts); null: each file commits on its own. */
  commitGroup?: CommitGroupOptions | null;
  /** PDQ worker threads for the batch (pdq/pdq-pool.ts); 0: hash on the main thread. Default: see defaultPdqWorkers. */
  pdqWorkers?: number;
}

/** A pool is started for batches of at least this many files: a worker's start costs more than hashing a few images here. */
const POOL_FROM_FILES = 8;

/**
 * Workers pay where the main thread is what holds the batch back: with four files decoding on
 * four or more cores. On two cores the CPU itself is the limit and a worker measured neutral
 * (bench/import.ts: 36 ms a file either way, main-thread use 0.65 -> 0.5), so none there.
 * One worker per core beyond four, at most two.
 */
export function defaultPdqWorkers(cores = availableParallelism()): number {
  return cores >= 4 ? Math.min(2, cores - 3) : 0;
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
  const groupOpts = hooks.commitGroup === undefined ? DEFAULT_COMMIT_GROUP : hooks.commitGroup;
  const group = groupOpts ? new CommitGroup(env.session, groupOpts) : undefined;
  const lanes = hooks.pdqWorkers ?? (sources.length >= POOL_FROM_FILES ? defaultPdqWorkers() : 0);
  const pool = lanes > 0 ? new PdqPool(lanes) : null;
  const fileEnv: ImportEnv = { ...env, ...(group ? { group } : {}), ...(pool ? { hasher: pool.hash } : {}) };
  try {
    return await runBatch(fileEnv, sources, hooks, group, groupOpts);
  } finally {
    await pool?.close();
  }
}

async function runBatch(fileEnv: ImportEnv, sources: ImportSource[], hooks: BatchHooks, group: CommitGroup | undefined, groupOpts: CommitGroupOptions | null): Promise<ImportReport> {
  const results: ImportResult[] = new Array<ImportResult>(sources.length);
  const maxInFlight = Math.max(1, hooks.concurrency ?? DEFAULT_MAX_IN_FLIGHT);
  const budget = Math.max(1, hooks.byteBudget ?? DEFAULT_BYTE_BUDGET);
  // Files decoding (the CPU's work) and files not yet finished (holding their bytes: the budget).
  let decoding = 0;
  let unfinished = 0;
  let bytesInFlight = 0;
  let done = 0;
  let cancelled = false;
  let wake: (() => void) | null = null;
  const wakeUp = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const finish = (i: number, result: ImportResult) => {
    results[i] = result;
    done++;
    hooks.onProgress?.({ batchId: hooks.batchId, done, total: sources.length, file: sources[i]!.name, status: result.status });
  };
  // A file waiting for its transaction has done its heavy work: the next may start decoding,
  // but no more than one group's worth of files waits at once (their bytes are held until then).
  const maxUnfinished = maxInFlight + (groupOpts ? groupOpts.maxItems : 0);

  // Resolves once the previous file's row is queued (or it finished).
  let previous: Promise<void> = Promise.resolve();
  const running: Promise<void>[] = [];
  for (let i = 0; i < sources.length; i++) {
    const { src, cost: declared } = sizedOnce(sources[i]!);
    const cost = Math.min(budget, await declared);
    while (unfinished > 0 && (decoding >= maxInFlight || unfinished >= maxUnfinished || bytesInFlight + cost > budget)) {
      await new Promise<void>((resolve) => (wake = resolve));
    }
    const stop = hooks.cancelled?.() ?? null;
    if (stop) {
      cancelled = true;
      // Its size was asked, so a path source holds the file open: never read, so closed here.
      await src.close?.();
      await Promise.all(running);
      for (let j = i; j < sources.length; j++) finish(j, cancelledResult(sources[j]!.name, stop));
      break;
    }
    decoding++;
    unfinished++;
    bytesInFlight += cost;
    group?.enter();
    let decoded = false;
    let turned = false;
    let turn!: () => void;
    const myTurn = new Promise<void>((resolve) => (turn = resolve));
    const steps = {
      decoded: () => {
        if (decoded) return;
        decoded = true;
        decoding--;
        wakeUp();
      },
      turn: () => {
        if (turned) return;
        turned = true;
        turn();
      },
    };
    const task = importFile(fileEnv, src, previous, steps).then((result) => {
      unfinished--;
      bytesInFlight -= cost;
      group?.leave();
      finish(i, result);
      wakeUp();
    });
    previous = myTurn;
    running.push(task);
  }
  await Promise.all(running);
  return { batchId: hooks.batchId, cancelled, results };
}

export function bufferSource(name: string, bytes: Uint8Array): ImportSource {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { name, size: async () => buf.length, read: async () => buf };
}

/**
 * A file named by path, opened once when its size is first asked (the batch needs it for the
 * budget) and read from that same handle with the import limit as bound: only a regular file,
 * never through a link, never blocking on a FIFO (files/regular-file.ts).
 */
export function pathSource(path: string): ImportSource {
  let opened: Promise<RegularFile> | null = null;
  const open = () => (opened ??= openRegularFile(path));
  return {
    name: basename(path),
    size: async () => (await open()).size,
    read: async (maxBytes) => (await open()).read(maxBytes),
    close: async () => {
      if (opened) await opened.then((f) => f.close(), () => undefined);
    },
  };
}

/** The files a folder import will read, and the entries it left out (with why). */
export interface ExpandedPaths {
  paths: string[];
  skipped: SkippedFile[];
}

/**
 * Expands folders, recursively (phone exports nest), files sorted by path. A path given by
 * itself is kept as it is: the import then refuses it by itself if it is not a regular file.
 * Inside a folder, only regular files are taken; every other entry is reported as skipped:
 * dotfiles and dot-folders (.DS_Store, .thumbnails: system files, not evidence), links (never
 * followed out of the chosen folder), FIFOs, sockets and devices, and folders that cannot be
 * listed. A named folder that is itself a link is followed: the user chose it.
 */
export async function expandPaths(paths: string[]): Promise<ExpandedPaths> {
  const out: string[] = [];
  const skipped: SkippedFile[] = [];
  for (const p of paths) {
    let st;
    try {
      st = await fs.stat(p);
    } catch {
      out.push(p); // reported per file as unreadable
      continue;
    }
    if (!st.isDirectory()) {
      out.push(p);
      continue;
    }
    const files: string[] = [];
    const left: SkippedFile[] = [];
    await walk(p, files, left);
    out.push(...files.sort());
    skipped.push(...left.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
  }
  return { paths: out, skipped };
}

async function walk(dir: string, files: string[], skipped: SkippedFile[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    skipped.push({ file: dir, reason: 'unreadable' });
    return;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    // lstat semantics (d_type, or lstat when the file system does not give it): a link is a link.
    if (e.name.startsWith('.')) skipped.push({ file: path, reason: 'dotfile' });
    else if (e.isSymbolicLink()) skipped.push({ file: path, reason: 'symlink' });
    else if (e.isDirectory()) await walk(path, files, skipped);
    else if (e.isFile()) files.push(path);
    else skipped.push({ file: path, reason: 'not-regular' });
  }
}
