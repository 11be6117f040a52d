/**
 * Layout helpers for the dossier: page geometry, type scale, headings, paragraphs, key-value
 * rows and tables. Invariants: nothing is drawn past the bottom margin — every block is
 * measured first and moved to a new page when it does not fit, and a block taller than a whole
 * page flows across pages instead of being clipped; long words (URLs, hashes, base64) wrap
 * inside their column (pdfkit's LineWrapper splits a word wider than the line), nothing is
 * truncated or ellipsised; the header band (top margin) and footer band (bottom margin) stay
 * empty here because render.ts writes them once the page count is known.
 */
import type { Ctx, LayoutCtx, SectionId } from './context';
import type { FontName } from './fonts';

/** A4 in PDF points (ISO 216: 210 x 297 mm). */
export const PAGE = { width: 595.28, height: 841.89 };
export const MARGIN = { top: 74, bottom: 66, left: 56, right: 56 };
export const CONTENT_W = PAGE.width - MARGIN.left - MARGIN.right;

/** Calm palette (docs/ux.md "Calm by default": neutral colours; red only for what is overdue or failed). */
export const COLOR = {
  ink: '#1d232b',
  muted: '#5d6773',
  accent: '#1f4e79',
  rule: '#cdd5de',
  shade: '#f2f5f8',
  warn: '#a32020',
};

export const SIZE = { body: 11, label: 9.5, value: 10.5, table: 9, small: 8.5, h1: 18, h2: 13, mono: 8.5 };
const LINE_GAP = 1.5;

export interface TextStyle {
  font?: FontName;
  size?: number;
  color?: string;
  align?: 'left' | 'right' | 'center';
}

export function bottom(ctx: LayoutCtx): number {
  return ctx.doc.page.height - ctx.doc.page.margins.bottom;
}

/** Usable height of a fresh page. */
export function pageBody(): number {
  return PAGE.height - MARGIN.top - MARGIN.bottom;
}

export function ensureSpace(ctx: LayoutCtx, height: number): void {
  if (ctx.doc.y + height > bottom(ctx)) newPage(ctx);
}

export function newPage(ctx: LayoutCtx): void {
  ctx.turnPage();
  ctx.doc.addPage();
  ctx.doc.x = MARGIN.left;
  ctx.doc.y = MARGIN.top;
}

function prepare(ctx: LayoutCtx, text: string, s: TextStyle): string {
  const safe = ctx.p.use(s.font ?? 'body', text);
  ctx.doc.fontSize(s.size ?? SIZE.body).fillColor(s.color ?? COLOR.ink);
  return safe;
}

export function measure(ctx: LayoutCtx, text: string, width: number, s: TextStyle = {}): number {
  const safe = prepare(ctx, text === '' ? ' ' : text, s);
  return ctx.doc.heightOfString(safe, { width, lineGap: LINE_GAP });
}

/**
 * Draws text at (x, y) in a column of `width` and returns the height used. The cursor
 * (doc.x, doc.y) is left where it was: callers place the next block themselves.
 */
export function draw(ctx: LayoutCtx, text: string, x: number, y: number, width: number, s: TextStyle = {}): number {
  const safe = prepare(ctx, text === '' ? ' ' : text, s);
  const h = ctx.doc.heightOfString(safe, { width, lineGap: LINE_GAP });
  const { x: x0, y: y0 } = ctx.doc;
  ctx.doc.text(safe, x, y, { width, lineGap: LINE_GAP, align: s.align ?? 'left' });
  ctx.doc.x = x0;
  ctx.doc.y = y0;
  return h;
}

/** Text that may be longer than a page: flows onto new pages at the same column. */
function flow(ctx: LayoutCtx, text: string, x: number, width: number, s: TextStyle = {}): void {
  const safe = prepare(ctx, text, s);
  ctx.doc.text(safe, x, ctx.doc.y, { width, lineGap: LINE_GAP, align: s.align ?? 'left' });
}

export function rule(ctx: LayoutCtx, y: number, color = COLOR.rule, x1 = MARGIN.left, x2 = PAGE.width - MARGIN.right): void {
  ctx.doc.save().moveTo(x1, y).lineTo(x2, y).lineWidth(0.6).strokeColor(color).stroke().restore();
}

/** The 1-based number of the page being written (earlier pages may already be flushed). */
export function pageNumber(ctx: LayoutCtx): number {
  const r = ctx.doc.bufferedPageRange();
  return r.start + r.count;
}

