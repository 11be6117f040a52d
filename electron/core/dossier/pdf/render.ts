/**
 * Renders the dossier PDF and streams it into `out`.
 * Invariants:
 *  - the file is PDF/A-2b (ISO 19005-2, conformance level B) on A4: pdfkit's `subset` option
 *    writes the pdfaid XMP and the sRGB output intent (pdfkit docs, "PDF/A"); every font is an
 *    embedded DejaVu subset (fonts.ts); nothing uses transparency, encryption or JavaScript;
 *  - the Info dictionary and the XMP carry the same title, author, subject and keywords
 *    (PDF/A requires them to agree; pdfkit copies Info into XMP verbatim, so values are kept
 *    free of XML metacharacters here);
 *  - the document is laid out twice. The layout pass loads no image and draws no page frame;
 *    it yields the page count and the sections' first pages. The drawing pass then prints
 *    "pagina X van Y" and the contents as it goes and hands each finished page to pdfkit
 *    (flushPages) when the next one starts, so neither page content nor images accumulate:
 *    memory does not grow with the number of pages. Layout depends only on the data, so both
 *    passes agree; if they ever do not, the render fails rather than print wrong numbers;
 *  - output is allowed to drain after every unit of work (bounded memory);
 *  - on abort the render stops at the next unit of work, unpipes, and rejects with
 *    AppError('CANCELLED'); `out` is then left un-ended so nobody mistakes a partial file for
 *    a whole one. On success `out` is ended and the promise resolves after it finished.
 */
import { finished } from 'node:stream/promises';
import { AppError } from '../../../../shared/errors';
import type { DossierData, PdfProgress, RenderResult } from '../dossier-data';
import type { Ctx, Plan } from './context';
import { pdfADocument } from './document';
import { Printable, fontPaths, resolveFontDir } from './fonts';
import { imageItems, renderImages } from './images';
import { COLOR, CONTENT_W, MARGIN, PAGE, SIZE, draw, pageNumber, rule } from './layout';
import { pdfText } from './pdf-messages';
import { renderPersons, renderTimeline } from './sections-case';
import { renderCustody, renderIntegrity } from './sections-custody';
import { renderCatalogue, renderWithoutImage } from './sections-evidence';
import { renderCover, renderSummary, renderToc } from './sections-front';
import { renderCommunication, renderNotes, renderStepPlan } from './sections-officer';
import { renderPolice } from './sections-police';
import { renderTakedowns } from './sections-takedowns';

export interface RenderOptions {
  onProgress?: (p: PdfProgress) => void;
  signal?: AbortSignal;
  /** Folder with the DejaVu fonts (fonts.ts resolveFontDir); required to render. */
  fontDir?: string;
}

type FontPaths = ReturnType<typeof fontPaths>;

/** Bytes pdfkit may hold un-read before the render waits for the consumer. */
const HIGH_WATER = 8 * 1024 * 1024;

const cancelled = () => new AppError('CANCELLED', 'The dossier PDF was cancelled.');

function newDocument(data: DossierData, paths: FontPaths, compress: boolean): PDFKit.PDFDocument {
  const t = pdfText(data.lang);
  return pdfADocument({
    lang: data.lang,
    bodyFont: paths.body,
    compress,
    title: `${data.case.ref} — ${data.case.title}`,
    subject: `${t('cover.dossierTitle')} ${data.case.ref}`,
    keywords: `${data.case.ref}, ${t('cover.dossierTitle').toLowerCase()}, Bewijskluis`,
    createdAt: data.exportedAt,
  });
}

function newCtx(doc: PDFKit.PDFDocument, data: DossierData, paths: FontPaths, plan: Plan | null, check: () => void): Ctx {
  const ctx: Ctx = { doc, data, t: pdfText(data.lang), lang: data.lang, timeZone: data.timeZone, p: new Printable(doc, paths), toc: [], plan, check, turnPage: () => undefined };
  ctx.turnPage = () => {
    const r = doc.bufferedPageRange();
    if (plan) for (let i = r.start; i < r.start + r.count; i++) pageFrame(ctx, i, plan.pages);
    doc.flushPages();
    forgetLayouts(doc);
  };
  return ctx;
}

/**
 * pdfkit caches the glyph layout of every distinct word for the life of the document
 * (EmbeddedFont.layoutCache). A dossier is full of unique words — hashes, URLs, times — so
 * that cache grows with the case. Emptying it when a page is finished keeps the speed-up
 * within a page and bounds memory. `fontLayoutCache: false` would bound it too, but made the
 * 200-image render about 60% slower (measured with bench/export.ts). Internal field, read
 * defensively.
 */
