/**
 * A few worker threads that hash a batch's images (pdq-worker.ts), so the PDQ work of one file
 * runs while the main thread feeds the next to sharp and the disk (docs/architecture.md
 * "Import speed"). One pool per batch: started with the batch, ended with it (a lock ends the
 * batch), never holding anything between batches.
 * Invariants: answers equal pdqFromRaw/borderCutPdq/dihedralHashes on the main thread (the
 * same code runs there); if the pool cannot start or a worker dies, that image is hashed on
 * the main thread instead, so a worker problem never fails an import; pixels are copied into
 * a buffer the worker owns (transferred), so the caller's buffer stays usable.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { borderCutPdq } from './border-cut';
import { dihedralHashes } from './dihedral';
import { pdqFromRaw } from './pdq';
import type { PdqResult, RawImage } from './types';

export interface PdqJob {
  id: number;
  data: Uint8Array;
  width: number;
  height: number;
  channels: RawImage['channels'];
}

export type PdqAnswer =
  | { id: number; pdq: PdqResult; cut: PdqResult | null; variants: string[]; cutVariants: string[] | null }
  | { id: number; error: string };

/** What the import needs of an image's pixels. */
export interface ImageHashes {
  pdq: PdqResult;
  /** The border-cut PDQ, null without a border. */
  cut: PdqResult | null;
  variants: string[];
  cutVariants: string[] | null;
}

export type ImageHasher = (raw: RawImage) => Promise<ImageHashes>;

/** On this thread: the same answer, for single files and as the pool's fallback. */
export function hashHere(raw: RawImage): ImageHashes {
  const pdq = pdqFromRaw(raw);
  const cut = borderCutPdq(raw);
  return { pdq, cut, variants: dihedralHashes(pdq), cutVariants: cut ? dihedralHashes(cut) : null };
}

/** The built app has pdq-worker.js next to its bundle; from source (tsx, vitest) the TypeScript file runs with tsx's loader (as dossier/pdf/render-in-worker.ts). */
function workerEntry(): { file: string; execArgv: string[] } | null {
  const js = join(__dirname, 'pdq-worker.js');
  if (existsSync(js)) return { file: js, execArgv: [] };
  const ts = join(__dirname, 'pdq-worker.ts');
  if (!existsSync(ts)) return null;
  try {
    const tsx = pathToFileURL(createRequire(__filename).resolve('tsx')).href;
    return { file: ts, execArgv: ['--import', tsx] };
  } catch {
    return null;
  }
}

interface Lane {
  worker: Worker;
  busy: number;
  dead: boolean;
}

export class PdqPool {
  private readonly lanes: Lane[] = [];
  private readonly waiting = new Map<number, { lane: Lane; raw: RawImage; resolve: (h: ImageHashes) => void }>();
  private seq = 0;
  /** Images hashed by a worker and here (after a worker's error or death), for the tests and the benchmark. */
  readonly counts = { worker: 0, here: 0 };

  constructor(size: number) {
    const entry = workerEntry();
    if (!entry) return;
    for (let i = 0; i < size; i++) {
      // A small heap: a job holds one 512 px image and a few float arrays of it.
      const worker = new Worker(entry.file, { execArgv: entry.execArgv, resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 }, stdout: false, stderr: false });
      const lane: Lane = { worker, busy: 0, dead: false };
      worker.unref();
      worker.on('message', (a: PdqAnswer) => this.answer(a));
      worker.on('error', () => this.lost(lane));
      worker.on('exit', () => this.lost(lane));
      this.lanes.push(lane);
    }
  }

  get size(): number {
    return this.lanes.filter((l) => !l.dead).length;
  }

  /** The hashes of `raw`, on the least busy worker (or here when none is alive). */
  hash: ImageHasher = (raw) => {
    const lane = this.lanes.filter((l) => !l.dead).sort((a, b) => a.busy - b.busy)[0];
    if (!lane) return Promise.resolve(this.here(raw));
    const id = ++this.seq;
    const data = new Uint8Array(raw.data);
    lane.busy++;
    return new Promise<ImageHashes>((resolve) => {
      this.waiting.set(id, { lane, raw, resolve });
      const job: PdqJob = { id, data, width: raw.width, height: raw.height, channels: raw.channels };
      lane.worker.postMessage(job, [data.buffer]);
    });
  };

  private answer(a: PdqAnswer): void {
    const w = this.waiting.get(a.id);
    if (!w) return;
    this.waiting.delete(a.id);
    w.lane.busy--;
    if ('error' in a) return w.resolve(this.here(w.raw));
    this.counts.worker++;
    w.resolve({ pdq: a.pdq, cut: a.cut, variants: a.variants, cutVariants: a.cutVariants });
  }

  /** A worker died: its jobs are done here, and it gets no more. */
  private lost(lane: Lane): void {
    if (lane.dead) return;
    lane.dead = true;
    for (const [id, w] of this.waiting) {
      if (w.lane !== lane) continue;
      this.waiting.delete(id);
      w.resolve(this.here(w.raw));
    }
  }

  private here(raw: RawImage): ImageHashes {
    this.counts.here++;
    return hashHere(raw);
  }

  async close(): Promise<void> {
    await Promise.all(
      this.lanes.map((l) => {
        l.dead = true;
        return l.worker.terminate();
      }),
    );
    for (const [id, w] of this.waiting) {
      this.waiting.delete(id);
      w.resolve(this.here(w.raw));
    }
  }
}
