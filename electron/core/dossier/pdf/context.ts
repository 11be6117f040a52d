/**
 * What every section renderer receives. Invariants: `check()` throws CANCELLED as soon as the
 * export's AbortSignal fires, and section code calls it between units of work (sections,
 * images, every few hundred table rows); `toc` gets one entry per section in document order,
 * with the 1-based page the section starts on. The document is laid out twice (render.ts):
 * `plan` is null in the first pass and holds that pass's page count and contents in the second.
 */
import type { DossierData } from '../dossier-data';
import type { Printable } from './fonts';
import type { PdfTranslate } from './pdf-messages';

export type SectionId =
  | 'police'
  | 'summary'
  | 'persons'
  | 'timeline'
  | 'catalogue'
  | 'images'
  | 'withoutImage'
  | 'takedowns'
  | 'notes'
  | 'stepPlan'
  | 'communication'
  | 'custody'
  | 'integrity';

export interface TocEntry {
  id: SectionId;
  title: string;
  page: number;
}

/** What the layout pass learned, which the drawing pass prints (page X of Y, contents). */
export interface Plan {
  pages: number;
  toc: TocEntry[];
}

/**
 * What the layout helpers (layout.ts) need, and nothing of the dossier: the access letter
 * (person/letter-pdf.ts) lays out with the same helpers on a context of its own.
 */
export interface LayoutCtx {
  doc: PDFKit.PDFDocument;
  /** Only the placeholder for an empty value is looked up by the helpers. */
  t: (key: 'common.none') => string;
  p: Printable;
  check(): void;
  /** Called before every page layout.ts starts: frames and flushes the finished pages. */
  turnPage(): void;
}

export interface Ctx extends LayoutCtx {
  doc: PDFKit.PDFDocument;
  /** The layout pass: same pages and positions, but no image is loaded and no frame drawn. */
  plan: Plan | null;
  data: DossierData;
  /** The dossier's language's catalogue (pdf-messages-nl.ts / -en.ts). */
  t: PdfTranslate;
  lang: 'nl' | 'en';
  /** The dossier's zone for local times (item times use the item's own observation zone). */
  timeZone: string;
  p: Printable;
  toc: TocEntry[];
  check(): void;
  /** Called before every page layout.ts starts: frames and flushes the finished pages. */
  turnPage(): void;
}
