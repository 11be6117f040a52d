// The dossier PDF as the exporter makes it: laid out twice (contents and "page X of Y" come
// from the first pass) and rendered in a worker thread. Real pdfkit, real sharp, read back with
// poppler; no mocks.
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import type { DossierData, RenderResult } from '../../electron/core/dossier/dossier-data';
import { renderDossierPdf } from '../../electron/core/dossier/pdf/render';
import { renderPdfInWorker } from '../../electron/core/dossier/pdf/render-in-worker';
import { dossierFixture } from '../helpers/dossier-fixture';
import { FONT_DIR } from '../helpers/font-dir';

const dir = mkdtempSync(join(tmpdir(), 'bk-pdfw-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const text = (file: string, page?: number) => run('pdftotext', ['-layout', ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-']).normalize('NFC');
const words = (s: string) => s.replace(/\s+/g, ' ');
const pdfinfoPages = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]))?.[1]);

type Renderer = typeof renderDossierPdf;

async function render(name: string, data: DossierData, how: Renderer = renderPdfInWorker): Promise<{ file: string; result: RenderResult }> {
  const file = join(dir, `${name}.pdf`);
  const out = createWriteStream(file);
  const result = await how(data, out, { fontDir: FONT_DIR });
  await finished(out);
  return { file, result };
}

/** Counts what reaches the consumer, so a test can tell that writing stopped. */
function counter(): Writable & { bytes: number } {
  const w = new Writable({
    write(chunk: Buffer, _enc, cb) {
      w.bytes += chunk.length;
      cb();
    },
  }) as Writable & { bytes: number };
  w.bytes = 0;
  return w;
}

describe('dossier PDF in a worker thread', () => {
  it('is the same document as a render on the calling thread', async () => {
    const fx = await dossierFixture({ profile: 'police' });
    const inWorker = await render('worker', fx.data);
    const here = await render('here', fx.data, renderDossierPdf);
    expect(inWorker.result).toEqual(here.result);
    expect(pdfinfoPages(inWorker.file)).toBe(here.result.pages);
    expect(text(inWorker.file)).toBe(text(here.file));
  });

  it('prints on the contents page the page where each section really starts', async () => {
    const fx = await dossierFixture({ profile: 'officer', extraImages: 3 });
    const { file, result } = await render('toc', fx.data);
    const rows = [...text(file, 2).matchAll(/^\s*(\S.*?\S)\s{2,}(\d+)\s*$/gm)].map((m) => ({ title: m[1] ?? '', page: Number(m[2]) }));
    expect(rows.map((r) => r.title)).toEqual(['Voor de politie', 'Samenvatting', 'Betrokkenen', 'Tijdlijn', 'Bewijsstukken', 'Afbeeldingen', 'Bewijsstukken zonder afbeelding', 'Verwijderverzoeken', 'Werknotities', 'Stappenplan', 'Communicatie', 'Logboek (chain of custody)', 'Controle van de echtheid']);
    let previous = 2;
    for (const r of rows) {
      expect(r.page, r.title).toBeGreaterThan(previous);
      expect(r.page).toBeLessThanOrEqual(result.pages);
      // The heading is the first line under the page header.
      const lines = text(file, r.page).split('\n').map((l) => l.trim()).filter(Boolean);
      expect(lines[1], `page ${r.page}`).toBe(r.title);
      previous = r.page;
    }
  });

  it('gives an image that no longer decodes its own page that says so, and the page count still adds up', async () => {
    const fx = await dossierFixture({ profile: 'police' });
    const broken = fx.data.items.find((it) => it.loadImage);
    if (!broken) throw new Error('fixture has no image');
    broken.loadImage = async () => Buffer.from('dit is geen afbeelding');
    const { file, result } = await render('broken', fx.data);
    expect(result.imagesEmbedded).toBe(fx.loaders - 1);
    const pages = pdfinfoPages(file);
    expect(pages).toBe(result.pages);
    expect(words(text(file, pages))).toContain(`pagina ${pages} van ${pages}`);
    const sentence = 'Deze afbeelding kon niet worden weergegeven. Het origineel zit in de bundel.';
    const hits = Array.from({ length: pages }, (_, i) => words(text(file, i + 1))).filter((p) => p.includes(sentence));
    expect(hits.length).toBe(1);
    expect(hits[0]).toContain(`Bewijsstuk ${broken.label}`);
    expect(hits[0]).toContain(broken.url);
  });

  it('fails with the vault error when an original cannot be read, instead of leaving an image out', async () => {
    const fx = await dossierFixture({ profile: 'police' });
    const first = fx.data.items.find((it) => it.loadImage);
    if (!first) throw new Error('fixture has no image');
    first.loadImage = async () => {
      throw new AppError('VAULT_LOCKED', 'The vault is locked.');
    };
    const out = counter();
    await expect(renderPdfInWorker(fx.data, out, { fontDir: FONT_DIR })).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
    expect(out.writableEnded).toBe(false);
  });

  it('stops the worker on cancel: CANCELLED, the output un-ended, and nothing more written', async () => {
    const fx = await dossierFixture({ profile: 'police', extraImages: 6 });
    const ac = new AbortController();
    const out = counter();
    const p = renderPdfInWorker(fx.data, out, {
      fontDir: FONT_DIR,
      signal: ac.signal,
      onProgress: (pr) => {
        if (pr.done === 7) ac.abort(); // inside the image pages
      },
    });
    await expect(p).rejects.toMatchObject({ code: 'CANCELLED' });
    const written = out.bytes;
    await new Promise((r) => setTimeout(r, 400));
    expect(out.bytes).toBe(written);
    expect(out.writableEnded).toBe(false);
  });
});