function forgetLayouts(doc: PDFKit.PDFDocument): void {
  const families = (doc as unknown as { _fontFamilies?: Record<string, { layoutCache?: unknown }> })._fontFamilies ?? {};
  for (const font of Object.values(families)) {
    if (font.layoutCache) font.layoutCache = Object.create(null);
  }
}

/** The document, section by section; `step` runs between units of work. Returns the ids of embedded images. */
async function writeSections(ctx: Ctx, step: () => Promise<void>): Promise<Set<string>> {
  const { data } = ctx;
  renderCover(ctx);
  renderToc(ctx);
  await step();
  if (data.police) {
    renderPolice(ctx);
    await step();
  }
  renderSummary(ctx);
  await step();
  renderPersons(ctx);
  await step();
  renderTimeline(ctx);
  await step();
  renderCatalogue(ctx);
  await step();
  const images = imageItems(data.items);
  const shown = await renderImages(ctx, images, step);
  renderWithoutImage(ctx, new Set(images.map((it) => it.id)));
  await step();
  renderTakedowns(ctx);
  await step();
  if (data.notes !== null) {
    renderNotes(ctx);
    await step();
  }
  if (data.stepPlan !== null) {
    renderStepPlan(ctx);
    await step();
  }
  if (data.communication !== null) {
    renderCommunication(ctx);
    await step();
  }
  renderCustody(ctx);
  await step();
  renderIntegrity(ctx);
  return shown;
}

/** Units of work in the drawing pass, for progress. */
function units(data: DossierData): number {
  return 9 + (data.police !== null ? 1 : 0) + (data.notes !== null ? 1 : 0) + (data.stepPlan !== null ? 1 : 0) + (data.communication !== null ? 1 : 0) + imageItems(data.items).length;
}

export async function renderDossierPdf(data: DossierData, out: NodeJS.WritableStream, opts: RenderOptions = {}): Promise<RenderResult> {
  const { signal } = opts;
  if (signal?.aborted) throw cancelled();
  const paths = fontPaths(resolveFontDir(opts.fontDir));
  const check = () => {
    if (signal?.aborted) throw cancelled();
  };
  const plan = await layoutPass(data, paths, check);

  const doc = newDocument(data, paths, true);
  doc.pipe(out);
  const ctx = newCtx(doc, data, paths, plan, check);
  const total = units(data);
  let done = 0;
  try {
    const shown = await writeSections(ctx, async () => {
      opts.onProgress?.({ phase: 'pdf', done: ++done, total });
      await drain(doc, check);
      check();
    });
    const pages = pageNumber(ctx);
    if (pages !== plan.pages || JSON.stringify(ctx.toc) !== JSON.stringify(plan.toc)) {
      throw new AppError('INTERNAL', 'The dossier layout differed between its two passes.', { planned: plan.pages, pages });
    }
    ctx.turnPage();
    check();
    const ended = finished(out as NodeJS.WritableStream & { writable: boolean }, { readable: false });
    doc.end();
    await ended;
    opts.onProgress?.({ phase: 'pdf', done: total, total });
    return { pages, imagesEmbedded: shown.size };
  } catch (err) {
    doc.unpipe(out as NodeJS.WritableStream);
    doc.destroy();
    if (signal?.aborted) throw cancelled();
    throw err;
  }
}

/** The first pass: where every page and section falls. Its output is discarded unread. */
async function layoutPass(data: DossierData, paths: FontPaths, check: () => void): Promise<Plan> {
  const doc = newDocument(data, paths, false);
  doc.on('data', () => undefined);
  const ctx = newCtx(doc, data, paths, null, check);
  try {
    await writeSections(ctx, async () => {
      await new Promise<void>((r) => setImmediate(r));
      check();
    });
    return { pages: pageNumber(ctx), toc: ctx.toc };
  } finally {
    doc.destroy();
  }
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
  const { doc, t, data } = ctx;
  doc.switchToPage(index);
  // Writing inside the margins would make pdfkit start a new page: lift them while we draw.
  const margins = { ...doc.page.margins };
  doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
  const half = CONTENT_W / 2;
  const headY = 32;
  draw(ctx, data.case.ref, MARGIN.left, headY, half, { font: 'bold', size: SIZE.small, color: COLOR.ink });
  draw(ctx, t('frame.confidential'), MARGIN.left + half, headY, half, { font: 'bold', size: SIZE.small, color: COLOR.accent, align: 'right' });
  rule(ctx, headY + 16);
  const footY = PAGE.height - 44;
  rule(ctx, footY - 8);
  draw(ctx, t('frame.profile', { profile: t(`profile.${data.profile}`) }), MARGIN.left, footY, half, { size: SIZE.small, color: COLOR.muted });
  draw(ctx, t('frame.pageXofY', { x: index + 1, y: count }), MARGIN.left + half, footY, half, { size: SIZE.small, color: COLOR.muted, align: 'right' });
  doc.page.margins = margins;
}
