/**
 * Export benchmark (issue: dossier export). A case with N phone-sized screenshots (1170x2532
 * PNG) is exported with the police profile; in the same run the floor: the same files
 * decoded and re-encoded once with sharp into what the page embeds (the renderer's own
 * prepareImage), then written by pdfkit as one page each, with no other work.
 * Target: within 1.5x of the floor, peak RSS < 400 MB whatever N; absolute time reported.
 *
 * The case is imported by a child process first, so the measured process holds what an app
 * holds when someone opens a case and exports it: an unlocked vault. (An import leaves glibc
 * malloc arenas from libvips' threads behind in RSS; measured in the same process it would
 * be counted as export memory. `rssBeforeMb` shows the starting point.)
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, promises as fs } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { createCore } from '../electron/core/create-core';
import { prepareImage } from '../electron/core/dossier/pdf/images';
import { phoneScreenshot } from './import-files';

/** The repository's dossier fonts (the app passes its own as CoreOptions.fontDir). */
const FONT_DIR = resolve(__dirname, '../resources/fonts');
import { countArg, withPeakRss } from './rss';

const PASSPHRASE = 'Benchmark kluis met lange zin 2026';
const ctx = { transport: 'test' as const };

/** Child-process part: screenshots on disk, a vault with one case holding them all. */
async function setup(work: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await fs.writeFile(join(work, `scherm-${i}.png`), await phoneScreenshot(i));
  const core = createCore({ vaultDir: join(work, 'vault'), fontDir: FONT_DIR });
  await core.handlers['vault:create']({ passphrase: PASSPHRASE, ownerName: 'bench' }, ctx);
  const c = await core.handlers['case:create']({ title: 'Benchmark export', category: 'hurtful-meme' }, ctx);
  const paths = Array.from({ length: n }, (_, i) => join(work, `scherm-${i}.png`));
  await core.handlers['evidence:import-paths']({ caseId: c.id, meta: { platform: 'WhatsApp', url: 'https://chat.example/x' }, paths }, ctx);
  await fs.writeFile(join(work, 'case-id'), c.id);
  await core.close();
}

export async function benchExport(args: string[]) {
  const n = countArg(args, 200);
  const setupAt = args.indexOf('--setup');
  if (setupAt >= 0) {
    await setup(args[setupAt + 1] as string, n);
    return { setup: 'done' };
  }
  const work = await mkdtemp(join(tmpdir(), 'bk-bench-'));
  try {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1] as string, 'export', '--setup', work, '--count', String(n)], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (child.status !== 0) throw new Error(`setup failed with status ${child.status}`);
    const caseId = await fs.readFile(join(work, 'case-id'), 'utf8');
    const files = Array.from({ length: n }, (_, i) => join(work, `scherm-${i}.png`));
    const core = createCore({ vaultDir: join(work, 'vault'), fontDir: FONT_DIR });
    await core.handlers['vault:unlock']({ passphrase: PASSPHRASE }, ctx);
    const rssBeforeMb = Math.round(process.memoryUsage.rss() / 1024 / 1024);

    // The export runs first: RSS rarely shrinks, so whichever phase runs second inherits the
    // first one's peak. The floor then runs on an already-warm process (in its favour).
    const app = await withPeakRss(() => core.handlers['dossier:export']({ caseId, profile: 'police', lang: 'nl', outPath: join(work, 'dossier.zip') }, ctx));
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
      rssBeforeMb,
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
