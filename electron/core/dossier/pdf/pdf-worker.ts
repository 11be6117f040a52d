/**
 * Worker-thread entry that renders the dossier PDF (started by render-in-worker.ts).
 * Why a thread: the render is seconds of synchronous text layout that would otherwise block
 * the app's main process, and it allocates fast enough that V8 grows the whole process's
 * young generation; here it gets its own, capped heap, released when the thread ends.
 * Invariants: the worker never touches the vault — image bytes arrive from the parent on
 * request; output goes back in chunks of at most CHUNK bytes and the next chunk is only sent
 * after the parent acknowledged the previous one; any failure is reported as AppError data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Writable } from 'node:stream';
import { AppError, isAppErrorData } from '../../../../shared/errors';
import type { DossierData } from '../dossier-data';
import { renderDossierPdf } from './render';
import type { FromWorker, ToWorker, WorkerInput, WireError } from './worker-protocol';

const CHUNK = 1024 * 1024;
const port = parentPort;
if (!port) throw new Error('pdf-worker must run in a worker thread');
const post = (m: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

let ackWaiter: (() => void) | null = null;
const images = new Map<number, { resolve: (b: Buffer) => void; reject: (e: AppError) => void }>();
let seq = 0;

port.on('message', (m: ToWorker) => {
  if (m.t === 'ack') {
    const w = ackWaiter;
    ackWaiter = null;
    w?.();
    return;
  }
  const pending = images.get(m.seq);
  images.delete(m.seq);
  if (!pending) return;
  if ('bytes' in m) pending.resolve(Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength));
  else pending.reject(new AppError(m.error.code, m.error.message, m.error.details));
});

function send(bytes: Buffer): Promise<void> {
  // A fresh copy that owns its ArrayBuffer, so it can be transferred instead of cloned.
  const own = new Uint8Array(bytes);
  return new Promise((resolve) => {
    ackWaiter = resolve;
    post({ t: 'chunk', bytes: own }, [own.buffer]);
  });
}

function output(): Writable {
  let parts: Buffer[] = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    const all = Buffer.concat(parts, size);
    parts = [];
    size = 0;
    await send(all);
  };
  return new Writable({
    write(chunk: Buffer, _enc, cb) {
      parts.push(chunk);
      size += chunk.length;
      if (size < CHUNK) return cb();
      flush().then(() => cb(), cb);
    },
    final(cb) {
      flush().then(() => cb(), cb);
    },
  });
}

function wireError(err: unknown): WireError {
  if (err instanceof AppError) return err.toData();
  if (isAppErrorData(err)) return err;
  return { code: 'INTERNAL', message: 'The dossier PDF could not be made.', details: { cause: err instanceof Error ? err.name : typeof err } };
}

async function main(input: WorkerInput): Promise<void> {
  const data: DossierData = {
    ...input.data,
    items: input.data.items.map(({ hasImage, ...it }) => ({
      ...it,
      loadImage: hasImage
        ? () =>
            new Promise<Buffer>((resolve, reject) => {
              const n = ++seq;
              images.set(n, { resolve, reject });
              post({ t: 'image', seq: n, id: it.id });
            })
        : undefined,
    })),
  };
  try {
    const result = await renderDossierPdf(data, output(), { fontDir: input.fontDir, onProgress: (p) => post({ t: 'progress', p }) });
    post({ t: 'done', result });
  } catch (err) {
    post({ t: 'error', error: wireError(err) });
  }
}

void main(workerData as WorkerInput);
