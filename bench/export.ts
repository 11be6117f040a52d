/**
 * Export benchmark (issue: dossier export). A case with N phone-sized screenshots (1170x2532
 * PNG) is exported with the police profile; in the same run the floor: the same files
 * decoded and re-encoded once with sharp into what the page embeds (the renderer's own
 * prepareImage), then written by pdfkit as one page each, with no other work.
 * Target: within 1.5x of the floor, peak RSS < 400 MB whatever N; absolute time reported.
 */
import { createWriteStream, promises as fs } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { createCore } from '../electron/core/create-core';
import { prepareImage } from '../electron/core/dossier/pdf/images';
import { phoneScreenshot } from './import';
import { countArg, withPeakRss } from './rss';

export async function benchExport(args: string[]) {
  const n = countArg(args, 200);
  const work = await mkdtemp(join(tmpdir(), 'bk-bench-'));
  try {
    const files: string[] = [];
    for (let i = 0; i < n; i++) {
      const f = join(work, `scherm-${i}.png`);
      await fs.writeFile(f, await phoneScreenshot(i));
      files.push(f);
    }
    const core = createCore({ vaultDir: join(work, 'vault') });
    const ctx = { transport: 'test' as const };
    await core.handlers['vault:create']({ passphrase: 'Benchmark kluis met lange zin 2026', ownerName: 'bench' }, ctx);
    const c = await core.handlers['case:create']({ title: 'Benchmark export', category: 'hurtful-meme' }, ctx);
    await core.handlers['evidence:import-paths']({ caseId: c.id, meta: { platform: 'WhatsApp', url: 'https://chat.example/x' }, paths: files }, ctx);

    // The export runs first: RSS rarely shrinks, so whichever phase runs second inherits the
    // first one's peak. The floor then runs on an already-warm process (in its favour).
    const app = await withPeakRss(() => core.handlers['dossier:export']({ caseId: c.id, profile: 'police', lang: 'nl', outPath: join(work, 'dossier.zip') }, ctx));
    const floor = await withPeakRss(async () => {
      const doc = new PDFDocument({ size: 'A4', autoFirstPage: false });
      const out = createWriteStream(join(work, 'floor.pdf'));
      doc.pipe(out);
      for (const f of files) {
        const img = await prepareImage(await fs.readFile(f));
        doc.addPage();
        doc.image(img.jpeg, 40, 40, { fit: [515, 700] });
      }
      doc.end();
      await finished(out);
    });
    await core.close();
    return {
      bench: 'export',
      images: n,
      export: { seconds: +app.seconds.toFixed(2), peakRssMb: app.peakRssMb, pages: app.value.pages, imagesEmbedded: app.value.imagesEmbedded, zipMb: Math.round(app.value.bytes / 1024 / 1024) },
      floor: { seconds: +floor.seconds.toFixed(2), peakRssMb: floor.peakRssMb },
      ratio: +(app.seconds / floor.seconds).toFixed(2),
      targets: { maxRatio: 1.5, maxPeakRssMb: 400 },
      meets: { ratio: app.seconds / floor.seconds <= 1.5, memory: app.peakRssMb < 400 },
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
