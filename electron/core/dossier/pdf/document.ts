/**
 * A PDF/A-2b document on A4 with the embedded DejaVu fonts, for the dossier (render.ts) and the
 * access letter (person/letter-pdf.ts). Invariants: pdfkit's `subset` option writes the pdfaid
 * XMP and the sRGB output intent (pdfkit docs, "PDF/A"); the initial font is a DejaVu file, so
 * pdfkit never loads Helvetica (standard 14, not embeddable); the Info dictionary's strings are
 * kept free of XML metacharacters because pdfkit copies them into the XMP verbatim and PDF/A
 * requires the two to agree.
 */
import PDFDocument from 'pdfkit';
import { MARGIN } from './layout';

/** XMP is written by pdfkit without escaping: keep `<`, `>` and `&` out of metadata strings. */
export function metaText(s: string): string {
  const visible = [...s].map((ch) => (ch.charCodeAt(0) < 0x20 ? ' ' : ch)).join('');
  return visible.replace(/&/g, '+').replace(/</g, '‹').replace(/>/g, '›').trim();
}

export function validDate(iso: string): Date {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? new Date() : d;
}

export interface PdfADocumentOptions {
  lang: 'nl' | 'en';
  bodyFont: string;
  compress: boolean;
  title: string;
  subject: string;
  keywords: string;
  createdAt: string;
}

export function pdfADocument(o: PdfADocumentOptions): PDFKit.PDFDocument {
  return new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    autoFirstPage: false,
    // Pages stay open until the caller frames and flushes them.
    bufferPages: true,
    compress: o.compress,
    font: o.bodyFont,
    subset: 'PDF/A-2b',
    pdfVersion: '1.7',
    lang: o.lang === 'nl' ? 'nl-NL' : 'en-GB',
    displayTitle: true,
    info: {
      Title: metaText(o.title),
      Author: 'Bewijskluis',
      Creator: 'Bewijskluis',
      Producer: 'Bewijskluis',
      Subject: metaText(o.subject),
      Keywords: metaText(o.keywords),
      CreationDate: validDate(o.createdAt),
    },
  });
}