/**
 * Starts a section on a new page: named destination (for the table of contents' links),
 * bookmark (PDF outline) and the heading. Returns the outline item for sub-bookmarks.
 */
export function startSection(ctx: Ctx, id: SectionId, title: string): PDFKit.PDFOutline {
  newPage(ctx);
  ctx.toc.push({ id, title, page: pageNumber(ctx) });
  ctx.doc.addNamedDestination(id);
  const outline = ctx.doc.outline.addItem(title);
  const h = draw(ctx, title, MARGIN.left, ctx.doc.y, CONTENT_W, { font: 'bold', size: SIZE.h1, color: COLOR.accent });
  ctx.doc.y += h + 4;
  rule(ctx, ctx.doc.y, COLOR.accent);
  ctx.doc.y += 14;
  return outline;
}

export function subheading(ctx: LayoutCtx, text: string, keepWith = 60): void {
  const h = measure(ctx, text, CONTENT_W, { font: 'bold', size: SIZE.h2 });
  ensureSpace(ctx, h + keepWith);
  if (ctx.doc.y > MARGIN.top + 1) ctx.doc.y += 8;
  draw(ctx, text, MARGIN.left, ctx.doc.y, CONTENT_W, { font: 'bold', size: SIZE.h2, color: COLOR.ink });
  ctx.doc.y += h + 6;
}

export function paragraph(ctx: LayoutCtx, text: string, s: TextStyle = {}, gapAfter = 8): void {
  const h = measure(ctx, text, CONTENT_W, s);
  if (h > pageBody()) {
    flow(ctx, text, MARGIN.left, CONTENT_W, s);
  } else {
    ensureSpace(ctx, h);
    draw(ctx, text, MARGIN.left, ctx.doc.y, CONTENT_W, s);
    ctx.doc.y += h;
  }
  ctx.doc.y += gapAfter;
}

export function note(ctx: LayoutCtx, text: string): void {
  paragraph(ctx, text, { size: SIZE.small + 0.5, color: COLOR.muted }, 10);
}

export interface Row {
  label: string;
  value: string;
  mono?: boolean;
  color?: string;
}

export const LABEL_W = 135;
const GAP = 10;

interface KvOptions {
  labelW?: number;
  size?: number;
}

function kvGeometry(ctx: LayoutCtx, r: Row, opts: KvOptions) {
  const labelW = opts.labelW ?? LABEL_W;
  const valueW = CONTENT_W - labelW - GAP;
  const value = r.value.trim() === '' ? ctx.t('common.none') : r.value;
  const vs: TextStyle = { font: r.mono ? 'mono' : 'body', size: r.mono ? SIZE.mono : (opts.size ?? SIZE.value), color: r.color ?? COLOR.ink };
  const ls: TextStyle = { size: SIZE.label, color: COLOR.muted };
  const lh = measure(ctx, r.label, labelW, ls);
  const vh = measure(ctx, value, valueW, vs);
  return { labelW, valueX: MARGIN.left + labelW + GAP, valueW, value, vs, ls, lh, h: Math.max(lh, vh) };
}

/** The height keyValues() will use for these rows (when they fit on one page). */
export function measureKeyValues(ctx: LayoutCtx, rows: Row[], opts: KvOptions = {}): number {
  return rows.reduce((a, r) => a + kvGeometry(ctx, r, opts).h + ROW_GAP, 0);
}

const ROW_GAP = 5;

/** Label/value rows; values wrap in their column, rows never split unless taller than a page. */
export function keyValues(ctx: LayoutCtx, rows: Row[], opts: KvOptions = {}): void {
  for (const r of rows) {
    const g = kvGeometry(ctx, r, opts);
    // Labels are set a little smaller than values: a small nudge aligns their first lines.
    const nudge = r.mono ? 0 : 1;
    if (g.h > pageBody()) {
      ensureSpace(ctx, g.lh + 20);
      draw(ctx, r.label, MARGIN.left, ctx.doc.y + nudge, g.labelW, g.ls);
      flow(ctx, g.value, g.valueX, g.valueW, g.vs);
      ctx.doc.y += ROW_GAP;
      continue;
    }
    ensureSpace(ctx, g.h + ROW_GAP);
    const y = ctx.doc.y;
    draw(ctx, r.label, MARGIN.left, y + nudge, g.labelW, g.ls);
    draw(ctx, g.value, g.valueX, y + (r.mono ? 1 : 0), g.valueW, g.vs);
    ctx.doc.y = y + g.h + ROW_GAP;
  }
  ctx.doc.x = MARGIN.left;
}

