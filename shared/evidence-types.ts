/** Evidence items, imports, duplicates and spread, as they cross the contract. */
import type { Tristate } from './case-types';

export const EVIDENCE_KINDS = ['image', 'file', 'url', 'hash'] as const;

export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/**
 * How an item was captured. 'seen-not-saved': a URL-only sighting, seen on screen and not
 * saved (the default for those, issue 15 item 1). Invariant: stored in vaults, never rename one.
 */
export const CAPTURE_METHODS = ['own-screenshot', 'from-victim', 'from-witness', 'from-reporter', 'screen-recording', 'download', 'seen-not-saved', 'other'] as const;

export type CaptureMethod = (typeof CAPTURE_METHODS)[number];

/** What the user says about an item; the same for every file of one import. */
export interface EvidenceMeta {
  platform?: string;
  url?: string;
  handle?: string;
  postedAt?: string | null;
  seenAt?: string | null;
  /** IANA time zone the times were observed in (default Europe/Amsterdam). */
  timeZone?: string;
  capturedBy?: string;
  captureMethod?: CaptureMethod;
  description?: string;
  sexual?: boolean;
  violence?: boolean;
  minor?: Tristate;
  /** The staff member who captured it (default: the vault's default staff member). */
  capturedByStaffId?: string | null;
  /** Who handed it over: a staff member or a person of the case (one of the two). */
  receivedFromStaffId?: string | null;
  receivedFromPersonId?: string | null;
}

export interface EvidenceItem {
  id: string;
  caseId: string;
  caseRef: string;
  itemNo: number;
  /** Human label, e.g. "2026-007/3". */
  label: string;
  kind: EvidenceKind;
  platform: string;
  url: string;
  handle: string;
  postedAt: string | null;
  seenAt: string | null;
  capturedAt: string;
  timeZone: string;
  /** The capturer as recorded before staff existed, or the vault's owner name: shown only when no staff member is linked. */
  capturedBy: string;
  captureMethod: CaptureMethod;
  description: string;
  sexual: boolean;
  violence: boolean;
  minor: Tristate;
  capturedByStaffId: string | null;
  receivedFromStaffId: string | null;
  receivedFromPersonId: string | null;
  fileName: string | null;
  mime: string | null;
  size: number | null;
  width: number | null;
  height: number | null;
  sha256: string | null;
  pdq: string | null;
  pdqQuality: number | null;
  /** True when an encrypted original is stored (image or file kinds). */
  hasOriginal: boolean;
  hasThumbnail: boolean;
  createdAt: string;
}

export interface DuplicateMatch {
  itemId: string;
  caseId: string;
  caseRef: string;
  label: string;
  /** 0 with exact = true for the same bytes (SHA-256); otherwise the PDQ distance. */
  distance: number;
  exact: boolean;
}

export type ImportStatus = 'stored' | 'duplicate' | 'rejected';

export interface ImportResult {
  file: string;
  status: ImportStatus;
  itemId: string | null;
  sha256: string | null;
  pdq: string | null;
  quality: number | null;
  matches: DuplicateMatch[];
  error: { code: string; message: string; reason?: string; details?: Record<string, string | number> } | null;
}

/**
 * Why a folder import left an entry out (issue 12 item 5): a dotfile or dot-folder (.DS_Store,
 * .thumbnails), a link, something that is not a regular file (FIFO, socket, device), or a
 * folder that could not be listed.
 */
export const SKIP_REASONS = ['dotfile', 'symlink', 'not-regular', 'unreadable'] as const;

export type SkipReason = (typeof SKIP_REASONS)[number];

export interface SkippedFile {
  /** The entry's full path, as found in the chosen folder. */
  file: string;
  reason: SkipReason;
}

export interface ImportReport {
  batchId: string;
  cancelled: boolean;
  results: ImportResult[];
  /** Entries a folder import (by path, CLI) left out; absent for an import of chosen files. */
  skipped?: SkippedFile[];
}

export interface SpreadSighting {
  platform: string;
  firstSeenAt: string | null;
  items: number;
  urls: string[];
}

export interface SpreadGroup {
  /** Item ids showing the same material (exact or PDQ match, any rotation or mirror). */
  itemIds: string[];
  representativeId: string;
  firstSeenAt: string | null;
  platforms: SpreadSighting[];
  /** Items of other cases showing the same material. */
  elsewhere: DuplicateMatch[];
}

export interface ImageData {
  mime: string;
  bytes: Uint8Array;
  blurred: boolean;
}
