/** Audit log entries (the chain of custody) as they cross the contract. */
export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  kind: string;
  subject: string | null;
  details: Record<string, unknown>;
  hash: string;
  /**
   * What the subject is, for the log viewer (issue 16 item 6); given by audit:query, null when
   * the subject no longer exists (purged). Not part of the hashed entry.
   */
  about?: AuditSubject | null;
}

/** An audit subject in words: its kind, its case's reference, and a label (an item's number, a request's platform, a step's title, a person's role, a log entry's audience). */
export interface AuditSubject {
  kind: 'case' | 'item' | 'person' | 'request' | 'step' | 'note' | 'platform' | 'staff' | 'message';
  caseRef: string | null;
  label: string;
}

export interface AuditVerification {
  ok: boolean;
  count: number;
  /** Sequence number of the first entry whose hash or link does not verify. */
  firstBadSeq: number | null;
}
