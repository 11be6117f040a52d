/**
 * Image pages. A video's page shows its contact sheet of keyframes instead (docs/media.md
 * "Dossier"); its original is in the bundle like an image's. Invariants: one page per image
 * or video item that has a loader, in item order; at most
 * AHEAD + 1 images are held at once (the one on the page and the next ones), so memory stays bounded
 * whatever the case size; the page layout depends only on the item's recorded data, never on
 * whether its image decodes, so the layout pass and the drawing pass agree; each image is decoded once by
 * sharp (EXIF orientation applied, alpha flattened onto white, sRGB, scaled to fit the page box
 * at about 180 dpi, never enlarged) and embedded as a baseline JPEG (DCTDecode, allowed in
 * PDF/A-2b); the image is only a viewing copy — the page names the original in the bundle and
 * its SHA-256. A file that cannot be decoded gets its page with a sentence saying so (it is
 * not counted as embedded); a failing loader (vault locked, I/O) fails the render.
 */
import sharp from 'sharp';
import type { DossierItem } from '../dossier-data';
import type { Ctx } from './context';
import { COLOR, CONTENT_W, MARGIN, PAGE, SIZE, draw, keyValues, measureKeyValues, newPage, note, startSection } from './layout';
import { itemRows } from './sections-evidence';
import { formatDuration } from '../../../../shared/media-names';
import { sheetSize } from '../../media/sheet-layout';

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
  return items.filter((it) => (it.kind === 'image' || it.kind === 'video') && typeof it.loadImage === 'function');
}

type Loaded = { ok: true; img: PreparedImage | null } | { ok: false; error: unknown };

/** Never rejects, so a prefetch nobody awaits (after a cancel) cannot become an unhandled rejection. */
function load(it: DossierItem): Promise<Loaded> {
  return (it.loadImage as () => Promise<Buffer>)().then(
    async (bytes) => ({ ok: true as const, img: await prepareImage(bytes).catch(() => null) }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

/** Images being decrypted and decoded ahead of the page being written: one per core here. */
const AHEAD = 2;

/**
 * Renders all image pages; calls `after` after each image (progress, cancellation, back-pressure).
 * The next images are decrypted and decoded while the current page is written (sharp works off
 * the main thread, AHEAD at a time), so at most AHEAD + 1 images are in memory. In the layout
 * pass nothing is loaded. Returns the ids of the items whose image was embedded.
 */
export async function renderImages(ctx: Ctx, items: DossierItem[], after: () => Promise<void>): Promise<Set<string>> {
  const { t } = ctx;
  const shown = new Set<string>();
  if (items.length === 0) return shown;
  const outline = startSection(ctx, 'images', t('section.images'));
  note(ctx, t('images.intro'));
  const queue: Promise<Loaded>[] = [];
  let queued = 0;
  const fill = () => {
    while (ctx.plan && queue.length < AHEAD && queued < items.length) queue.push(load(items[queued++] as DossierItem));
  };
  for (const [i, it] of items.entries()) {
    ctx.check();
    if (i > 0) newPage(ctx);
    outline.addItem(it.label);
    ctx.doc.addNamedDestination(`item-${it.id}`);
    fill();
    let img: PreparedImage | null = null;
    const pending = queue.shift();
    if (pending) {
      const got = await pending;
      fill();
      ctx.check();
      if (!got.ok) throw got.error;
      img = got.img;
    }
    if (imagePage(ctx, it, img)) shown.add(it.id);
    await after();
  }
  return shown;
}

/**
 * The box an item's image gets, from the dimensions recorded at import (already oriented), so
 * both passes lay the page out alike whether or not the image decodes now.
 */
function imageBox(it: DossierItem, boxH: number): { w: number; h: number } {
  // A video's picture is its contact sheet, whose size follows from the recorded keyframes.
  const video = it.media?.video;
  const { width, height } = video ? sheetSize(video) : { width: it.width, height: it.height };
  if (!width || !height) return { w: CONTENT_W, h: boxH };
  const scale = Math.min(CONTENT_W / width, boxH / height);
  return { w: width * scale, h: height * scale };
}

function imagePage(ctx: Ctx, it: DossierItem, img: PreparedImage | null): boolean {
  const { doc, t } = ctx;
  const video = it.media?.video;
  const titleH = draw(ctx, t(video ? 'images.sheetHeading' : 'images.heading', { label: it.label }), MARGIN.left, doc.y, CONTENT_W, { font: 'bold', size: SIZE.h2 });
  doc.y += titleH + 8;
  if (video) {
    const noteH = draw(ctx, t('images.sheetNote', { count: video.sheetTimes.length, times: video.sheetTimes.map(formatDuration).join(', ') }), MARGIN.left, doc.y, CONTENT_W, { size: SIZE.label, color: COLOR.muted });
    doc.y += noteH + 8;
  }
  const rows = itemRows(ctx, it, 'image');
  // Measure the metadata block first so the image gets exactly the space that is left.
  const metaH = measureKeyValues(ctx, rows, { size: SIZE.label });
  const avail = PAGE.height - MARGIN.bottom - doc.y - metaH - 18;
  const box = imageBox(it, Math.max(120, Math.min(BOX.h, avail)));
  let embedded = false;
  if (img) {
    // The decoded copy is fitted inside the planned box (its ratio may differ by a rounding).
    const scale = Math.min(box.w / img.width, box.h / img.height);
    const w = img.width * scale;
    const h = img.height * scale;
    const x = MARGIN.left + (CONTENT_W - w) / 2;
    doc.image(img.jpeg, x, doc.y, { width: w, height: h });
    doc.save().lineWidth(0.5).rect(x, doc.y, w, h).stroke(COLOR.rule).restore();
    embedded = true;
  } else if (ctx.plan) {
    draw(ctx, t('images.failed'), MARGIN.left, doc.y, CONTENT_W, { color: COLOR.warn });
  }
  doc.y += box.h + 12;
  keyValues(ctx, rows, { size: SIZE.label });
  return embedded;
}
