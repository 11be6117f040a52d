/**
 * Renders the dossier PDF in a worker thread (pdf-worker.ts) with the same contract as
 * renderDossierPdf: progress, cancel (the worker is terminated, `out` left un-ended), and `out`
 * ended and finished on success. The parent decrypts the images the worker asks for, one
 * request at a time per image, and writes the worker's chunks to `out`, acknowledging each
 * only once `out` accepted it (back-pressure across the thread boundary).
 * The worker's heap is capped (resourceLimits): its young generation small, because the
 * render allocates quickly but keeps little (bench/export.ts measured the difference).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../../shared/errors';
import type { DossierData, RenderResult } from '../dossier-data';
import type { RenderOptions } from './render';
import { toWire, type FromWorker, type ToWorker, type WorkerInput } from './worker-protocol';

const LIMITS = { maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: 1024 };

/**
 * The built app ships pdf-worker.js next to the main bundle (electron.vite.config.ts); from
 * source (tsx, vitest) the TypeScript file runs with tsx's loader.
 */
function workerEntry(): { file: string; execArgv: string[] } {
  const js = join(__dirname, 'pdf-worker.js');
  if (existsSync(js)) return { file: js, execArgv: [] };
  // Resolved from here, not from the working directory (the CLI may be run from anywhere).
  const tsx = pathToFileURL(createRequire(__filename).resolve('tsx')).href;
  return { file: join(__dirname, 'pdf-worker.ts'), execArgv: ['--import', tsx] };
}

const cancelled = () => new AppError('CANCELLED', 'The dossier PDF was cancelled.');

export function renderPdfInWorker(data: DossierData, out: NodeJS.WritableStream, opts: RenderOptions = {}): Promise<RenderResult> {
  const { signal } = opts;
  if (signal?.aborted) return Promise.reject(cancelled());
  const entry = workerEntry();
  const input: WorkerInput = { data: toWire(data), fontDir: opts.fontDir };
  const worker = new Worker(entry.file, { workerData: input, execArgv: entry.execArgv, resourceLimits: LIMITS, stdout: false, stderr: false });
  const byId = new Map(data.items.map((it) => [it.id, it]));
  const send = (m: ToWorker, transfer: ArrayBuffer[] = []) => worker.postMessage(m, transfer);

  return new Promise<RenderResult>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      fn();
    };
    const fail = (err: AppError) => settle(() => reject(signal?.aborted ? cancelled() : err));
    const onAbort = () => fail(cancelled());
    signal?.addEventListener('abort', onAbort);

    const loadFor = async (seq: number, id: string) => {
      try {
        const load = byId.get(id)?.loadImage;
        if (!load) throw new AppError('NOT_FOUND', 'The worker asked for an image that is not in the dossier.');
        const buf = await load();
        const own = new Uint8Array(buf);
        if (!settled) send({ t: 'image', seq, bytes: own }, [own.buffer]);
      } catch (err) {
        const e = err instanceof AppError ? err : new AppError('IO', 'An original could not be read from the vault.');
        if (!settled) send({ t: 'image', seq, error: e.toData() });
      }
    };

    worker.on('message', (m: FromWorker) => {
      if (settled) return;
      switch (m.t) {
        case 'chunk': {
          const ok = out.write(Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength));
          if (ok) send({ t: 'ack' });
          else out.once('drain', () => !settled && send({ t: 'ack' }));
          break;
        }
        case 'image':
          void loadFor(m.seq, m.id);
          break;
        case 'progress':
          opts.onProgress?.(m.p);
          break;
        case 'done':
          out.end(() => settle(() => resolve(m.result)));
          break;
        case 'error':
          fail(new AppError(m.error.code, m.error.message, m.error.details));
          break;
      }
    });
    worker.on('error', (err) => {
      const oom = (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      fail(new AppError('INTERNAL', oom ? 'The dossier PDF needed more memory than allowed.' : 'The dossier PDF could not be made.', { cause: oom ? 'out-of-memory' : 'worker' }));
    });
    worker.on('exit', () => fail(new AppError('INTERNAL', 'The dossier PDF stopped unexpectedly.', { cause: 'exit' })));
  });
}