export interface Column {
  header: string;
  width: number;
  mono?: boolean;
}

/**
 * A table with wrapping cells, a shaded header row repeated on every page and light rules
 * between rows. A row taller than a page (a very long note) is printed as stacked text. A row
 * of exactly one cell (in a table of several columns) spans the whole width: a note that
 * belongs to the row above, or an explanation between rows.
 */
export function table(ctx: LayoutCtx, columns: Column[], rows: string[][], opts: { size?: number } = {}): void {
  const size = opts.size ?? SIZE.table;
  const pad = 4;
  const total = columns.reduce((a, c) => a + c.width, 0);
  const scale = CONTENT_W / total;
  const cols = columns.map((c) => ({ ...c, width: c.width * scale }));
  const style = (c: Column, header: boolean): TextStyle => ({
    font: header ? 'bold' : c.mono ? 'mono' : 'body',
    size: header ? size - 0.5 : c.mono ? size - 1 : size,
    color: header ? COLOR.muted : COLOR.ink,
  });
  const spanStyle: TextStyle = { size, color: COLOR.muted };
  const spans = (cells: string[]) => cells.length === 1 && cols.length > 1;
  const rowHeight = (cells: string[], header: boolean) =>
    spans(cells) ? measure(ctx, cells[0] || ' ', CONTENT_W - 2 * pad, spanStyle) + 2 * pad : Math.max(...cols.map((c, i) => measure(ctx, cells[i] || ' ', c.width - 2 * pad, style(c, header)))) + 2 * pad;
  const drawRow = (cells: string[], header: boolean, h: number) => {
    const y = ctx.doc.y;
    if (header) ctx.doc.save().rect(MARGIN.left, y, CONTENT_W, h).fill(COLOR.shade).restore();
    if (spans(cells)) {
      draw(ctx, cells[0] || ctx.t('common.none'), MARGIN.left + pad, y + pad, CONTENT_W - 2 * pad, spanStyle);
    } else {
      let x = MARGIN.left;
      cols.forEach((c, i) => {
        draw(ctx, cells[i] || ctx.t('common.none'), x + pad, y + pad, c.width - 2 * pad, style(c, header));
        x += c.width;
      });
    }
    ctx.doc.y = y + h;
    rule(ctx, ctx.doc.y);
  };
  const headers = cols.map((c) => c.header);
  const headerH = rowHeight(headers, true);
  const header = () => drawRow(headers, true, headerH);
  ensureSpace(ctx, headerH * 3);
  header();
  rows.forEach((cells, n) => {
    if (n % 200 === 199) ctx.check();
    const h = rowHeight(cells, false);
    if (h > pageBody() - headerH) {
      ctx.doc.y += pad;
      cols.forEach((c, i) => paragraph(ctx, `${c.header}: ${cells[i] || ctx.t('common.none')}`, { size, font: c.mono ? 'mono' : 'body' }, 2));
      rule(ctx, ctx.doc.y);
      return;
    }
    if (ctx.doc.y + h > bottom(ctx)) {
      newPage(ctx);
      header();
    }
    drawRow(cells, false, h);
  });
  ctx.doc.y += 10;
  ctx.doc.x = MARGIN.left;
}

/** A command or other literal in a light box, monospace, wrapping. */
export function codeBlock(ctx: LayoutCtx, text: string): void {
  const pad = 6;
  const w = CONTENT_W - 2 * pad - 14;
  const h = measure(ctx, text, w, { font: 'mono', size: SIZE.mono + 0.5 });
  ensureSpace(ctx, h + 2 * pad + 6);
  const y = ctx.doc.y;
  ctx.doc.save().rect(MARGIN.left + 14, y, CONTENT_W - 14, h + 2 * pad).fill(COLOR.shade).restore();
  draw(ctx, text, MARGIN.left + 14 + pad, y + pad, w, { font: 'mono', size: SIZE.mono + 0.5 });
  ctx.doc.y = y + h + 2 * pad + 8;
}

/** Numbered step text with a hanging number. */
export function step(ctx: LayoutCtx, n: number, text: string): void {
  const w = CONTENT_W - 14;
  const h = measure(ctx, text, w, { size: SIZE.value });
  ensureSpace(ctx, h + 30);
  const y = ctx.doc.y;
  draw(ctx, `${n}.`, MARGIN.left, y, 14, { font: 'bold', size: SIZE.value });
  draw(ctx, text, MARGIN.left + 14, y, w, { size: SIZE.value });
  ctx.doc.y = y + h + 4;
}
