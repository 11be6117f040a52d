/** Dossier export and verification as they cross the contract. */
export const DOSSIER_PROFILES = ['police', 'officer', 'coordinator'] as const;
export type DossierProfile = (typeof DOSSIER_PROFILES)[number];

export interface ExportResult {
  path: string;
  /** SHA-256 of manifest.json: the number to read out over the phone. */
  manifestSha256: string;
  publicKeyFingerprint: string;
  files: number;
  bytes: number;
  pages: number;
  imagesEmbedded: number;
}

export type VerifyFileStatus = 'ok' | 'altered' | 'missing' | 'extra';

export interface VerifyReport {
  ok: boolean;
  manifestSha256: string | null;
  publicKeyFingerprint: string | null;
  manifestSignature: 'valid' | 'invalid' | 'missing';
  sumsSignature: 'valid' | 'invalid' | 'missing';
  files: { name: string; status: VerifyFileStatus; expected: string | null; actual: string | null }[];
  problems: string[];
}

export interface SigningKeyInfo {
  algorithm: 'Ed25519';
  fingerprint: string;
  publicKeyPem: string;
}
