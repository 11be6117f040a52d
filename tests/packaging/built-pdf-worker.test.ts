/**
 * The BUILT dossier PDF worker (out/main/pdf-worker.js, what `npm start` and the packaged app
 * run), driven in a worker thread the way render-in-worker.ts drives it: workerData carries
 * the dossier and the font folder main handed to the core; image bytes are sent on request;
 * every output chunk is acknowledged. No BEWIJSKLUIS_FONT_DIR in the environment: the font
 * folder reaches the worker only through its input (issue 10: the bundled worker used to
 * guess a folder relative to itself, which is outside the repository from out/main).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import type { DossierData } from '../../electron/core/dossier/dossier-data';
import { toWire, type FromWorker, type ToWorker, type WireError } from '../../electron/core/dossier/pdf/worker-protocol';
import { dossierFixture } from '../helpers/dossier-fixture';
import { FONT_DIR } from '../helpers/font-dir';
import { ROOT } from './helpers/pack';

const WORKER = join(ROOT, 'out/main/pdf-worker.js');
const dir = mkdtempSync(join(tmpdir(), 'bk-built-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function renderWithBuiltWorker(data: DossierData, fontDir: string | undefined): Promise<{ pdf: Buffer } | { error: WireError }> {
  if (!existsSync(WORKER)) throw new Error('out/main/pdf-worker.js is missing: run `npm run build` first');
  const env = { ...process.env };
  delete env.BEWIJSKLUIS_FONT_DIR;
  const worker = new Worker(WORKER, { workerData: { data: toWire(data), fontDir }, env, stdout: false, stderr: false });
  const byId = new Map(data.items.map((it) => [it.id, it]));
  const send = (m: ToWorker, transfer: ArrayBuffer[] = []) => worker.postMessage(m, transfer);
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    worker.on('message', (m: FromWorker) => {
      if (m.t === 'chunk') {
        chunks.push(Buffer.from(m.bytes));
        send({ t: 'ack' });
      } else if (m.t === 'image') {
        void byId.get(m.id)?.loadImage?.().then((buf) => {
          const own = new Uint8Array(buf);
          send({ t: 'image', seq: m.seq, bytes: own }, [own.buffer]);
        });
      } else if (m.t === 'done') {
        resolve({ pdf: Buffer.concat(chunks) });
        void worker.terminate();
      } else if (m.t === 'error') {
        resolve({ error: m.error });
        void worker.terminate();
      }
    });
    worker.on('error', reject);
  });
}

describe('the built PDF worker (out/main/pdf-worker.js)', () => {
  it('renders a PDF/A dossier with the fonts from the folder it is given, without any font variable', async () => {
    const fx = await dossierFixture({ profile: 'police' });
    const r = await renderWithBuiltWorker(fx.data, FONT_DIR);
    if (!('pdf' in r)) throw new Error(`worker failed: ${r.error.code} ${r.error.message}`);
    const file = join(dir, 'built.pdf');
    writeFileSync(file, r.pdf);
    expect(r.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line, line).toMatch(/DejaVu.*\byes\s+yes\b/);
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain(fx.data.case.ref);
  });

  it('names the missing configuration when no folder is given, instead of guessing one', async () => {
    const fx = await dossierFixture({ profile: 'coordinator' });
    const r = await renderWithBuiltWorker(fx.data, undefined);
    expect(r).toMatchObject({ error: { code: 'INTERNAL', details: { cause: 'no-font-dir' } } });
  });
});
