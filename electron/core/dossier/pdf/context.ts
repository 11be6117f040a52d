/**
 * What every section renderer receives. Invariants: `check()` throws CANCELLED as soon as the
 * export's AbortSignal fires, and section code calls it between units of work (sections,
 * images, every few hundred table rows); `toc` gets one entry per section in document order,
 * with the 1-based page the section starts on.
 */
import type { DossierData } from '../dossier-data';
import type { Printable } from './fonts';
import type { Messages } from './pdf-messages';

export type SectionId =
  | 'summary'
  | 'persons'
  | 'timeline'
  | 'catalogue'
  | 'images'
  | 'withoutImage'
  | 'takedowns'
  | 'notes'
  | 'stepPlan'
  | 'custody'
  | 'integrity';

export interface TocEntry {
  id: SectionId;
  title: string;
  page: number;
}

export interface Ctx {
  doc: PDFKit.PDFDocument;
  data: DossierData;
  m: Messages;
  lang: 'nl' | 'en';
  /** The dossier's zone for local times (item times use the item's own observation zone). */
  timeZone: string;
  p: Printable;
  toc: TocEntry[];
  check(): void;
}
