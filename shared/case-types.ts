/**
 * Cases, persons and evidence as they cross the contract. The enum lists are the single
 * source for zod schemas, the database and the UI's translated labels.
 */
export const CASE_CATEGORIES = ['nude-photo', 'sexual-video', 'violence-video', 'hurtful-meme', 'edited-screenshot', 'expose-account', 'other'] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];
/** Categories that are sexual material by definition (the minors rule applies to the whole case). */
export const SEXUAL_CATEGORIES: readonly CaseCategory[] = ['nude-photo', 'sexual-video'];

export const CASE_STATUSES = ['open', 'monitoring', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const PERSON_ROLES = ['victim', 'originator', 'spreader', 'reporter', 'witness', 'contact'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
export const AFFILIATIONS = ['student', 'staff', 'other', 'unknown'] as const;
export type Affiliation = (typeof AFFILIATIONS)[number];
export const TRISTATE = ['yes', 'no', 'unknown'] as const;
export type Tristate = (typeof TRISTATE)[number];

export const EVIDENCE_KINDS = ['image', 'file', 'url', 'hash'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const CAPTURE_METHODS = ['own-screenshot', 'from-victim', 'from-witness', 'from-reporter', 'screen-recording', 'download', 'other'] as const;
export type CaptureMethod = (typeof CAPTURE_METHODS)[number];

export interface CaseSummary {
  id: string;
  ref: string;
  title: string;
  category: CaseCategory;
  status: CaseStatus;
  openedAt: string;
  statusChangedAt: string;
  closedAt: string | null;
  assignedOfficer: string;
  tags: string[];
  updatedAt: string;
  itemCount: number;
  personCount: number;
  /** For closed cases: the local date from which the retention period has passed. */
  purgeDate?: string | null;
}

export interface CaseDetail extends CaseSummary {
  description: string;
  createdBy: string;
  platforms: string[];
}

export interface Person {
  id: string;
  caseId: string;
  role: PersonRole;
  name: string;
  isPseudonym: boolean;
  affiliation: Affiliation;
  minor: Tristate;
  contactNotes: string;
  createdAt: string;
  updatedAt: string;
}

export interface WorkingNote {
  id: string;
  caseId: string;
  body: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

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
  capturedBy: string;
  captureMethod: CaptureMethod;
  description: string;
  sexual: boolean;
  violence: boolean;
  minor: Tristate;
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

export interface ImportReport {
  batchId: string;
  cancelled: boolean;
  results: ImportResult[];
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

export interface SearchHit {
  entity: 'case' | 'person' | 'item';
  entityId: string;
  caseId: string;
  caseRef: string;
  caseTitle: string;
  snippet: string;
}
