/** The vault's settings (defaults: electron/core/settings/settings.ts). */
export interface Settings {
  autoLockMinutes: number;
  /** Largest file accepted by the import, in MB (default 200). */
  maxImportMb: number;
  /** Who signs takedown notices (DSA art. 16(2)(c)); empty until the school fills it in. */
  senderName: string;
  senderEmail: string;
  senderOrganisation: string;
  /** Years a closed case is kept before it must be purged (AVG; the school decides, default 2). */
  retentionYears: number;
  /** Remind when the last backup is older than this many days (default 7). */
  backupReminderDays: number;
  /**
   * RFC 3161 timestamp authority for dossier exports (issue 18 item 4): empty = off (the
   * default: a timestamp sends the manifest's hash to an outside service).
   */
  tsaUrl: string;
  /** PEM of the authority's root certificate, for authorities whose tokens leave it out; may be empty. */
  tsaCertificates: string;
  /** Days between automatic removal checks of open and removed requests; 0 = only when the officer asks (default). */
  removalCheckDays: number;
  /**
   * The school's own policy documents (issue 19 item 5): an https address the prevention
   * pointers and the team message link to; empty until the school sets it.
   */
  policyUrl: string;
}
