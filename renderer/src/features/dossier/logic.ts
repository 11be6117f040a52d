/**
 * Pure helpers for the dossier screens: what a profile will contain (mirrors
 * electron/core/dossier/gather.ts, which decides), hashes in groups of four for reading
 * aloud, and the default file name.
 */
import type { CaseCategory } from '../../../../shared/case-types';
import type { EvidenceItem } from '../../../../shared/evidence-types';
import type { DossierProfile, VerifyReport } from '../../../../shared/dossier-types';
import { bytesForbidden } from '../evidence/minors-rule';

export interface DossierSummary {
  /** Screenshots shown in the PDF (and their originals in the ZIP). */
  images: number;
  /** Other stored originals (files) that go into the ZIP. */
  files: number;
  urlOnly: number;
  hashOnly: number;
  /** Items whose stored bytes the minors rule keeps out (described, never shown). */
  withheld: number;
  requests: number;
}

export function summarise(profile: DossierProfile, category: CaseCategory, items: readonly EvidenceItem[], requests: number): DossierSummary {
  const withBytes = profile !== 'coordinator';
  const s: DossierSummary = { images: 0, files: 0, urlOnly: 0, hashOnly: 0, withheld: 0, requests };
  for (const it of items) {
    if (it.kind === 'url') s.urlOnly++;
    else if (it.kind === 'hash') s.hashOnly++;
    if (!it.hasOriginal || !withBytes) continue;
    if (bytesForbidden(category, it.sexual, it.minor)) s.withheld++;
    else if (it.kind === 'image') s.images++;
    else s.files++;
  }
  return s;
}

/** "3f2a9c01…" as ["3f2a", "9c01", …]. */
export function hexGroups(hex: string): string[] {
  return hex.toLowerCase().match(/.{1,4}/g) ?? [];
}

/** Ignores spaces and case, so a code read out in groups can be compared. */
export function sameHex(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();
  return norm(a) === norm(b);
}

/** e.g. dossier-2026-007-politie.zip; `word` is the profile's file word in the dossier's language. */
export function defaultFileName(caseRef: string, word: string): string {
  const safe = (s: string) => s.replace(/[^0-9A-Za-z-]+/g, '-').replace(/^-+|-+$/g, '');
  return `dossier-${safe(caseRef)}-${safe(word)}.zip`;
}

/** Absolute on Linux/macOS, Windows drive or UNC path: the core refuses anything else. */
export function isAbsolutePath(path: string): boolean {
  return /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path.trim());
}

export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** Files that do not match first, then the rest by name. */
export function sortFiles(files: VerifyReport['files']): VerifyReport['files'] {
  return [...files].sort((a, b) => Number(a.status === 'ok') - Number(b.status === 'ok') || a.name.localeCompare(b.name));
}
