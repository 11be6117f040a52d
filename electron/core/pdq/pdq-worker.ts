/**
 * Worker-thread entry that hashes images for the import (started by pdq-pool.ts): the PDQ
 * hash, the border-cut hash (docs/pdq.md "Border-cut hashes") and the dihedral variants of
 * both. Why a thread: this is the import's main-thread JavaScript work (about 6 ms and a few MB
 * of short-lived float arrays per screenshot), which otherwise competes with the event loop
 * that feeds sharp and the disk (docs/architecture.md "Import speed"), and its garbage is
 * collected on the worker's own heap.
 * Invariants: the worker holds nothing but the pixels of the request in flight, never a key,
 * a path or a name; pixels arrive transferred and are dropped when the answer is posted.
 */
import { parentPort } from 'node:worker_threads';
// By module, not through index.ts: that one brings sharp, which the worker never needs.
import { borderCutPdq } from './border-cut';
import { dihedralHashes } from './dihedral';
import { pdqFromRaw } from './pdq';
import type { PdqJob, PdqAnswer } from './pdq-pool';

const port = parentPort;
if (!port) throw new Error('pdq-worker must run in a worker thread');

port.on('message', (job: PdqJob) => {
  try {
    const raw = { data: job.data, width: job.width, height: job.height, channels: job.channels };
    const pdq = pdqFromRaw(raw);
    const cut = borderCutPdq(raw);
    const answer: PdqAnswer = {
      id: job.id,
      pdq: { hash: pdq.hash, quality: pdq.quality, dct: pdq.dct },
      cut: cut ? { hash: cut.hash, quality: cut.quality, dct: cut.dct } : null,
      variants: dihedralHashes(pdq),
      cutVariants: cut ? dihedralHashes(cut) : null,
    };
    job.data.fill(0);
    port.postMessage(answer, [pdq.dct.buffer as ArrayBuffer, ...(cut ? [cut.dct.buffer as ArrayBuffer] : [])]);
  } catch (err) {
    port.postMessage({ id: job.id, error: String((err as Error)?.message ?? err) });
  }
});
