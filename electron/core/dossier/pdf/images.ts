/**
 * Image pages. Invariants: one page per image item that has a loader, in item order; images
 * are loaded, decoded and embedded strictly one at a time and the buffers are dropped before
 * the next one, so memory stays bounded whatever the case size; each image is decoded once by
 * sharp (EXIF orientation applied, alpha flattened onto white, sRGB, scaled to fit the page box
 * at about 180 dpi, never enlarged) and embedded as a baseline JPEG (DCTDecode, allowed in
 * PDF/A-2b); the image is only a viewing copy — the page names the original in the bundle and
 * its SHA-256. A file that cannot be decoded gets a page saying so (it is not counted as
 * embedded); a failing loader (vault locked, I/O) fails the render.
 */
import sharp from 'sharp';
import type { DossierItem } from '../dossier-data';
import type { Ctx } from './context';
import { COLOR, CONTENT_W, MARGIN, PAGE, SIZE, draw, keyValues, measureKeyValues, newPage, note, startSection } from './layout';
import { itemRows } from './sections-evidence';

const DPI = 180;
/** The largest box an image can get on a page (points), and its size in pixels at DPI. */
const BOX = { w: CONTENT_W, h: 520 };
const MAX_PX = { w: Math.round((BOX.w / 72) * DPI), h: Math.round((BOX.h / 72) * DPI) };
/** Refuse absurd inputs (decompression bombs); a phone screenshot is ~3 MP. */
const LIMIT_INPUT_PIXELS = 120_000_000;

export interface PreparedImage {
  jpeg: Buffer;
  width: number;
  height: number;
}

export async function prepareImage(input: Buffer): Promise<PreparedImage> {
  const { data, info } = await sharp(input, { limitInputPixels: LIMIT_INPUT_PIXELS })
    .autoOrient()
    .flatten({ background: '#ffffff' })
    .resize({ width: MAX_PX.w, height: MAX_PX.h, fit: 'inside', withoutEnlargement: true })
    .toColourspace('srgb')
    .jpeg({ quality: 82, chromaSubsampling: '4:2:0' })
    .toBuffer({ resolveWithObject: true });
  return { jpeg: data, width: info.width, height: info.height };
}

export function imageItems(items: DossierItem[]): DossierItem[] {
  return items.filter((it) => it.kind === 'image' && typeof it.loadImage === 'function');
}

/**
 * Renders all image pages; calls `after` after each image (progress, cancellation, back-pressure).
 * Returns the ids of the items whose image was embedded.
 */
export async function renderImages(ctx: Ctx, items: DossierItem[], after: () => Promise<void>): Promise<Set<string>> {
  const { m } = ctx;
  const shown = new Set<string>();
  if (items.length === 0) return shown;
  const outline = startSection(ctx, 'images', m.sections.images);
  note(ctx, m.images.intro);
  let first = true;
  for (const it of items) {
    ctx.check();
    if (!first) newPage(ctx);
    first = false;
    outline.addItem(it.label);
    ctx.doc.addNamedDestination(`item-${it.id}`);
    // Block-scoped: the original and its JPEG become garbage as soon as the page is placed.
    const loaded = await (it.loadImage as () => Promise<Buffer>)();
    ctx.check();
    const prepared = await prepareImage(loaded).catch(() => null);
    if (imagePage(ctx, it, prepared)) shown.add(it.id);
    await after();
  }
  return shown;
}

function imagePage(ctx: Ctx, it: DossierItem, img: PreparedImage | null): boolean {
  const { doc, m } = ctx;
  const titleH = draw(ctx, m.images.heading(it.label), MARGIN.left, doc.y, CONTENT_W, { font: 'bold', size: SIZE.h2 });
  doc.y += titleH + 8;
  const rows = itemRows(ctx, it, 'image');
  // Measure the metadata block first so the image gets exactly the space that is left.
  const metaH = measureKeyValues(ctx, rows, { size: SIZE.label });
  const avail = PAGE.height - MARGIN.bottom - doc.y - metaH - 18;
  const boxH = Math.max(120, Math.min(BOX.h, avail));
  let embedded = false;
  if (img) {
    const scale = Math.min(CONTENT_W / img.width, boxH / img.height);
    const w = img.width * scale;
    const h = img.height * scale;
    const x = MARGIN.left + (CONTENT_W - w) / 2;
    doc.image(img.jpeg, x, doc.y, { width: w, height: h });
    doc.save().lineWidth(0.5).rect(x, doc.y, w, h).stroke(COLOR.rule).restore();
    doc.y += h + 12;
    embedded = true;
  } else {
    const h = draw(ctx, m.images.failed, MARGIN.left, doc.y, CONTENT_W, { color: COLOR.warn });
    doc.y += h + 12;
  }
  keyValues(ctx, rows, { size: SIZE.label });
  return embedded;
}
