/** Audit log entries (the chain of custody) as they cross the contract. */
export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  kind: string;
  subject: string | null;
  details: Record<string, unknown>;
  hash: string;
}

export interface AuditVerification {
  ok: boolean;
  count: number;
  /** Sequence number of the first entry whose hash or link does not verify. */
  firstBadSeq: number | null;
}
