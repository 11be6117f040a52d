/** Evidence items, imports, duplicates and spread, as they cross the contract. */
import type { CaseCategory, Tristate } from './case-types';
import type { MediaInfo } from './media-types';

export const EVIDENCE_KINDS = ['image', 'video', 'file', 'url', 'hash'] as const;

export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/**
 * How an item was captured. 'seen-not-saved': a URL-only sighting, seen on screen and not
 * saved (the default for those, issue 15 item 1). Invariant: stored in vaults, never rename one.
 */
export const CAPTURE_METHODS = ['own-screenshot', 'from-victim', 'from-witness', 'from-reporter', 'screen-recording', 'download', 'seen-not-saved', 'other'] as const;

/** Set only by the capture engine (issue 18): the app recorded the page itself; never chosen in a form. */
export const WEB_CAPTURE = 'web-capture';

/** What the officer may choose for an import or sighting. */
export type ChosenCaptureMethod = (typeof CAPTURE_METHODS)[number];

export type CaptureMethod = ChosenCaptureMethod | typeof WEB_CAPTURE;

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
  captureMethod?: ChosenCaptureMethod;
  description?: string;
  sexual?: boolean;
  violence?: boolean;
  minor?: Tristate;
  /** For takedowns (issue 14): the item's own kind of material; null or absent: the case's. */
  category?: CaseCategory | null;
  /** For takedowns (issue 14): what the platform may read about the item; empty by default. */
  platformDescription?: string;
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
  /**
   * For takedowns (issue 14, migration 008): the item's own kind of material; null: the case's.
   * The core always sets both fields; they are optional only so that item literals written
   * before them (test fixtures of other domains) still compile. Read them with `?? null` / `?? ''`.
   */
  category?: CaseCategory | null;
  /** For takedowns (issue 14): the description a notice gives the platform (never `description`). */
  platformDescription?: string;
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
  /** A video's contact sheet of keyframes is stored (docs/media.md "Keyframes and contact sheet"). */
  hasSheet: boolean;
  /** Container facts and measurements of a video or a phone image format (docs/media.md). */
  media: MediaInfo | null;
  /** Frames in the item's vPDQ hash (kept with hash-only videos too), null when it has none. */
  vpdqFrames: number | null;
  createdAt: string;
  /**
   * Held back by the minors rule until the officer decides (docs/domain.md "The minors rule"):
   * its image looks like known material ('near-known'), or a person in its case turned out to
   * be a minor and the item does not say who it shows ('age-review'). Not shown, revealed or
   * exported meanwhile.
   */
  hidden: HiddenReason | null;
}

export const HIDDEN_REASONS = ['near-known', 'age-review'] as const;
export type HiddenReason = (typeof HIDDEN_REASONS)[number];

/** An item held back by the minors rule, as the officer's list shows it. */
export interface HeldBackItem {
  itemId: string;
  caseId: string;
  caseRef: string;
  label: string;
  reason: HiddenReason;
  since: string;
}

/** What the minors rule did after material became known, for the officer to be told. */
export interface MinorsRuleEffect {
  /** Items whose stored bytes were removed (exact copies of known material); they stay hash-only. */
  removed: { itemId: string; label: string }[];
  /** Items held back until the officer decides (near copies, or an age to confirm). */
  hidden: { itemId: string; label: string; reason: HiddenReason }[];
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
  /** The earliest "seen at" the user gave (never a capture time: issue 16 item 5); null when none is known. */
  firstSeenAt: string | null;
  /** The earliest capture in the vault ("vastgelegd"), which is always known. */
  firstCapturedAt: string;
  items: number;
  urls: string[];
}

export interface SpreadGroup {
  /** Item ids showing the same material (exact or PDQ match, any rotation or mirror). */
  itemIds: string[];
  representativeId: string;
  /** The earliest "seen at" of the group; null when no item says when it was seen. */
  firstSeenAt: string | null;
  firstCapturedAt: string;
  platforms: SpreadSighting[];
  /** Items of other cases showing the same material. */
  elsewhere: DuplicateMatch[];
}

export interface ImageData {
  mime: string;
  bytes: Uint8Array;
  blurred: boolean;
}
