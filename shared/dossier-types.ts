/** Dossier export and verification as they cross the contract. */
export const DOSSIER_PROFILES = ['police', 'officer', 'coordinator'] as const;
export type DossierProfile = (typeof DOSSIER_PROFILES)[number];

export interface ExportResult {
  path: string;
  /** SHA-256 of manifest.json: the number to read out over the phone. */
  manifestSha256: string;
  /** Its short form to read out first (shared/short-code.ts: what it does and does not prove). */
  shortCode: string;
  publicKeyFingerprint: string;
  files: number;
  bytes: number;
  pages: number;
  imagesEmbedded: number;
  /** RFC 3161 (issue 18): the authority's time for manifest.json and the audit head; null when exported without. */
  timestamp: { genTime: string; tsa: string; rootFingerprint: string; auditSeq: number } | null;
}

export type VerifyFileStatus = 'ok' | 'altered' | 'missing' | 'extra';

/**
 * Why a bundle is not in order, as a code the CLI and the app translate (never an English
 * sentence for a Dutch reader). The first group is found in the ZIP's structure, before any
 * content is read: a bundle with one of them is refused unread (`contentChecked: false`).
 */
export const VERIFY_STRUCTURE_PROBLEMS = [
  /** Two entries with one name ({file}). */
  'name-duplicate',
  /** Two names one file on case-insensitive, normalising file systems: equal after NFC and lower-casing ({file}, {other}). */
  'name-lookalike',
  /** A file where another entry needs a folder of that name ({file}, {other}). */
  'name-conflict',
  'name-absolute',
  'name-drive-letter',
  'name-backslash',
  /** A `..` segment. */
  'name-parent',
  /** Empty, `.` or empty segments, control or direction characters, `:`, a trailing dot or space, not UTF-8. */
  'name-invalid',
  /** Two headers of one entry disagree (local header and central directory, or the Unicode path field and the name). */
  'header-mismatch',
  'entry-symlink',
  'entry-device',
  'entry-fifo',
  'entry-socket',
  'entry-not-regular',
  /** Two entries share bytes of the file (the overlapping-entries zip bomb) ({file}, {other}). */
  'entry-overlap',
  /** Bytes in the file that no entry of the central directory accounts for (a hidden local entry). */
  'entry-hidden',
  'entry-unsupported',
  /** Over the per-entry budget ({file}, {limit} in bytes), declared or counted while inflating. */
  'entry-too-large',
  /** Over the whole bundle's budget ({limit} in bytes). */
  'bundle-too-large',
  /** More problems than the report lists ({count} left out). */
  'problems-truncated',
] as const;

export const VERIFY_CONTENT_PROBLEMS = [
  /** Unreadable data: a wrong size or CRC, a broken deflate stream ({file}). */
  'entry-damaged',
  'file-altered',
  'file-missing',
  'file-extra',
  'sums-missing',
  /** A line of SHA256SUMS that is not "<sha256>  <name>" ({line}). */
  'sums-invalid',
  /** One name listed twice in SHA256SUMS ({file}). */
  'sums-duplicate',
  'manifest-missing',
  'manifest-invalid',
  /** A file whose SHA-256 or size differs from manifest.json ({file}). */
  'manifest-mismatch',
  /** Listed in manifest.json, not in the bundle ({file}). */
  'manifest-lists-missing',
  /** manifest.json names another key than public-key.pem. */
  'manifest-key-mismatch',
  'key-missing',
  'key-invalid',
  /** {file}: manifest.json or SHA256SUMS. */
  'signature-invalid',
  'signature-missing',
  /** Signed by another key than the one the reader pinned ({expected}, {actual}). */
  'signer-mismatch',
  /** A timestamp token that does not hold: unreadable, changed, or with an invalid signature ({file}). */
  'timestamp-invalid',
  /** A timestamp token about other data than the file it belongs to ({file}). */
  'timestamp-mismatch',
  /** A timestamp whose certificates do not lead to a root certificate in tsa-chain.pem ({file}). */
  'timestamp-untrusted',
  /** One of the timestamp files without the others ({file}: the one missing). */
  'timestamp-incomplete',
] as const;

export type VerifyProblemCode = (typeof VERIFY_STRUCTURE_PROBLEMS)[number] | (typeof VERIFY_CONTENT_PROBLEMS)[number];

export interface VerifyProblem {
  code: VerifyProblemCode;
  /** The entry, printable: control and direction characters written as \u{..} escapes. */
  file?: string;
  /** The other entry of a duplicate, conflict or overlap. */
  other?: string;
  /** The budget that was exceeded, in bytes. */
  limit?: number;
  /** 'signer-mismatch': the pinned fingerprint and the bundle's (lower-case hex). */
  expected?: string;
  actual?: string;
  /** 'sums-invalid': the 1-based line number. */
  line?: number;
  /** 'problems-truncated': how many were left out. */
  count?: number;
}

export type VerifySignatureState = 'valid' | 'invalid' | 'missing' | 'unchecked';

export interface VerifyReport {
  /** Every check passed (and, when a key was pinned, the signer is that key). */
  ok: boolean;
  /** False when the ZIP's structure was refused and no content was read. */
  contentChecked: boolean;
  manifestSha256: string | null;
  /** SHA-256 of the DER SubjectPublicKeyInfo of public-key.pem (lower-case hex). */
  publicKeyFingerprint: string | null;
  signer: {
    /** A fingerprint was given to compare with (`--expect-key`, the verify screen's field). */
    pinned: boolean;
    /** That fingerprint, normalised (lower-case hex, no separators); null when not pinned. */
    expected: string | null;
    /** Whether the bundle's key is the pinned one; null when not pinned. */
    matches: boolean | null;
  };
  manifestSignature: VerifySignatureState;
  sumsSignature: VerifySignatureState;
  files: { name: string; status: VerifyFileStatus; expected: string | null; actual: string | null }[];
  /** The RFC 3161 timestamps in the bundle (issue 18), empty when it has none. */
  timestamps: BundleTimestampReport[];
  problems: VerifyProblem[];
}

export interface BundleTimestampReport {
  /** manifest.tsr or audit-head.tsr. */
  file: string;
  /** The file it is about: manifest.json or audit-head.json. */
  data: string;
  state: 'valid' | 'invalid';
  genTime: string | null;
  /** The authority's signing certificate's subject. */
  tsa: string | null;
  /** SHA-256 of the root certificate the chain ends at (lower-case hex): compare with the authority's own. */
  rootFingerprint: string | null;
  rootSubject: string | null;
}

/**
 * A key fingerprint as a reader types it (groups of four, colons, any case) as 64 lower-case
 * hex digits, or null when it is not one. Spaces, colons, dashes and dots are separators.
 */
export function normalizeFingerprint(text: string): string | null {
  const hex = text.replace(/[\s:.-]/g, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}

export interface SigningKeyInfo {
  algorithm: 'Ed25519';
  fingerprint: string;
  publicKeyPem: string;
}
