/**
 * Renders the dossier PDF and streams it into `out`.
 * Invariants:
 *  - the file is PDF/A-2b (ISO 19005-2, conformance level B) on A4: pdfkit's `subset` option
 *    writes the pdfaid XMP and the sRGB output intent (pdfkit docs, "PDF/A"); every font is an
 *    embedded DejaVu subset (fonts.ts); nothing uses transparency, encryption or JavaScript;
 *  - the Info dictionary and the XMP carry the same title, author, subject and keywords
 *    (PDF/A requires them to agree; pdfkit copies Info into XMP verbatim, so values are kept
 *    free of XML metacharacters here);
 *  - every page has the header (case reference, confidentiality marking) and the footer
 *    ("pagina X van Y", profile), written last over the buffered pages (pdfkit
 *    `bufferPages: true`) because Y is only known at the end;
 *  - images are embedded one at a time and the output is allowed to drain in between, so
 *    memory does not grow with the number of images (pdfkit writes an image object to its
 *    stream as soon as it is placed; only the small page content streams are buffered);
 *  - on abort the render stops at the next unit of work, unpipes, and rejects with
 *    AppError('CANCELLED'); `out` is then left un-ended so nobody mistakes a partial file for
 *    a whole one. On success `out` is ended and the promise resolves after it finished.
 */
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { AppError } from '../../../../shared/errors';
import type { DossierData, PdfProgress, RenderResult } from '../dossier-data';
import type { Ctx } from './context';
import { Printable, fontPaths, resolveFontDir } from './fonts';
import { imageItems, renderImages } from './images';
import { COLOR, CONTENT_W, MARGIN, PAGE, SIZE, draw, rule } from './layout';
import { messages } from './pdf-messages';
import { renderPersons, renderTimeline } from './sections-case';
import { renderCustody, renderIntegrity } from './sections-custody';
import { renderCatalogue, renderWithoutImage } from './sections-evidence';
import { fillToc, renderCover, renderSummary, reserveToc } from './sections-front';
import { renderNotes, renderStepPlan } from './sections-officer';
import { renderTakedowns } from './sections-takedowns';

export interface RenderOptions {
  onProgress?: (p: PdfProgress) => void;
  signal?: AbortSignal;
  /** Folder with the DejaVu fonts; default: env BEWIJSKLUIS_FONT_DIR, then resources/fonts in the source tree. */
  fontDir?: string;
}

/** Bytes pdfkit may hold un-read before the render waits for the consumer. */
const HIGH_WATER = 8 * 1024 * 1024;

const cancelled = () => new AppError('CANCELLED', 'The dossier PDF was cancelled.');

/** XMP is written by pdfkit without escaping: keep `<`, `>` and `&` out of metadata strings. */
function metaText(s: string): string {
  const visible = [...s].map((ch) => (ch.charCodeAt(0) < 0x20 ? ' ' : ch)).join('');
  return visible.replace(/&/g, '+').replace(/</g, '‹').replace(/>/g, '›').trim();
}

export async function renderDossierPdf(data: DossierData, out: NodeJS.WritableStream, opts: RenderOptions = {}): Promise<RenderResult> {
  const { signal } = opts;
  if (signal?.aborted) throw cancelled();
  const paths = fontPaths(resolveFontDir(opts.fontDir));
  const m = messages(data.lang);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    autoFirstPage: false,
    bufferPages: true,
    // The initial font: pdfkit otherwise loads Helvetica (standard 14, not embeddable here).
    font: paths.body,
    subset: 'PDF/A-2b',
    pdfVersion: '1.7',
    lang: data.lang === 'nl' ? 'nl-NL' : 'en-GB',
    displayTitle: true,
    info: {
      Title: metaText(`${data.case.ref} — ${data.case.title}`),
      Author: 'Bewijskluis',
      Creator: 'Bewijskluis',
      Producer: 'Bewijskluis',
      Subject: metaText(`${m.dossierTitle} ${data.case.ref}`),
      Keywords: metaText(`${data.case.ref}, ${m.dossierTitle.toLowerCase()}, Bewijskluis`),
      CreationDate: validDate(data.exportedAt),
    },
  });
  doc.pipe(out);

  const check = () => {
    if (signal?.aborted) throw cancelled();
  };
  const ctx: Ctx = { doc, data, m, lang: data.lang, timeZone: data.timeZone, p: new Printable(doc, paths), toc: [], check };
  const images = imageItems(data.items);
  const officer = (data.notes !== null ? 1 : 0) + (data.stepPlan !== null ? 1 : 0);
  const total = 9 + officer + images.length;
  let done = 0;
  const progress = async () => {
    opts.onProgress?.({ phase: 'pdf', done: ++done, total });
    await drain(doc, check);
    check();
  };

  try {
    renderCover(ctx);
    const tocPage = reserveToc(ctx);
    await progress();
    renderSummary(ctx);
    await progress();
    renderPersons(ctx);
    await progress();
    renderTimeline(ctx);
    await progress();
    renderCatalogue(ctx);
    await progress();
    const shown = await renderImages(ctx, images, progress);
    renderWithoutImage(ctx, shown);
    await progress();
    renderTakedowns(ctx);
    await progress();
    if (data.notes !== null) {
      renderNotes(ctx);
      await progress();
    }
    if (data.stepPlan !== null) {
      renderStepPlan(ctx);
      await progress();
    }
    renderCustody(ctx);
    await progress();
    renderIntegrity(ctx);
    fillToc(ctx, tocPage);
    const pages = doc.bufferedPageRange().count;
    for (let i = 0; i < pages; i++) pageFrame(ctx, i, pages);
    check();
    const ended = finished(out as NodeJS.WritableStream & { writable: boolean }, { readable: false });
    doc.end();
    await ended;
    await progress();
    return { pages, imagesEmbedded: shown.size };
  } catch (err) {
    doc.unpipe(out as NodeJS.WritableStream);
    doc.destroy();
    if (signal?.aborted) throw cancelled();
    throw err;
  }
}

function validDate(iso: string): Date {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? new Date() : d;
}

/** Lets the consumer read what pdfkit produced before more is made (bounded memory). */
async function drain(doc: PDFKit.PDFDocument, check: () => void): Promise<void> {
  await new Promise<void>((r) => setImmediate(r));
  while (doc.readableLength > HIGH_WATER) {
    check();
    await new Promise<void>((r) => setTimeout(r, 2));
  }
}

/** Header and footer of page `index` (0-based) of `count`. */
function pageFrame(ctx: Ctx, index: number, count: number): void {
  const { doc, m, data } = ctx;
  doc.switchToPage(index);
  // Writing inside the margins would make pdfkit start a new page: lift them while we draw.
  const margins = { ...doc.page.margins };
  doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
  const half = CONTENT_W / 2;
  const headY = 32;
  draw(ctx, data.case.ref, MARGIN.left, headY, half, { font: 'bold', size: SIZE.small, color: COLOR.ink });
  draw(ctx, m.confidential, MARGIN.left + half, headY, half, { font: 'bold', size: SIZE.small, color: COLOR.accent, align: 'right' });
  rule(ctx, headY + 16);
  const footY = PAGE.height - 44;
  rule(ctx, footY - 8);
  draw(ctx, m.profileFooter(m.profiles[data.profile]), MARGIN.left, footY, half, { size: SIZE.small, color: COLOR.muted });
  draw(ctx, m.pageXofY(index + 1, count), MARGIN.left + half, footY, half, { size: SIZE.small, color: COLOR.muted, align: 'right' });
  doc.page.margins = margins;
}
