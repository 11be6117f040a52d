/**
 * Fonts for the dossier PDF. Invariants: only the DejaVu TrueType fonts shipped in
 * resources/fonts are ever used — they are embedded (subset) in the file, as PDF/A-2b requires
 * for every font (ISO 19005-2, 6.2.11.4), and pdfkit's default standard-14 font (Helvetica,
 * never embedded) is never even loaded because the document is constructed with a DejaVu
 * `font` option (pdfkit initFonts(options.font)); every string drawn is first passed through
 * `printable()`, so no character without a glyph reaches the page (PDF/A-2 forbids
 * references to .notdef, 6.2.11.8) — such characters are shown as "[U+XXXX]" instead of
 * silently vanishing, which also makes invisible bidi/zero-width tricks in handles visible.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../../shared/errors';

export type FontName = 'body' | 'bold' | 'mono';

const FILES: Record<FontName, string> = {
  body: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  mono: 'DejaVuSansMono.ttf',
};

/**
 * The folder holding the DejaVu fonts, as the host gave it (createCore's `fontDir`: main
 * passes the packaged resources or the app path's resources/fonts, the CLI and the bridge
 * the repository's). Never guessed from this module's own location: once bundled into
 * out/main/pdf-worker.js that location says nothing about where resources are (issue 10).
 */
export function resolveFontDir(dir: string | undefined): string {
  if (!dir) throw new AppError('INTERNAL', 'No folder with the dossier fonts was configured.', { cause: 'no-font-dir' });
  for (const file of Object.values(FILES)) {
    if (!existsSync(join(dir, file))) {
      throw new AppError('INTERNAL', `The dossier font ${file} is missing from ${dir}.`, { fontDir: dir, file });
    }
  }
  return dir;
}

export function fontPaths(dir: string): Record<FontName, string> {
  return { body: join(dir, FILES.body), bold: join(dir, FILES.bold), mono: join(dir, FILES.mono) };
}


/** Characters that change how text is read without being seen: always shown as a code. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

interface GlyphSource {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/**
 * pdfkit keeps the fontkit font of the current font at doc._font.font; it has no public API
 * for glyph coverage. Read it defensively: if the shape ever changes we fall back to printing
 * the text unchanged rather than failing the export.
 */
function currentGlyphSource(doc: PDFKit.PDFDocument): GlyphSource | null {
  const font = (doc as unknown as { _font?: { font?: Partial<GlyphSource> } })._font?.font;
  return font && typeof font.hasGlyphForCodePoint === 'function' ? (font as GlyphSource) : null;
}

export class Printable {
  private readonly coverage = new Map<FontName, GlyphSource | null>();

  /**
   * Fonts are selected by file path, the key under which pdfkit caches an opened font (the
   * constructor's `font` option caches the body font that way). Registering aliases with
   * registerFont would make pdfkit re-open and re-parse the TTF on every switch to the body
   * font, because its font-name de-duplication returns before caching the alias.
   */
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly paths: Record<FontName, string>,
  ) {}

  /** Switches to `font` and returns `text` made safe to draw with it. */
  use(font: FontName, text: string): string {
    this.doc.font(this.paths[font]);
    let src = this.coverage.get(font);
    if (src === undefined) {
      src = currentGlyphSource(this.doc);
      this.coverage.set(font, src);
    }
    return printable(text, src);
  }
}

export function printable(text: string, src: GlyphSource | null): string {
  const normal = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, '    ');
  let out = '';
  for (const ch of normal) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '\n') out += ch;
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || INVISIBLE.test(ch)) out += code(cp);
    else if (src && !src.hasGlyphForCodePoint(cp)) out += code(cp);
    else out += ch;
  }
  return out;
}

function code(cp: number): string {
  return `[U+${cp.toString(16).toUpperCase().padStart(4, '0')}]`;
}
